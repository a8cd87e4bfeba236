// Tests of src/extract/speech/background-relative.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) =>
  extractBody(body, "March 3, 2024").statements.map((s) => `${s.speakerId}|${s.text}`);

describe("speech told in a background relative clause", () => {
  it("gives no statement for an earlier act recalled about the antecedent", () => {
    for (const body of [
      "Chile, which announced in January that it would leave the customs union, has since closed two crossings.",
      "Peru, which said last year that the canal would be finished by 2025, has not resumed work.",
      "Chile, which had warned in 2022 that it would retaliate, reinforced its border posts on Monday.",
      "Peru, which declared two years ago that the treaty was void, sent a patrol boat on Sunday.",
    ]) {
      const out = said(body);
      expect(
        out.some((s) => /would leave|would be finished|would retaliate|treaty was void/.test(s)),
        body,
      ).toBe(false);
    }
  });

  it("keeps speech of the present story, in a relative clause or not", () => {
    for (const body of [
      "Chile, which said on Monday that the crossing would stay shut, sent troops to the border.",
      "Chile announced in a statement that it would leave the customs union.",
      "Peru’s foreign minister, Ana Ruiz, who told reporters that the talks had failed, left for Lima.",
      "Peru said in January that it would leave the bloc.",
    ]) {
      expect(said(body).length, body).toBeGreaterThan(0);
    }
  });
});
