import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("act nouns only threatened, warned of or risked", () => {
  it.each([
    "Norway threatened Sweden with sanctions on Monday.",
    "Norway threatened the Swedish crew with arrest on Monday.",
    "Norway warned of clashes along the border on Monday.",
    "Sweden said Norway could face sanctions over the dispute.",
    "The threat of an invasion hung over the talks on Monday.",
    "Analysts pointed to the risk of a border closure before the vote.",
  ])("reads no event from %j", (body) => {
    expect(kinds(body)).toEqual([]);
  });

  it("still reads sanctions that were imposed", () => {
    expect(kinds("Norway imposed sanctions on Sweden on Monday.")).toEqual(["sanctions 163 2022-06-06"]);
  });

  it("still reads clashes that took place after a warning", () => {
    expect(kinds("Norway warned Sweden on Monday. Clashes broke out along the border on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
  });
});
