// A body speaking through its voice ("a ministry spokesman", "the ministry’s statement"), on made-up text.
import { describe, expect, it } from "vitest";
import { saidPairs } from "../helpers.ts";

const LEAD = "Norway's transport ministry closed the bridge on Monday.\n\n";
const MINISTRY = "org:no:ministry-of-transport";

describe("a body's voice as the subject", () => {
  it.each([
    "A ministry statement said",
    "The ministry's spokeswoman said",
    "A ministry spokesman said",
    "A ministry official said",
  ])("credits the body named before ('%s …')", (subject) => {
    expect(saidPairs(`${LEAD}${subject} the bridge would stay shut.`)).toContainEqual([
      MINISTRY,
      "the bridge would stay shut",
    ]);
  });

  it.each(["the ministry's statement said", "a ministry spokesman said"])(
    "reads a closing attribution ('…, %s.')",
    (subject) => {
      expect(saidPairs(`${LEAD}The bridge would stay shut, ${subject}.`)).toContainEqual([
        MINISTRY,
        "The bridge would stay shut",
      ]);
    },
  );

  it("does not credit a person with their spokesman's words", () => {
    const pairs = saidPairs(
      "Transport Minister Pavel Ostrov closed the bridge on Monday.\n\nThe bridge would stay shut, Ostrov's spokesman said.",
    );
    expect(pairs.map(([who]) => who)).not.toContain("person:pavel-ostrov");
  });

  it("credits nobody when no body of that head was named before", () => {
    expect(saidPairs("A ministry statement said the bridge would stay shut.")).toEqual([]);
  });
});
