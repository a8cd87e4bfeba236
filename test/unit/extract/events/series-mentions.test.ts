// Tests of src/extract/events/series-mentions.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("a counted run of acts up to now", () => {
  it("does not read rounds of talks since a year, or raids so far, as one act", () => {
    expect(kinds("Peru and Chile have held six rounds of talks since 2019.")).toEqual([]);
    expect(
      kinds("Peru's navy has carried out dozens of raids on smugglers' camps so far this year."),
    ).toEqual([]);
  });

  it("keeps rounds of talks held on one day", () => {
    expect(kinds("Peru and Chile held two rounds of talks in Lima on Tuesday.")).toEqual([
      "meeting 040 2022-06-07",
    ]);
  });
});
