// Stances told as a plain "<party> <stance verb> <party>" clause (direct-stances.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));

describe("direct stances", () => {
  it("credits a stance clause reported by a body of the same state to both", () => {
    expect(stances("Peru accused Bolivia of diverting a river, the foreign ministry said.")).toEqual([
      "ACCUSES country:pe>country:bo",
      "ACCUSES org:pe:ministry-of-foreign-affairs>country:bo",
    ]);
  });
  it("reads verbs of the whole criticism family, with adverbials between subject and verb", () => {
    for (const verb of [
      "castigated",
      "on Tuesday blasted",
      "has also rebuked",
      "sharply censured",
      "lashed out at",
    ])
      expect(stances(`Peru ${verb} Bolivia over the canal.`)).toEqual(["CRITICIZES country:pe>country:bo"]);
  });
  it("reads each party of a coordinated subject and of a coordinated object", () => {
    expect(stances("Peru and Chile deplored Bolivia and Paraguay over the canal.")).toEqual([
      "CRITICIZES country:cl>country:bo",
      "CRITICIZES country:cl>country:py",
      "CRITICIZES country:pe>country:bo",
      "CRITICIZES country:pe>country:py",
    ]);
  });
  it("reads the doer of an act named by a demonym or possessive as the object", () => {
    expect(stances("Peru excoriated the recent Bolivian decision.")).toEqual([
      "CRITICIZES country:pe>country:bo",
    ]);
  });
  it("reads 'held X responsible' as an accusation and 'warned X of consequences' as a threat", () => {
    expect(stances("Peru held Bolivia responsible for the deaths.")).toEqual([
      "ACCUSES country:pe>country:bo",
    ]);
    expect(stances("Peru warned Bolivia of serious consequences.")).toEqual([
      "THREATENS country:pe>country:bo",
    ]);
  });
  it("reads no stance in a plain warning, a question, a condition or a denial", () => {
    expect(stances("Peru warned Bolivia about heavy rain in the highlands.")).toEqual([]);
    expect(stances("Will Peru ever castigate Bolivia? Has Peru castigated Bolivia?")).toEqual([]);
    expect(stances("If Peru castigated Bolivia, the talks would end.")).toEqual([]);
  });
  it("reads no stance when the object is a victim after a preposition", () => {
    expect(stances("Peru deplored the flooding in Bolivia.")).toEqual([]);
  });
  it("reads a subject before an appositive or a parenthetical", () => {
    expect(stances("Ana Ruiz, Peru’s foreign minister, castigated Bolivia over the canal.")).toEqual([
      "CRITICIZES country:pe>country:bo",
      "CRITICIZES person:ana-ruiz>country:bo",
    ]);
    expect(stances("The Peruvian foreign ministry, in a statement on Tuesday, berated Bolivia.")).toEqual([
      "CRITICIZES country:pe>country:bo",
      "CRITICIZES org:pe:ministry-of-foreign-affairs>country:bo",
    ]);
  });
  it("reads a participle clause from the party that opens the sentence", () => {
    expect(
      stances("Peru recalled its ambassador on Tuesday, castigating Bolivia for building the canal."),
    ).toEqual(["CRITICIZES country:pe>country:bo"]);
  });
  it("reads no stance across a relative clause", () => {
    expect(stances("Chile, which Peru trusts, berated nobody; Bolivia stayed silent.")).toEqual([]);
    expect(stances("Peru, which has no quarrel with Chile, deplored the weather.")).toEqual([]);
  });
  it("reads a vow of retaliation against a party as a threat", () => {
    expect(stances("Peru vowed to retaliate against Bolivia if the canal were built.")).toEqual([
      "THREATENS country:pe>country:bo",
    ]);
    expect(stances("Peru vowed to rebuild the bridge with Bolivia.")).toEqual([]);
  });
  it("reads a titled person after the object's demonym as a target too", () => {
    expect(stances("Peru sharply criticised Bolivian Interior Minister Marco Quispe.")).toEqual([
      "CRITICIZES country:pe>country:bo",
      "CRITICIZES country:pe>person:marco-quispe",
    ]);
  });
});

