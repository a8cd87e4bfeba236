// COOPERATES_WITH with the partner after "with" or "between" (partner-clauses.ts).
import { describe, expect, it } from "vitest";
import { cooperatingPairs, extractBody } from "../helpers.ts";

const pairs = (body: string) => cooperatingPairs(extractBody(body));
const PE_CL = /country:pe country:cl|country:cl country:pe/;

describe("partner clauses", () => {
  it("reads verbs of working together in every inflection, with adverbs and a commitment", () => {
    for (const clause of [
      "is working closely with",
      "has cooperated with",
      "teamed up with",
      "joined forces with",
      "pledged to collaborate with",
      "will coordinate with",
      "agreed with",
    ])
      expect(pairs(`Peru ${clause} Chile to track the smugglers.`), clause).toContainEqual(
        expect.stringMatching(PE_CL),
      );
  });
  it("reads each party of a coordinated subject with the partner", () => {
    expect(pairs("Peru and Bolivia joined forces with Chile against the smugglers.")).toEqual(
      expect.arrayContaining([
        expect.stringMatching(PE_CL),
        expect.stringMatching(/country:bo country:cl|country:cl country:bo/),
      ]),
    );
  });
  it("reads cooperation nouns with an owner, 'in cooperation with' and agreements 'between' a pair", () => {
    expect(pairs("Peru’s security cooperation with Chile has grown since 2020.")).toContainEqual(
      expect.stringMatching(PE_CL),
    );
    expect(pairs("Peru, in close coordination with Chile, seized the trawler.")).toContainEqual(
      expect.stringMatching(PE_CL),
    );
    expect(pairs("The accord between Peru and Chile covers the fishing grounds.")).toContainEqual(
      expect.stringMatching(PE_CL),
    );
  });
  it("reads no cooperation in refusals, conditions, clashes, disputes or agreeing with a view", () => {
    expect(pairs("Peru refused to work with Chile on the inquiry.")).toEqual([]);
    expect(pairs("If Peru works with Chile, prices will fall.")).toEqual([]);
    expect(pairs("Peru clashed with Chile over the fishing grounds.")).toEqual([]);
    expect(pairs("The dispute between Peru and Chile deepened.")).toEqual([]);
    expect(pairs("Peru agreed with Chile’s assessment of the drought.")).toEqual([]);
    expect(pairs("Bolivia accused Peru of working with smugglers from Chile.")).toEqual([]);
  });
  it("reads sharing a joint resource and holding drills with a partner, also in a relative clause", () => {
    expect(
      pairs("Bolivia and Peru, which share radar data with Chile under a 2019 accord, will send observers."),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(PE_CL), expect.stringMatching(/country:bo country:cl/)]),
    );
    expect(pairs("Peru was ready to share the findings of its own inquiry with Chile.")).toContainEqual(
      expect.stringMatching(PE_CL),
    );
    expect(pairs("Peru held joint naval exercises with Chile in March.")).toContainEqual(
      expect.stringMatching(PE_CL),
    );
  });
  it("reads no cooperation from a shared border or view, a refusal to share, or talks", () => {
    expect(pairs("Peru shares a long border with Chile.")).toEqual([]);
    expect(pairs("Peru shared its concerns with Chile’s ambassador.")).toEqual([]);
    expect(pairs("Peru refused to share data with Chile.")).toEqual([]);
    expect(pairs("Peru held talks with Chile on Monday.")).toEqual([]);
  });
});
