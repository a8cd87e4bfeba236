// A stance naming the first of a coordinated pair is against both (coordinated-targets.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const rels = (x: X, kind: string) => relationPairs(x, kind);

describe("coordinated targets", () => {
  it("reads 'threatened to answer A and the B with “…”' as a threat to both", () => {
    const x = extractBody(
      "Venezuela threatened on Monday to answer Guyana and the United States with “a firm response” if the drills went ahead.",
    );
    expect(rels(x, "THREATENS")).toEqual(["country:ve>country:gy", "country:ve>country:us"]);
  });
  it("does not reach a party named after the statement's words", () => {
    const x = extractBody(
      "Venezuela threatened on Monday to answer Guyana with “a firm response” if the drills went ahead, and Brazil and the United States urged calm.",
    );
    expect(rels(x, "THREATENS")).toEqual(["country:ve>country:gy"]);
  });
});
