// Stances whose subject is "the junta", "the regime" (ruler-subjects.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const stances = (x: X) => stancePairs(x);

describe("rulers as the subject of a stance", () => {
  it("reads 'The junta has also accused X of' as the tied state accusing X", () => {
    const x = extractBody(
      "Niger’s military government expelled a French envoy on Monday. The junta has also accused France of arming rebels.",
    );
    expect(stances(x)).toContain("ACCUSES country:ne>country:fr");
  });
  it("reads a coordinated object of 'the regime condemned'", () => {
    const x = extractBody(
      "Myanmar’s regime closed the border in May. The regime condemned Thailand and Laos for hosting exiles.",
    );
    expect(stances(x)).toEqual(
      expect.arrayContaining(["CRITICIZES country:mm>country:th", "CRITICIZES country:mm>country:la"]),
    );
  });
  it("needs a state tied to the noun before", () => {
    const x = extractBody("The junta has accused France of arming rebels, a charge Paris denies.");
    expect(stances(x).filter((s) => s.startsWith("ACCUSES"))).toEqual([]);
  });
});
