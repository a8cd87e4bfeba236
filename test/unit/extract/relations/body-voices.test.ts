// A spokesperson of a body of no state speaks for that body (stances.ts, voices).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const accusers = (x: X) => relationPairs(x, "ACCUSES");

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
