// Acts added to the event lexicon (seed/knowledge/events.json) and the participant rules they need:
// wars fought, boycotts ended, crackdowns, militarisation, deployments of named vessels, donations,
// restored relations, brokered ceasefires. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const acts = (body: string, published = "June 10, 2022") =>
  extractBody(body, published).events.map((e) => [
    e.type,
    e.cameo,
    e.dates.map((d) => d.value).join(),
    e.participants.map((p) => p.actorId).join(" "),
  ]);

describe("wars, boycotts and crackdowns", () => {
  it("reads 'fought a war' as use of force (190) with its parties and year", () => {
    expect(acts("Peru and Ecuador fought a short war over the border in 1995.")).toEqual([
      ["military-attack", "190", "1995", "country:pe country:ec"],
    ]);
  });

  it("does not read a fight against corruption as a war", () => {
    expect(acts("Peru said it would fight corruption in 2023.")).toEqual([]);
  });

  it("reads ending a boycott as easing it (085)", () => {
    expect(
      acts("Chile and Peru ended a two-year boycott of Bolivia in 2019.").map((e) => e.slice(0, 3)),
    ).toEqual([["sanctions-eased", "085", "2019"]]);
  });

  it("reads a dated military crackdown as repression (175)", () => {
    expect(
      acts("Refugees fled a military crackdown in the north in 2017.").map((e) => e.slice(0, 3)),
    ).toEqual([["crackdown", "175", "2017"]]);
  });

  it("reads fighting between two sides, not fighting in general", () => {
    expect(acts("Fighting between Peru and Ecuador erupted on June 1.").map((e) => e.slice(0, 3))).toEqual([
      ["military-attack", "190", "2022-06-01"],
    ]);
    expect(acts("Shells fired during fighting across the border landed in a village in Tumbes.")).toEqual([]);
  });
});

describe("deployments and aid", () => {
  it("reads militarising islands as a deployment (154) by the accused", () => {
    expect(acts("Chile accused Peru of militarising its islands.").map((e) => e.slice(0, 2))).toEqual([
      ["deployment", "154"],
    ]);
  });

  it("reads deploying a frigate and a submarine as a deployment", () => {
    expect(acts("Chile will deploy a frigate and a submarine off Arica.").map((e) => e.slice(0, 2))).toEqual([
      ["deployment", "154"],
    ]);
  });

  it("reads a donation as aid", () => {
    expect(acts("Mexico had sent a tanker of fuel to Peru as a donation.").map((e) => e.slice(0, 2))).toEqual(
      [["aid", "070"]],
    );
  });
});

describe("restored relations and brokered ceasefires", () => {
  it("reads 'relations between X and Y were restored' with both parties", () => {
    expect(acts("Relations between Lima and Quito were restored in March.")).toEqual([
      ["cooperation", "030", "2022-03", "country:pe country:ec"],
    ]);
  });

  it("needs two parties to restore relations", () => {
    expect(acts("Relations were restored in March.")).toEqual([]);
  });

  it("reads the brokers of ceasefires as their sources, also in a relative clause", () => {
    expect(acts("Several ceasefires brokered by Qatar and Egypt have collapsed.")).toEqual([
      ["ceasefire", "087", "", "country:qa country:eg"],
    ]);
    expect(
      acts("Qatar, which has brokered several short-lived ceasefires, urged calm.").map((e) => e[3]),
    ).toEqual(["country:qa"]);
  });
});

describe("massing and meetings of blocs", () => {
  it("reads massing vessels as a show of force (150) dated by its own clause only", () => {
    expect(acts("Peru on Wednesday accused Chile of massing 40 warships near the border.")).toEqual([
      ["show-of-force", "150", "", "country:cl"],
    ]);
  });

  it("reads an alliance's ministers' meeting as a meeting of its members", () => {
    expect(
      acts("Officials spoke just before a NATO defence ministers’ meeting in Brussels next week.").map(
        (e) => e[0],
      ),
    ).toEqual(["meeting"]);
  });

  it("does not read a demonym after 'from' as the agent of a seizure", () => {
    const x = extractBody("The navy confiscated oil from a Russian-flagged ship in April.", "June 10, 2022");
    expect(x.events.flatMap((e) => e.participants.map((p) => p.actorId))).not.toContain("country:ru");
  });
});

describe("cooperation deals", () => {
  it("reads a dated cooperation deal as an agreement (057), not cooperation", () => {
    expect(acts("Fiji reviews a 2011 police cooperation deal with China.")).toEqual([
      ["agreement", "057", "2011", "country:fj country:cn"],
    ]);
  });

  it("keeps plain cooperation a cooperation event", () => {
    expect(acts("Fiji and China expanded police cooperation in 2019.").map((e) => e[0])).toEqual([
      "cooperation",
    ]);
  });
});
