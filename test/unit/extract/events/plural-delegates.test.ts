// Tests of src/extract/events/plural-delegates.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("meetings of several delegates with no state named in the clause", () => {
  it.each([
    ["The bloc said so after a meeting of defence ministers in Lima on Monday.", "meeting 040 2022-06-06"],
    ["A spokesperson for the bloc said the leaders would now meet in January.", "meeting 036 2023-01"],
    ["The two delegations will meet again in Muscat next month.", "meeting 036 2022-07"],
    [
      "The region's energy ministers will hold an emergency meeting in Tashkent on Monday.",
      "meeting 036 2022-06-13",
    ],
    ["The bloc's heads of state met in Arusha on Monday.", "meeting 040 2022-06-06"],
  ])("reads %j", (body, expected) => {
    expect(kinds(body)).toEqual([expected]);
  });

  it.each([
    // an audience is no party
    "The ministers met reporters in Lima on Monday.",
    // a cabinet is one government
    "A meeting of cabinet ministers was held in Lima on Monday.",
    // one delegate is one party
    "The minister will meet in Lima on Monday.",
  ])("reads no meeting in %j", (body) => {
    expect(kinds(body)).toEqual([]);
  });
});

describe("a proposal makes the meeting planned", () => {
  it("reads a meeting proposed for Friday as intended, on the coming Friday", () => {
    expect(
      kinds("Chile proposed that the region's energy ministers hold an emergency meeting in Lima on Friday."),
    ).toEqual(["meeting 036 2022-06-17"]);
  });
});

describe("commissioners are delegates", () => {
  it.each([
    ["The bloc will host a meeting of police commissioners in Accra on Monday.", "meeting 036 2022-06-13"],
    ["A meeting of the region's customs commissioners was held in Lima on Monday.", "meeting 040 2022-06-06"],
  ])("reads %j", (body, expected) => {
    expect(kinds(body)).toEqual([expected]);
  });
});
