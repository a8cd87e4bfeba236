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

describe("an unnamed official of a named body speaks for that body (guide)", () => {
  it.each([
    ["A senior Bolivian military official, who asked not to be named, said", "org:bo:armed-forces"],
    ["A Bolivian police officer said", "org:bo:police"],
    ["An official at the Bolivian embassy in Lima said", "org:bo:embassy"],
    ["A spokesman for the Bolivian navy, speaking on condition of anonymity, said", "org:bo:navy"],
    ["Two officials from the Bolivian foreign ministry said", "org:bo:ministry-of-foreign-affairs"],
  ])("opening the sentence: '%s …'", (subject, id) => {
    expect(
      saidPairs(`Bolivia closed the pass on Monday. ${subject} the convoy had turned back.`),
    ).toContainEqual([id, "the convoy had turned back"]);
  });

  it.each([
    ", an official at the Bolivian embassy in Lima said.",
    ", a Bolivian military officer, who was not authorised to speak publicly, said.",
    ", a senior official with the Bolivian embassy told reporters.",
  ])("closing the clause: 'The convoy had turned back%s'", (tail) => {
    const out = saidPairs(`Bolivia closed the pass on Monday. The convoy had turned back${tail}`);
    expect(out.map(([, text]) => text)).toContain("The convoy had turned back");
    expect(out.map(([id]) => id)).not.toContain("country:bo");
  });

  it("refers a body named only by its head noun back to the body named before", () => {
    expect(
      saidPairs(
        "Togo's interior ministry closed the market. A ministry official, speaking on condition of anonymity, said traders had been warned.",
      ),
    ).toContainEqual(["org:tg:ministry-of-interior", "traders had been warned"]);
  });

  it("keeps the state for a nationality with no body, and a person when the official is named (negative cases)", () => {
    expect(
      saidPairs(
        "Bolivia closed the pass. A senior Bolivian official, who declined to be named, said talks had failed.",
      ),
    ).toContainEqual(["country:bo", "talks had failed"]);
    expect(
      saidPairs(
        "Bolivia closed the pass. A Bolivian army officer, Colonel Rita Mamani, said talks had failed.",
      ),
    ).toContainEqual(["person:rita-mamani", "talks had failed"]);
    expect(saidPairs("Bolivian truck drivers said the pass was shut.").map(([id]) => id)).not.toContain(
      "org:bo:police",
    );
  });
});
