// COOPERATES_WITH from an agreement a state holds with another (standing-agreements.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const coop = (x: X) => relationPairs(x, "COOPERATES_WITH");

describe("a standing agreement", () => {
  it("reads 'A, which has its own X arrangement with B'", () => {
    const x = extractBody(
      "Norway, which has its own fisheries arrangement with Iceland, said it would watch closely.",
    );
    expect(coop(x)).toEqual(["country:no>country:is"]);
  });
  it("reads 'A has a free trade agreement with B'", () => {
    const x = extractBody("Chile has a free trade agreement with Peru, officials said.");
    expect(coop(x)).toEqual(["country:cl>country:pe"]);
  });
  it("does not read 'has no agreement with'", () => {
    const x = extractBody("Chile has no extradition agreement with Peru, officials said.");
    expect(coop(x)).toEqual([]);
  });
});