describe("the widened stance verbs", () => {
  const pairs = (body: string, kind: string) => rels(extractBody(body), kind);
  it("reads phrasal criticism ('hit back at', 'railed against')", () => {
    expect(pairs("Peru hit back at Chile on Tuesday over the fishing quotas.", "CRITICIZES")).toContain(
      "country:pe>country:cl",
    );
    expect(pairs("Peru railed against Chile’s new tariffs.", "CRITICIZES")).toContain(
      "country:pe>country:cl",
    );
  });
  it("reads 'protested X’s decision' as criticism of X", () => {
    expect(pairs("Peru protested Chile’s decision to close the border.", "CRITICIZES")).toContain(
      "country:pe>country:cl",
    );
  });
  it("reads blame phrases and 'held X accountable' as accusations", () => {
    expect(pairs("Peru pinned the blame on Chile for the oil spill.", "ACCUSES")).toContain(
      "country:pe>country:cl",
    );
    expect(pairs("Peru held Chile accountable for the deaths of three fishermen.", "ACCUSES")).toContain(
      "country:pe>country:cl",
    );
    expect(pairs("Peru implicated Chile in the plot.", "ACCUSES")).toContain("country:pe>country:cl");
  });
  it("reads 'threatened sanctions against X' as a threat", () => {
    expect(pairs("Peru threatened sanctions against Chile over the dam.", "THREATENS")).toContain(
      "country:pe>country:cl",
    );
  });
  it("reads no stance from a street protest or a stance against no party", () => {
    expect(pairs("Thousands protested in Lima against the government.", "CRITICIZES")).toEqual([]);
    expect(pairs("Peru spoke out against the violence in Chile.", "CRITICIZES")).toEqual([]);
  });
});

describe("continuous and habitual stance verbs", () => {
  it("reads 'is accusing', 'has been (openly) criticising', 'kept threatening', 'continued to denounce'", () => {
    expect(stances("Kenya is accusing Uganda of arming rebels.")).toEqual(["ACCUSES country:ke>country:ug"]);
    expect(stances("Ghana was blaming Togo for the outages, officials said.")).toEqual([
      "ACCUSES country:gh>country:tg",
    ]);
    expect(stances("Peru has been openly criticising Bolivia over the canal.")).toEqual([
      "CRITICIZES country:pe>country:bo",
    ]);
    expect(stances("Chile kept threatening Argentina with tariffs.")).toEqual([
      "THREATENS country:cl>country:ar",
    ]);
    expect(stances("Chile continued to denounce Argentina over the dam.")).toEqual([
      "CRITICIZES country:cl>country:ar",
    ]);
  });
  it("reads no stance when negated, denied, aimed at no party or at a victim", () => {
    expect(stances("Kenya is not accusing Uganda of anything.")).toEqual([]);
    expect(stances("Kenya denied it was accusing Uganda of anything.")).toEqual([]);
    expect(stances("Peru was blaming the weather for the delays.")).toEqual([]);
    expect(stances("Officials in Peru are blaming the floods in Bolivia.")).toEqual([]);
    expect(stances("Ghana was hosting Togo’s president for talks.")).toEqual([]);
  });
});

describe("threat phrasings", () => {
  it("reads quoted consequences, vows to punish and warned/threatened reprisals", () => {
    expect(stances("Peru warned Chile of “grave consequences” over the launch.")).toEqual([
      "THREATENS country:pe>country:cl",
    ]);
    expect(stances("Peru vowed to punish Chile for the killing.")).toEqual([
      "THREATENS country:pe>country:cl",
    ]);
    expect(stances("Peru warned of retaliation against Chile over the ban.")).toEqual([
      "THREATENS country:pe>country:cl",
    ]);
    expect(stances("Peru threatened reprisals against Chile.")).toEqual(["THREATENS country:pe>country:cl"]);
  });
  it("reads no threat in a quoted warning of weather or a vow against no party", () => {
    expect(stances("Peru warned Chile of “heavy snow” this week.")).toEqual([]);
    expect(stances("Peru vowed to punish the attackers.")).toEqual([]);
  });
});

describe("stances of the sentence's opening party", () => {
  it("reads 'in protest at/against X' as criticism by the opening party, also after a dateline", () => {
    expect(stances("Talks stalled. Peru recalled its envoy in protest at Chile’s decision.")).toEqual([
      "CRITICIZES country:pe>country:cl",
    ]);
    expect(
      stances("LIMA, March 5 (Andina) — Peru walked out of the meeting in protest against Chile’s proposal."),
    ).toEqual(["CRITICIZES country:pe>country:cl"]);
  });
  it("reads a participle clause of a dateline lead", () => {
    expect(stances("LIMA, March 5 (Andina) — Peru recalled its envoy, accusing Chile of spying.")).toContain(
      "ACCUSES country:pe>country:cl",
    );
  });
  it("reads no stance from a street protest or a protest with no party", () => {
    expect(stances("Talks stalled. Thousands marched in Lima in protest against the new tax.")).toEqual([]);
    expect(stances("Talks stalled. Peru recalled its envoy in protest.")).toEqual([]);
  });
});
