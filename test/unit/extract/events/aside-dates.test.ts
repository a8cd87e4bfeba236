// Tests of src/extract/events/aside-dates.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("a date inside a relative clause aside", () => {
  it("does not date the act after the aside by it", () => {
    expect(kinds("Peru's president, who took office in 2021, visited Chile on Tuesday.")).toEqual([
      "visit 042 2022-06-07",
    ]);
  });

  it("still dates an act right after a plain date", () => {
    expect(kinds("On Tuesday, Peru expelled two Chilean diplomats.")).toEqual(["expulsion 174 2022-06-07"]);
  });
});
