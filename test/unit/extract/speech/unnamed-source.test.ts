// Tests of src/extract/speech/unnamed-source.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { saidPairs, speakerTexts } from "../helpers.ts";

describe("a state body quoting an unnamed official", () => {
  it("'the Saudi Press Agency quoted the kingdom’s defence minister as saying' → the kingdom", () => {
    expect(
      saidPairs(
        "RIYADH, May 3 (Reuters) - Saudi Arabia joined the pact.\n\nThe Saudi Press Agency quoted the kingdom’s defence minister as saying the pact was “historic.”",
      ),
    ).toEqual([["country:sa", "the pact was “historic.”"]]);
  });
});

describe("an unnamed official quoted by an outlet named only by a definite noun", () => {
  it("credits 'The broadcaster quoted an unnamed official as saying …' to the outlet's state", () => {
    const out = speakerTexts(
      "Peru’s state broadcaster, TV Peru, reported the arrests. The broadcaster quoted an unnamed official as saying Peru would “answer firmly”.",
    );
    expect(out).toContain("country:pe|Peru would “answer firmly”");
  });

  it("credits nobody when no outlet of that kind was named (negative case)", () => {
    const out = speakerTexts(
      "Peru said talks were over. The broadcaster quoted an unnamed official as saying Peru would “answer firmly”.",
    );
    expect(out).toEqual(["country:pe|talks were over"]);
  });
});
