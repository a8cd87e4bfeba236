// Tests of src/extract/events/subject-dates.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("the subject's day over coordinated past verbs", () => {
  it("dates a verb coordinated after the subject's dated verb", () => {
    expect(kinds("Peru on Tuesday accused Chile of spying, and expelled two Chilean diplomats.")).toEqual([
      "expulsion 174 2022-06-07",
    ]);
    expect(kinds("Peru on Tuesday condemned the vote and closed its border with Chile.")).toEqual([
      "border-closure 191 2022-06-07",
    ]);
  });

  it("does not lend a day written in a later clause or in an aside", () => {
    expect(kinds("Peru accused Chile of spying, and expelled two diplomats who arrived on Tuesday.")).toEqual(
      ["expulsion 174 "],
    );
    expect(kinds("Peru, which on Tuesday condemned the vote, closed its border with Chile.")).toEqual([
      "border-closure 191 ",
    ]);
  });
});
