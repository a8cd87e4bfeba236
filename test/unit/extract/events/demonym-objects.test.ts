// Tests of src/extract/events/demonym-objects.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("people named by nationality as the thing acted on", () => {
  it.each([
    ["Chile deported 200 Haitians on Monday.", "expulsion 174"],
    ["Chile deported hundreds of undocumented Haitians on Monday.", "expulsion 174"],
    ["Peru freed 12 Sri Lankans on Monday.", "release 084"],
    ["Eleven Filipinos were released by China on Monday.", "release 084"],
  ])("reads %j as %s", (body, expected) => {
    expect(kinds(body)).toEqual([`${expected} 2022-06-06`]);
  });

  it.each([
    // a statement released is no release, whoever it praises
    "Peru released a statement praising Haitians on Monday.",
    // people after a preposition are not acted on
    "Peru freed the port for Haitians on Monday.",
    // a family whose objects are things never takes people
    "Chile deployed 200 Haitians on Monday.",
  ])("reads nothing in %j", (body) => {
    expect(kinds(body)).toEqual([]);
  });
});
