// General rules for intent phrases over ties/agreements and for weapons tests, each on made-up
// text (no article sentences or names).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const events = (x: X) =>
  x.events.map((e) => [
    e.type,
    e.cameo,
    e.status,
    e.dates.map((d) => d.value).join(","),
    e.participants.map((p) => `${p.role}:${p.actorId}`).join(","),
  ]);
const rels = (x: X, kind: string) =>
  x.relations.filter((r) => r.kind === kind).map((r) => `${r.sourceId}>${r.targetId}`);

describe("intent phrases over ties, agreements and cooperation", () => {
  it("reads 'agreed on <day> to fully restore an intelligence-sharing agreement' as occurred 064", () => {
    const x = extractBody(
      "Chile and Peru agreed on Thursday to fully restore a military intelligence-sharing agreement.",
      "November 04, 2023",
    );
    expect(events(x)).toEqual([
      ["cooperation", "064", "occurred", "2023-11-02", "participant:country:cl,participant:country:pe"],
    ]);
    expect(x.events[0]?.label).toBe(
      "Agreement to restore military intelligence-sharing agreement (Chile, Peru)",
    );
    expect(rels(x, "COOPERATES_WITH")).toEqual(["country:cl>country:pe"]);
  });
  it("reads 'agreed to normalise relations' as an occurred intent to cooperate (030)", () => {
    const x = extractBody("Ghana and Togo agreed to normalise relations.", "November 04, 2023");
    expect(events(x)).toEqual([
      ["cooperation", "030", "occurred", "", "participant:country:gh,participant:country:tg"],
    ]);
    expect(rels(x, "COOPERATES_WITH")).toEqual(["country:gh>country:tg"]);
  });
  it("codes a military object as intent to cooperate militarily (0312)", () => {
    const x = extractBody("Ghana and Togo agreed to expand defence cooperation.", "November 04, 2023");
    expect(events(x).map((e) => e.slice(0, 3))).toEqual([["cooperation", "0312", "occurred"]]);
  });
  it("needs two parties", () => {
    const x = extractBody("Ghana agreed to renew the pact.", "November 04, 2023");
    expect(x.events).toEqual([]);
  });
});

describe("weapons tests and launches", () => {
  it("reads 'fired a ballistic missile into the sea' after a fronted time phrase, agent as source", () => {
    const x = extractBody(
      "Hours before the summit, Iran fired a ballistic missile into the sea.",
      "November 04, 2023",
    );
    expect(events(x)).toEqual([["weapons-test", "150", "occurred", "", "source:country:ir"]]);
    expect(x.events[0]?.plover).toBe("MOBILIZE");
  });
  it("reads a hyphenated 'test-fired' with its date", () => {
    const x = extractBody("Iran test-fired a new missile on Friday.", "November 04, 2023");
    expect(events(x)).toEqual([["weapons-test", "150", "occurred", "2023-11-03", "source:country:ir"]]);
  });
  it("reads 'launched a missile test' and 'conducted a nuclear test' once each", () => {
    const x = extractBody("Russia launched a hypersonic missile test.", "November 04, 2023");
    expect(events(x)).toEqual([["weapons-test", "150", "occurred", "", "source:country:ru"]]);
    const y = extractBody("Russia conducted a nuclear test.", "November 04, 2023");
    expect(events(y)).toEqual([["weapons-test", "150", "occurred", "", "source:country:ru"]]);
  });
  it("takes the country from a capital metonym", () => {
    const x = extractBody("Tehran fired two cruise missiles on Monday.", "November 04, 2023");
    expect(events(x)).toEqual([["weapons-test", "150", "occurred", "2023-10-30", "source:country:ir"]]);
  });
  it("keeps water cannon as coercion, not a weapons test", () => {
    const x = extractBody("China fired water cannon at a boat from Peru.", "November 04, 2023");
    expect(x.events.map((e) => [e.type, e.cameo])).toEqual([["coercion", "170"]]);
  });
  it("needs an agent", () => {
    const x = extractBody("A missile was fired into the sea.", "November 04, 2023");
    expect(x.events).toEqual([]);
  });
});
