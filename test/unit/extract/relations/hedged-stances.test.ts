// Negated, conditional, expected or withheld stance verbs state no stance (hedged-stances.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));

describe("hedged stances", () => {
  it("reads no stance from a negated verb", () => {
    expect(stances("Peru did not criticise Bolivia, the minister said.")).toEqual([]);
    expect(stances("Peru has never accused Bolivia of stealing water, the minister said.")).toEqual([]);
  });
  it("reads no stance from a modal, an expectation or a withheld verb", () => {
    expect(stances("Peru could threaten Bolivia with sanctions, analysts said.")).toEqual([]);
    expect(stances("Peru is expected to condemn Bolivia on Monday.")).toEqual([]);
    expect(stances("Peru stopped short of condemning Bolivia over the canal.")).toEqual([]);
  });
  it("reads no stance the speaker denies having taken", () => {
    expect(stances("Peru denied that it had accused Bolivia of stealing water.")).toEqual([]);
  });
  it("keeps a plain stance, and one whose quotation follows a modal", () => {
    expect(stances("Peru accused Bolivia of stealing water.")).toEqual(["ACCUSES country:pe>country:bo"]);
    expect(
      stances("Oxfam said the plan would “hurt the poorest” and accused Bolivia of ignoring the drought."),
    ).toContain("ACCUSES org:oxfam>country:bo");
  });
});
