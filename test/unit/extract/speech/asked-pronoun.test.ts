// Tests of src/extract/speech/asked-pronoun.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { speakerTexts } from "../helpers.ts";

describe("'Asked about X …, she said': the one asked answers", () => {
  const lead = "Interior Minister Laura Vega told a news conference that 14 people had been detained.";

  it("credits the earlier speaker, not the person named in the question", () => {
    expect(
      speakerTexts(
        `${lead} Asked about claims by opposition leader Marco Ruiz that the arrests were political, she said: “Mr. Ruiz knows that is false.”`,
      ),
    ).toContain("person:laura-vega|Mr. Ruiz knows that is false.");
  });

  it("keeps the pronoun's own reading when the person asked was named before the question", () => {
    expect(
      speakerTexts(
        `${lead} Opposition leader Marco Ruiz disagreed. Asked about the arrests, he said they were political.`,
      ),
    ).toContain("person:marco-ruiz|they were political");
  });
});
