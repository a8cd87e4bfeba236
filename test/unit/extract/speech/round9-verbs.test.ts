// Round 9 reporting-verb additions, on made-up text.
import { describe, expect, it } from "vitest";
import { saidPairs, saidWithVerb } from "../helpers.ts";

const LEAD = "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday.\n\n";

describe("clause-only verbs added in round 9", () => {
  it.each(["underlined", "underscored", "highlighted", "repeated", "recounted", "objected", "agreed"])(
    "reads 'Ostrov %s that …' and '…, Ostrov %s.'",
    (verb) => {
      expect(saidPairs(`${LEAD}Ostrov ${verb} that the bridge had been shut for a week.`)).toEqual([
        ["person:pavel-ostrov", "the bridge had been shut for a week"],
      ]);
      expect(saidPairs(`${LEAD}The bridge had been shut for a week, Ostrov ${verb}.`)).toEqual([
        ["person:pavel-ostrov", "The bridge had been shut for a week"],
      ]);
    },
  );

  it("ignores their other senses", () => {
    expect(
      saidPairs(
        `${LEAD}Ostrov highlighted the risks on a map. The report repeated the figures. Both sides agreed a deal.`,
      ),
    ).toEqual([]);
  });
});

describe("appeals with a preposition before the hearer", () => {
  it.each([
    ["appealed to", "appealed to"],
    ["pleaded with", "pleaded with"],
  ])("reads 'Norway %s Sweden to …' as an appeal", (verb, shown) => {
    expect(saidWithVerb(`Norway ${verb} Sweden to reopen the bridge.`)).toEqual([
      `country:no|${shown}|020|Sweden to reopen the bridge`,
    ]);
  });

  it("does not read 'appealed to' without an infinitive as an appeal to do something", () => {
    expect(saidPairs("The plan appealed to Swedish voters.")).toEqual([]);
  });
});

describe("'warned X against …'", () => {
  it("keeps the object and what it was warned against", () => {
    expect(saidPairs("Norway warned Sweden against closing the bridge.")).toEqual([
      ["country:no", "Sweden against closing the bridge"],
    ]);
  });

  it("still drops a bare object of another verb ('defended the bridge')", () => {
    expect(saidPairs("Norway defended the bridge.")).toEqual([]);
  });
});
