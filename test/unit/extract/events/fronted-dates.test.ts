// Tests of src/extract/events/fronted-dates.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, summary } from "../helpers.ts";

describe("a date fronted before the clause", () => {
  it("dates every past act of the sentence", () => {
    const x = extractBody(
      "Peru accused Chile of provocations. On March 2, a Chilean navy ship entered Peruvian waters and its crew detained two fishermen.",
      "March 9, 2024",
    );
    expect(summary(x)).toEqual(["intrusion 150 [2024-03-02]", "arrest 173 [2024-03-02]"]);
  });

  it("leaves a date inside the clause to the nearest act", () => {
    const x = extractBody(
      "Chile said Peru had detained two fishermen, who were released on March 2.",
      "March 9, 2024",
    );
    expect(summary(x)).toEqual(["arrest 173 []", "release 084 [2024-03-02]"]);
  });
});

describe("guards on fronted dates and negation", () => {
  it("does not give a fronted report date to an act inside the report", () => {
    const x = extractBody("On Monday, Chile said Peru had detained two Chilean fishermen.", "June 14, 2024");
    expect(summary(x)).toEqual(["arrest 173 []"]);
  });
});
