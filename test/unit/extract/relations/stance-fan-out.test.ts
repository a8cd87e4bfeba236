// The default fan-out of stances (stance-fan-out.ts): from the speaker and from the state an official,
// ministry, agency or embassy speaks for, whichever reader found the stance.
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));

describe("stance fan-out", () => {
  it.each([
    ["Peru’s Foreign Ministry condemned Chile on Monday.", "org:pe:ministry-of-foreign-affairs"],
    ["Peruvian Foreign Minister Ana Ruiz accused Chile of spying.", "person:ana-ruiz"],
    ["Chile was criticised by Peruvian Foreign Minister Ana Ruiz on Monday.", "person:ana-ruiz"],
    ["Peruvian Defence Minister Ana Ruiz threatened Chile with sanctions.", "person:ana-ruiz"],
  ])("runs the stance in '%s' from the speaker and from Peru", (body, speaker) => {
    const found = stances(body);
    const kind = found.find((s) => s.includes(`${speaker}>country:cl`))?.split(" ")[0];
    expect(kind).toBeDefined();
    expect(found).toContain(`${kind} country:pe>country:cl`);
  });
  it("does not run a private person's stance from their state", () => {
    const found = stances("Peruvian law professor Ana Ruiz criticised Chile on Monday.");
    expect(found).not.toContain("CRITICIZES country:pe>country:cl");
  });
});
