// Tests of src/extract/relations/stances.ts, on made-up text.
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../../src/extract/types.ts";
import { extractBody, relationPairs, rels } from "../helpers.ts";

const accusers = (x: Extraction) => relationPairs(x, "ACCUSES");

describe("voices of international bodies", () => {
  it("repeats an EU spokeswoman's accusation from the EU", () => {
    const x = extractBody(
      "The European Union’s foreign policy spokeswoman, Anna Berg, accused Serbia of stoking tension in the north.",
    );
    expect(accusers(x)).toContain("org:eu>country:rs");
    expect(accusers(x)).toContain("person:anna-berg>country:rs");
  });
  it("keeps an analyst's accusation personal", () => {
    const x = extractBody(
      "Anna Berg, an analyst at the International Crisis Group, accused Serbia of stoking tension in the north.",
    );
    expect(accusers(x)).not.toContain("org:international-crisis-group>country:rs");
  });
});

describe("coordinated reporting verbs and spokespeople", () => {
  const x = extractBody(
    "Peru’s foreign ministry spokeswoman Ana Rojas said the ship had entered Chilean waters and accused Santiago of provocation.",
  );

  it("repeats a spokesperson's accusation from the state they speak for", () => {
    expect(rels(x, "ACCUSES")).toEqual(["person:ana-rojas>country:cl", "country:pe>country:cl"]);
  });

  it("repeats a minister's accusation from the minister's state (test/corpus/README.md)", () => {
    const y = extractBody("Peruvian Foreign Minister Ana Rojas accused Chile of provocation.");
    expect(rels(y, "ACCUSES")).toEqual(["person:ana-rojas>country:cl", "country:pe>country:cl"]);
  });

  it("keeps the accusation of a person without a government role personal", () => {
    const y = extractBody("Peruvian law professor Ana Rojas accused Chile of provocation.");
    expect(rels(y, "ACCUSES")).toEqual(["person:ana-rojas>country:cl"]);
  });
});
