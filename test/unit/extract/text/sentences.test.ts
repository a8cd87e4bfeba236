import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/extract/index.ts";
import { paragraphSpans, splitSentences } from "../../../../src/extract/text/sentences.ts";
import { readRepoFile, SEED_FILE } from "../helpers.ts";

const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe("splitSentences", () => {
  it("does not split inside U.S. or after titles and initials", () => {
    expect(
      texts(
        "Joint exercises of the U.S. forces continued. Mr. Smith met Dr. Jones in St. Louis. John F. Kennedy spoke.",
      ),
    ).toEqual([
      "Joint exercises of the U.S. forces continued.",
      "Mr. Smith met Dr. Jones in St. Louis.",
      "John F. Kennedy spoke.",
    ]);
  });

  it("does not split after military and police rank abbreviations", () => {
    expect(texts("Fleet spokesman Cmdr. Ana Ruiz and Maj. Tom Berg spoke. Adm. Lee agreed.")).toEqual([
      "Fleet spokesman Cmdr. Ana Ruiz and Maj. Tom Berg spoke.",
      "Adm. Lee agreed.",
    ]);
  });

  it("ends a sentence at U.S. when a typical sentence opener follows", () => {
    expect(texts("He returned to the U.S. The talks ended.")).toEqual([
      "He returned to the U.S.",
      "The talks ended.",
    ]);
  });

  it("splits a full stop glued to the next sentence", () => {
    expect(texts("members of the Association of Southeast Asian Nations.On Monday, talks began.")).toEqual([
      "members of the Association of Southeast Asian Nations.",
      "On Monday, talks began.",
    ]);
  });

  it("trims whitespace (incl. NBSP) and keeps exact offsets and paragraph numbers", () => {
    const body = "  First one.\u00a0 Second one.\n\nThird.";
    const sentences = splitSentences(body);
    expect(sentences.map((s) => [s.text, s.paragraph, s.index])).toEqual([
      ["First one.", 0, 0],
      ["Second one.", 0, 1],
      ["Third.", 1, 2],
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it("segments the seed article into 11 sentences over 9 paragraphs", () => {
    const { body } = parseArticle(readRepoFile(SEED_FILE));
    const sentences = splitSentences(body);
    expect(sentences).toHaveLength(11);
    expect(paragraphSpans(body)).toHaveLength(9);
    expect(sentences[2]?.text).toBe(
      "Russia is also suspected to be involved in the malicious activity as well, carrying them for political and military purposes.",
    );
    expect(sentences[9]?.text).toContain(
      "Japan-U.S. alliance through conducting joint exercises of the\u00a0 U.S. forces",
    );
  });
});
