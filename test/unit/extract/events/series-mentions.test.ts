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

describe("acts told as a rate", () => {
  it("does not read aid received each year or deportations a month as one act", () => {
    expect(kinds("Chile receives about $50 million in aid from Peru each year.")).toEqual([]);
    expect(kinds("Peru deports hundreds of Bolivian migrants a month, officials said on Tuesday.")).toEqual(
      [],
    );
  });

  it("keeps a dated act with a rate in its object, and a deadline 'within a week'", () => {
    expect(kinds("Peru signed a deal on Tuesday to buy 5,000 tonnes of Chilean wheat a year.")).toEqual([
      "agreement 057 2022-06-07",
    ]);
    expect(kinds("Peru expelled two Chilean diplomats on Tuesday and gave them a week to leave.")).toEqual([
      "expulsion 174 2022-06-07",
    ]);
  });
});
