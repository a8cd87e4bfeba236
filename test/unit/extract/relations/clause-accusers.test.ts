// A rejection in evaluating words answers an accusation told as a plain clause (rejections.ts with
// direct-stances.ts stanceClauses).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

describe("rejections of clause accusations", () => {
  it("criticises the state whose clause accused the speaker's state", () => {
    const x = extractBody(
      "Peru accused Bolivia of stealing water, the foreign ministry said. Bolivia’s foreign minister, Marco Quispe, dismissed the accusations as “fabrications”.",
    );
    expect(stancePairs(x)).toContain("CRITICIZES person:marco-quispe>country:pe");
  });
  it("names no accuser when nobody accused the speaker's state", () => {
    const x = extractBody(
      "Peru castigated Chile on Monday. Bolivia’s foreign minister, Marco Quispe, dismissed the accusations as “fabrications”.",
    );
    expect(stancePairs(x).filter((p) => p.startsWith("CRITICIZES person:marco-quispe"))).toEqual([]);
  });
});
