// An evaluation quoted in the object of a labelling or criticising verb keeps its object, as the
// guide's "dismissed the allegations as …" does; a pronoun object leaves the quotation alone.
import { describe, expect, it } from "vitest";
import { extractBody, rels, saidWithVerb, statementTexts } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

describe("object and quoted label as one statement", () => {
  it("keeps 'condemned X as “…”' whole", () => {
    expect(said("Chile condemned the blockade as “a stunt” on Monday.")).toEqual([
      "country:cl|the blockade as “a stunt”",
    ]);
  });

  it("keeps 'called X “…”' whole, even for one quoted word", () => {
    expect(said("Chile called the new quota “arbitrary”.")).toEqual(["country:cl|the new quota “arbitrary”"]);
  });

  it("keeps an owner's noun after a quoted modifier ('criticised Peru’s “reckless” fishing at sea')", () => {
    expect(said("Chile criticised Peru’s “reckless” fishing near the islands.")).toEqual([
      "country:cl|Peru’s “reckless” fishing near the islands",
    ]);
  });

  it("leaves the quotation alone after a pronoun object ('calling it “…”')", () => {
    expect(said("Chile rejected the quota, calling it “a stunt”.")).toContain("country:cl|a stunt");
  });

  it("leaves the quotation alone when another reporting verb stands between ('criticized X, saying “…”')", () => {
    expect(said("Chile criticized the quota, saying: “This is a stunt.”")).toContain(
      "country:cl|This is a stunt.",
    );
  });
});

describe("evaluating verbs with a quotation", () => {
  it("reads 'X called Y’s plan “…”' as criticism of Y", () => {
    const x = extractBody(
      "Greek Foreign Minister Nikos Pappas called Turkey’s plan “a dangerous provocation.”",
    );
    expect(statementTexts(x)).toEqual([
      ["person:nikos-pappas", "called", "111", "Turkey’s plan “a dangerous provocation.”"],
    ]);
    expect(x.statements[0]?.targetIds).toEqual(["country:tr"]);
    expect(rels(x, "CRITICIZES")).toEqual(["person:nikos-pappas>country:tr", "country:gr>country:tr"]);
  });
  it("reads 'described … as “…”' and 'dismissed … as “…”'", () => {
    const x = extractBody(
      "Greece described the move as “reckless.” Spain dismissed the claims as “pure fiction.”",
    );
    expect(statementTexts(x)).toEqual([
      ["country:gr", "described", "111", "the move as “reckless.”"],
      ["country:es", "dismissed", "120", "the claims as “pure fiction.”"],
    ]);
  });
  it("keeps a participle and its finite verb as one speech act", () => {
    const x = extractBody("Chile criticized Peru’s decision, calling it “a reckless gamble.”");
    expect(statementTexts(x)).toEqual([["country:cl", "criticized", "111", "a reckless gamble."]]);
  });
});

describe("unambiguous reporting verbs", () => {
  it("reads 'hailed X as Y' like 'dismissed X as Y'", () => {
    expect(saidWithVerb("Pavel Ostrov hailed the accord as a turning point.")).toEqual([
      "person:pavel-ostrov|hailed|051|the accord as a turning point",
    ]);
  });
});

describe("a labelling verb whose object holds an abbreviation ('called the U.S. drills “…”')", () => {
  it("reads the quote after 'the U.S. drills'", () => {
    expect(said("North Korea called the U.S. drills “a rehearsal for invasion.”")).toEqual([
      "country:kp|the U.S. drills “a rehearsal for invasion.”",
    ]);
  });

  it("does not reach a quote across a sentence break ('called the drills. Officials said “…”')", () => {
    expect(said("North Korea called the drills off. Officials gave “no reason.”")).toEqual([]);
  });
});
