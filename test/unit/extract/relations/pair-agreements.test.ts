// COOPERATES_WITH from "the two governments signed/agreed" (pair-agreements.ts).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const cooperating = (x: X) =>
  x.relations
    .filter((r) => r.kind === "COOPERATES_WITH")
    .map((r) => [r.sourceId, r.targetId].sort().join(" "));

describe("agreements of a pair named by number", () => {
  it("reads 'the two countries had agreed' as the story's clear main pair cooperating", () => {
    const x = extractBody(
      "Peru protested to Bolivia on Monday over a canal on the Desaguadero river. Bolivia said the canal was legal. Peru said it would send engineers. A Chilean expert said the river was low. Officials noted that the two countries had agreed in 2017 to share data on the river.",
    );
    expect(cooperating(x)).toEqual(["country:bo country:pe"]);
  });
  it("reads no pair when a third country is named as often", () => {
    const x = extractBody(
      "Peru protested to Bolivia on Monday. Chile backed neither. Officials noted that the two countries had agreed in 2017 to share data on the river.",
    );
    expect(cooperating(x)).toEqual([]);
  });
  it("reads nothing from a group not counted as two", () => {
    const x = extractBody("Senegal and Mauritania met. The countries signed nothing.");
    expect(cooperating(x)).toEqual([]);
  });
});
