// Tests of src/extract/events/report-dateline.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { datelineLength } from "../../../../src/extract/events/report-dateline.ts";
import { kinds } from "../helpers.ts";

describe("a dateline with a region after the city", () => {
  it("ends after the agency and dash whatever the region", () => {
    expect(datelineLength("BERGEN, Norway, Jun 8 (NTB) — Norway expelled")).toBe(30);
    expect(datelineLength("MOMBASA, Kenya, June 8 — Kenya")).toBe(25);
    expect(datelineLength("DAMMAM, Saudi Arabia, Jun. 8 (Reuters) — Riyadh")).toBe(41);
    expect(datelineLength("OSLO, Jun. 8 (NTB) — Norway")).toBe(21);
  });

  it("finds none in a plain lead", () => {
    expect(datelineLength("Norway, Sweden, Finland and Denmark agreed on Tuesday to …")).toBe(0);
    expect(datelineLength("Kenya, Uganda, June and July were …")).toBe(0);
  });

  it("does not date the lead's act with the report's day", () => {
    expect(kinds("BERGEN, Norway, Jun 8 (NTB) — Norwegian police detained two Russian sailors.")).toEqual([
      "arrest 173 ",
    ]);
    expect(kinds("DAMMAM, Saudi Arabia, Jun. 8 (AP) — Saudi Arabia expelled two Iranian diplomats.")).toEqual(
      ["expulsion 174 "],
    );
  });
});
