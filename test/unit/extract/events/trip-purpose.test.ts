// Tests of src/extract/events/trip-purpose.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, kinds } from "../helpers.ts";

describe("the date of a trip made for a visit or talks", () => {
  it("dates a state visit by the day of arrival", () => {
    expect(kinds("Chile's president arrived in Lima on Tuesday for a two-day state visit.")).toEqual([
      "visit 042 2022-06-07",
    ]);
  });

  it("dates talks a minister is due in a capital for, as planned", () => {
    expect(
      kinds("Chile's foreign minister is due in Lima on Monday for talks with his Peruvian counterpart."),
    ).toEqual(["meeting 036 2022-06-13"]);
  });

  it("does not date talks named after 'for' without a trip", () => {
    const x = extractBody("Peru voted in 2019 for talks with Chile, the minister said on Tuesday.");
    expect(x.events.flatMap((e) => e.dates.map((d) => d.value))).toEqual([]);
  });
});
