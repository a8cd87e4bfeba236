// Tests of src/extract/events/call-off.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

describe("agents with modifiers and passive call-offs", () => {
  it("reads talks 'were postponed' after the noun as called off, by the parties told before", () => {
    const x = extractBody(
      "Serbia and Kosovo agreed to hold talks in Brussels. The talks, which were due on Monday, were postponed.",
      "June 14, 2024",
    );
    const off = x.events.find((e) => e.negated);
    expect(off?.cameo).toBe("164");
    expect(off?.participants.map((p) => p.actorId)).toEqual(["country:rs", "country:xk"]);
  });

  it("does not call off talks that another act was postponed after", () => {
    const x = extractBody(
      "Serbia and Kosovo held talks in Brussels on Monday. A vote in parliament was postponed.",
      "June 14, 2024",
    );
    expect(x.events.some((e) => e.negated)).toBe(false);
  });
});
