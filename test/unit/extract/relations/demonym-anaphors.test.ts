// A stance against "the two diplomats" after "two French diplomats" is against France (demonym-anaphors.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const accuses = (x: X) => relationPairs(x, "ACCUSES");

describe("definite objects taking up a demonym phrase", () => {
  it("reads 'accused the two diplomats of …' after 'two Dutch diplomats' as accusing the Netherlands", () => {
    const x = extractBody(
      "Venezuela ordered two Dutch diplomats to leave the country on Tuesday. The foreign ministry accused the two diplomats of “meddling in internal affairs.”",
    );
    expect(accuses(x)).toContain("country:ve>country:nl");
  });
  it("reads nothing when the noun repeats no demonym phrase", () => {
    const x = extractBody(
      "Venezuela ordered two Dutch diplomats to leave the country on Tuesday. The foreign ministry accused the smugglers of “meddling in internal affairs.”",
    );
    expect(accuses(x)).not.toContain("country:ve>country:nl");
  });
  it("never points at the speaker's own side", () => {
    const x = extractBody(
      "Venezuela recalled two Venezuelan diplomats on Tuesday. The foreign ministry accused the two diplomats of “leaking secrets.”",
    );
    expect(accuses(x)).toEqual([]);
  });
});
