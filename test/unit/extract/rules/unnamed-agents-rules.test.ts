// Acts whose agent is not named in their clause: a pronoun or "the government" opening a reported
// clause that holds a quote, an armed group described by an appositive with a relative clause, and
// authors that belong to documents only. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const acts = (x: X) =>
  x.events.map((e) => [e.type, e.participants.map((p) => `${p.role}:${p.actorId}`).join(",")]);

describe("agents of reported clauses", () => {
  it("reads 'the ministry said it had conveyed “…protest” to X' as the ministry's protest", () => {
    const x = extractBody(
      "Chile’s foreign ministry said in a statement that it had conveyed “grave concern and strong protest” to Peru.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => e.type)).toEqual(["diplomatic-protest"]);
    expect(x.events[0]?.participants.map((p) => p.actorId)).toContain("org:cl:ministry-of-foreign-affairs");
  });

  it("reads 'the government' in a body's reported clause as the body's state", () => {
    const x = extractBody(
      "Chile’s foreign ministry said that the government had sent a protest note to Peru.",
      "June 10, 2022",
    );
    expect(acts(x)[0]?.[0]).toBe("diplomatic-protest");
    expect(x.events[0]?.participants.map((p) => p.actorId)).toContain("country:cl");
  });

  it("does not give a person's reported clause an agent from the pronoun", () => {
    const x = extractBody(
      "Minister Ana Ruiz said in Lima that it had sent a “strong protest” to Bolivia.",
      "June 10, 2022",
    );
    expect(x.events.filter((e) => e.participants.some((p) => p.role === "source"))).toEqual([]);
  });
});

describe("objects of protests and summonses", () => {
  it("reads plural protests and a summoned head of an embassy", () => {
    const x = extractBody(
      "Chile has filed more than 40 diplomatic protests since 2020. Peru summoned the head of the Chilean embassy on Monday.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => [e.type, e.cameo])).toEqual([
      ["diplomatic-protest", "114"],
      ["envoy-summoned", "114"],
    ]);
  });

  it("does not lend a protest's author to a later agreement", () => {
    const x = extractBody(
      "Chile’s foreign ministry has filed 40 diplomatic protests with Peru. Bolivia and Peru signed a trade agreement in July 2021.",
      "June 10, 2022",
    );
    const agreement = x.events.find((e) => e.type === "agreement");
    expect(agreement?.participants.map((p) => p.actorId)).not.toContain("org:cl:ministry-of-foreign-affairs");
  });
});

describe("relative clauses after an appositive", () => {
  it("reads 'X, an armed group that has seized …' as X's act", () => {
    const x = extractBody(
      "Fighting continued between Mali’s army and the Northern Front, an armed group that has seized most of the region since May.",
      "June 10, 2022",
    );
    const capture = x.events.find((e) => e.cameo === "192");
    expect(capture?.participants.map((p) => `${p.role}:${p.actorId}`)).toContain("source:org:northern-front");
  });
});
