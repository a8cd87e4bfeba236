// Tests of src/extract/speech/non-side-source.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { saidPairs } from "../helpers.ts";

const lead = "LIMA, May 3 (Reuters) — Peru closed its southern border crossing with Chile on Monday. ";

describe("sources of no side give no statement (guide)", () => {
  it.each([
    "Diplomats in Lima said the closure was meant to pressure Santiago.",
    "A Western diplomat in the region, who asked not to be named, said Santiago hoped for a quick deal.",
    "A European diplomat said Santiago hoped for a quick deal.",
    "Traders in the border town of Tacna said queues had grown to five kilometres.",
    "Truckers at the crossing, most of them Bolivian, said queues had grown to five kilometres.",
    "Local residents told reporters the soldiers had left on Sunday.",
    "People familiar with the talks said Santiago had offered a compromise.",
    "Sources close to the negotiations said Santiago had offered a compromise.",
    "Analysts said the move could hurt Peru’s copper exports.",
  ])("'%s'", (sentence) => {
    expect(saidPairs(`${lead}${sentence}`)).toEqual([]);
  });

  it("mutes a clause, and only that clause, closing a sentence after a coordinated one", () => {
    const out = saidPairs(
      `${lead}Chile protested the closure on Tuesday, and regional diplomats said the row could spread.`,
    );
    expect(out.some(([, text]) => /row could spread/.test(text ?? ""))).toBe(false);
  });

  it("mutes the speech verbs reported by such a source ('… said both governments had signalled that …')", () => {
    expect(
      saidPairs(`${lead}Diplomats in Quito said both governments had signalled that they would attend.`),
    ).toEqual([]);
  });
});

describe("sources of a side still speak (negative cases)", () => {
  it.each([
    ["Two Peruvian diplomats said the closure would last a week.", "country:pe"],
    ["Officials in Lima said the closure would last a week.", "country:pe"],
    ["A government source in Lima said the closure would last a week.", "country:pe"],
    ["Peru’s foreign ministry said the closure would last a week.", "org:pe:ministry-of-foreign-affairs"],
  ])("'%s' → %s", (sentence, id) => {
    expect(saidPairs(`${lead}${sentence}`)).toContainEqual([id, "the closure would last a week"]);
  });

  it("keeps the main verb of a subject whose relative clause names observers", () => {
    const out = saidPairs(
      `${lead}Chile, whose own observers reported long queues, urged Peru to reopen the crossing.`,
    );
    expect(out.some(([id, text]) => id === "country:cl" && /Peru to reopen/.test(text ?? ""))).toBe(true);
  });
});
