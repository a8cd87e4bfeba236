// relations/alleged-acts.ts: a state's speaker reporting another side's hostile act accuses it. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const accusations = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "ACCUSES")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("alleged hostile acts", () => {
  it("reads 'said <foreign> troops had opened fire' as an accusation of their state", () => {
    expect(
      accusations("Armenia’s defence ministry said Azerbaijani troops had opened fire on a border post."),
    ).toEqual(["org:am:ministry-of-defense country:az", "country:am country:az"]);
  });

  it("finds the actor of a clause that opens with the act ('strikes that it said killed …')", () => {
    expect(
      accusations(
        "Syria protested against Israeli air strikes that it said killed three soldiers near Homs.",
      ),
    ).toContain("country:sy country:il");
  });

  it("reads an act organised by, or activity named after, a foreign actor, and a pronoun subject", () => {
    expect(
      accusations(
        "Georgia’s interior ministry said the riot was an attack organised by the Russian services.",
      ),
    ).toContain("country:ge country:ru");
    expect(
      accusations("Estonian Interior Minister Kadri Tamm said Russian espionage had reached a new level."),
    ).toContain("country:ee country:ru");
    expect(
      accusations(
        "Norway expelled two Russian diplomats on Monday, saying they had carried out intelligence work.",
      ),
    ).toContain("country:no country:ru");
  });

  it("leaves the speaker's own forces, testimony of private people and peaceful acts alone", () => {
    expect(
      accusations("Armenia’s defence ministry said Armenian troops had opened fire on a drone."),
    ).toEqual([]);
    expect(accusations("Fisherman Aram Petrosyan said Azerbaijani boats had rammed his boat.")).toEqual([]);
    expect(
      accusations("Armenia’s defence ministry said Azerbaijani troops had withdrawn from the post."),
    ).toEqual([]);
  });
});

describe("blame told as responsibility", () => {
  it("reads 'said <state> was responsible for …' as an accusation", () => {
    expect(accusations("Peru said Chile was responsible for the collapse of the talks.")).toEqual([
      "country:pe country:cl",
    ]);
  });
  it("reads 'said <state's agency> was behind the attack' as an accusation of its state", () => {
    expect(accusations("Peru said Chilean intelligence was behind the attack.")).toEqual([
      "country:pe country:cl",
    ]);
  });
  it("reads nothing when the speaker's own side is responsible", () => {
    expect(accusations("Peru said it was responsible for its own security.")).toEqual([]);
  });
});

describe("hostile agents said to come from another state", () => {
  it("reads 'the attackers had crossed from <state>'", () => {
    expect(
      accusations(
        "Niger’s Interior Minister Issa Garba told reporters that the attackers had crossed from Mali and gone back the same way.",
      ),
    ).toEqual(expect.arrayContaining(["person:issa-garba country:ml", "country:ne country:ml"]));
  });
  it("reads 'a drone “coming from <demonym> territory”' and 'trained in <state>’s … province'", () => {
    expect(
      accusations(
        "Lebanon’s foreign ministry said a drone “coming from Syrian territory” struck a farmhouse near the border.",
      ),
    ).toContain("country:lb country:sy");
    expect(
      accusations(
        "Tajikistan’s interior ministry said the bomber had been trained in Afghanistan’s Badakhshan province.",
      ),
    ).toContain("country:tj country:af");
  });
  it("leaves people who are no hostile agents, and flight to a state, alone", () => {
    expect(accusations("Chad’s army said the refugees had crossed from Sudan overnight.")).toEqual([]);
    expect(
      accusations("Kenya’s foreign ministry said the militants fled to Somalia after the raid."),
    ).toEqual([]);
  });
  it("needs a state's voice: a villager's account is testimony", () => {
    expect(accusations("A villager, Moussa Diallo, said the gunmen had come from Mali.")).toEqual([]);
  });
});

describe("alleged intrusions, endangering and removals", () => {
  it.each([
    "Peru’s foreign ministry said a Chilean trawler had “illegally intruded” into Peruvian waters.",
    "Peru’s foreign ministry said the Chilean patrol boat had “deliberately endangered the lives” of the crew.",
    "Peru’s foreign ministry said Chilean agents had infiltrated a farmers’ union in the south.",
    "Peru’s foreign ministry said Chile had sent back more than 2,000 Peruvian workers in a week.",
    "Peru’s foreign ministry said Chilean police had deported 40 Peruvian fishermen without a hearing.",
  ])("reads '%s' as an accusation of Chile", (text) => {
    expect(accusations(text)).toContain("country:pe country:cl");
  });
  it("reads no accusation in the speaker side's own removals", () => {
    expect(
      accusations(
        "Peru’s foreign ministry said Peruvian police had deported 40 Chilean smugglers last week.",
      ),
    ).toEqual([]);
  });
});

describe("acts run from a capital or by a named group", () => {
  it("reads 'the operation was run from <state>' as an accusation of that state", () => {
    expect(
      accusations(
        "Peru’s interior minister, Ana Ruiz, said the vote-buying network was “an operation run from Chile.”",
      ),
    ).toContain("country:pe country:cl");
  });
  it("reads 'the camps had been run by <group>' and 'the cargo belonged to <group>' as accusations of the group", () => {
    const lead = "Peruvian troops raided 12 camps on Sunday, the Lima Defence Ministry said.";
    expect(
      accusations(
        `${lead} Peru’s defence ministry said the camps had been run by the Red Condor Front, a gang based in the Andes.`,
      ),
    ).toContain("country:pe org:red-condor-front");
    expect(
      accusations(`${lead} Peru’s defence ministry said the cargo belonged to the Red Condor Front.`),
    ).toContain("country:pe org:red-condor-front");
  });
  it("reads nothing in the speaker side's own bodies running something", () => {
    expect(
      accusations("Peru’s defence ministry said the camps had been run by the Peruvian army until 2010."),
    ).toEqual([]);
  });
});
