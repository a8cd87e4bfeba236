// Tests of src/extract/events/call-off.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, kinds } from "../helpers.ts";

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

describe("round 8 call-off verbs", () => {
  it("reads cooperation frozen and talks halted or walked out of as called off", () => {
    expect(kinds("Peru froze cooperation with Chile on Tuesday.")).toEqual(["cooperation 160 2022-06-07"]);
    expect(kinds("Peru halted talks with Chile on Tuesday.")).toEqual(["meeting 164 2022-06-07"]);
    expect(kinds("Peru walked out of talks with Chile on Tuesday.")).toEqual(["meeting 164 2022-06-07"]);
  });

  it("still reads talks held after a halt of something else", () => {
    expect(kinds("After the fighting halted, Peru and Chile held talks in Lima on Tuesday.")).toEqual([
      "meeting 040 2022-06-07",
    ]);
  });
});

describe("a naval blockade", () => {
  it("reads a naval blockade as coercion, not as a closed border", () => {
    expect(kinds("Peru imposed a naval blockade on Chilean ports on Tuesday.")).toEqual([
      "coercion 170 2022-06-07",
    ]);
  });
});

describe("talks that broke down, collapsed or stalled", () => {
  it.each([
    ["The talks between Chile and Peru collapsed on Monday.", "meeting 164 2022-06-06"],
    [
      "Chile has not met Peru since a meeting of their negotiators in Lima in October 2019 broke down.",
      "meeting 164 2019-10",
    ],
    ["The negotiations between Chile and Peru stalled on Monday.", "meeting 164 2022-06-06"],
  ])("reads %j as talks halted", (body, expected) => {
    expect(kinds(body)).toEqual([expected]);
  });

  it("keeps talks that merely ended as held", () => {
    expect(kinds("The talks between Chile and Peru ended on Monday.")).toEqual(["meeting 040 2022-06-06"]);
  });
});

describe("an event said to be off", () => {
  const ruiz = "Foreign Minister Ana Ruiz of Peru said";
  it("reads a meeting or visit that 'is off' or 'was “off for now”' as called off", () => {
    expect(
      kinds(
        `${ruiz} a meeting with her Chilean counterpart, planned for May 20 in Lima, was “off for now.”`,
      )[0],
    ).toMatch(/^meeting 164/);
    expect(kinds("Peru said on Monday the visit by Chile's president was off.")[0]).toMatch(/^visit 160/);
  });

  it("not 'off the agenda' nor a meeting that goes ahead", () => {
    expect(
      kinds(`${ruiz} a meeting with her Chilean counterpart in Lima was off the agenda.`)[0],
    ).not.toMatch(/164/);
    expect(kinds(`${ruiz} a meeting with her Chilean counterpart in Lima would go ahead.`)[0]).not.toMatch(
      /164/,
    );
  });
});
