// An attribution set in the middle of its clause (mid-clause.ts), on made-up text.
import { describe, expect, it } from "vitest";
import { saidPairs } from "../helpers.ts";

describe("'<subject>, <speaker> said, <predicate>'", () => {
  it.each([
    [
      "Ecuador accused Peru on Monday. The patrol, the defence ministry said, had crossed the river at night.",
      "org:ec:ministry-of-defense",
      "had crossed the river at night",
    ],
    [
      "Norwegian Trade Minister Ola Berg met his Swedish counterpart. The talks, he added, would resume in May.",
      "person:ola-berg",
      "would resume in May",
    ],
    [
      "Danish Foreign Minister Ida Holm spoke on Monday. The seizure, she said on Tuesday, ran against the accord.",
      "person:ida-holm",
      "ran against the accord",
    ],
    [
      "Ecuador accused Peru on Monday. Such incursions, Ecuador’s foreign ministry said, were not new.",
      "org:ec:ministry-of-foreign-affairs",
      "were not new",
    ],
  ])("reads the predicate after the tag as what was said (%s)", (body, speaker, text) => {
    expect(saidPairs(body)).toContainEqual([speaker, text]);
  });

  it("leaves an adverbial opening alone ('On Monday, X said, …' has no subject before the tag)", () => {
    const pairs = saidPairs("Ecuador accused Peru. On Monday, Ecuador said, Peru had crossed the river.");
    expect(pairs.map(([, t]) => t)).not.toContain("had crossed the river");
  });

  it("leaves a subject that holds a verb of its own alone", () => {
    const pairs = saidPairs("Ecuador accused Peru. The patrol which crossed, he said, had left.");
    expect(pairs.map(([, t]) => t)).not.toContain("had left");
  });

  it("needs a verb right after the tag", () => {
    const pairs = saidPairs(
      "Ecuador accused Peru. The patrol, the defence ministry said, a unit of marines.",
    );
    expect(pairs.map(([, t]) => t)).not.toContain("a unit of marines");
  });
});
