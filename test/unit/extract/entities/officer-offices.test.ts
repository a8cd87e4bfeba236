// Tests of src/extract/entities/officer-offices.ts: "the office of <country> <officer>" (made-up text).
import { describe, expect, it } from "vitest";
import { ids, saidPairs } from "../helpers.ts";

const lead = "SUVA, May 3 (Reuters) — Fiji protested to Tonga on Monday. ";

describe("an officer's office named with its country inside", () => {
  it.each([
    "The office of Fiji’s prime minister said the talks were off.",
    "The office of the Fijian prime minister said the talks were off.",
    "The Office of Fiji's Prime Minister said the talks were off.",
    "The office of the Fijian Prime Minister said the talks were off.",
  ])("'%s' → the prime minister's office speaks", (sentence) => {
    expect(saidPairs(`${lead}${sentence}`)).toContainEqual([
      "org:fj:office-of-the-prime-minister",
      "the talks were off",
    ]);
  });

  it("keeps a place or another office of a country what it is (negative cases)", () => {
    expect(ids(`${lead}The office of Fiji’s tourism board said the talks were off.`)).not.toContain(
      "org:fj:office-of-the-prime-minister",
    );
    expect(ids(`${lead}Fiji’s prime minister said the talks were off.`)).not.toContain(
      "org:fj:office-of-the-prime-minister",
    );
  });
});
