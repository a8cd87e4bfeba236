// A reporting verb after what was said, and unnamed officials quoted by a state body (made-up text).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => [s.speakerId, s.text]);

describe("'<clause>, the <modifiers> <speaker> reported.'", () => {
  it("reads the clause before the comma for a subject behind its determiner and modifiers", () => {
    expect(
      said(
        "TEHRAN, May 3 (Reuters) - Iran seized a tanker.\n\nThe navy stopped the vessel near the island on Monday, the semi-official Parsnews news agency reported.",
      ),
    ).toEqual([["org:parsnews-news-agency", "The navy stopped the vessel near the island on Monday"]]);
  });

  it("does not read across a conjunction before the subject ('…, and later Chile said')", () => {
    expect(said("The bridge reopened on Monday, and later Chile said nothing.")).not.toContainEqual([
      "country:cl",
      "The bridge reopened on Monday",
    ]);
  });
});

describe("a state body quoting an unnamed official", () => {
  it("'the Saudi Press Agency quoted the kingdom’s defence minister as saying' → the kingdom", () => {
    expect(
      said(
        "RIYADH, May 3 (Reuters) - Saudi Arabia joined the pact.\n\nThe Saudi Press Agency quoted the kingdom’s defence minister as saying the pact was “historic.”",
      ),
    ).toEqual([["country:sa", "the pact was “historic.”"]]);
  });
});

describe("'<Subject> <non-reporting verb> …, saying …'", () => {
  it("gives the participle to the clause's opening subject, not a demonym in its object", () => {
    expect(
      said(
        "OSLO, May 3 (NTB) — Norway expelled two Russian diplomats on Monday, saying they had spied on the port.",
      ),
    ).toEqual([["country:no", "they had spied on the port"]]);
  });

  it("keeps the nearest subject when the clause does not open with an actor", () => {
    const out = said("On Monday, after the vote, Chile protested, saying the count was flawed.");
    expect(out.map((x) => x[0])).toEqual(["country:cl"]);
  });
});
