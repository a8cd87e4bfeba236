// Tests of src/extract/events/subject-acts.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, kinds, summary } from "../helpers.ts";

describe("wire constructions", () => {
  it("dates an act noun by the verb it is the subject of", () => {
    expect(kinds("A Chilean drone strike killed three Peruvian soldiers on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
  });
});

describe("more ways wire copy tells an attack", () => {
  it("keeps a weapon named as the subject the act", () => {
    const x = extractBody("A roadside bomb killed four police officers in Mosul on Sunday.", "June 6, 2024");
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-02]"]);
  });
});
