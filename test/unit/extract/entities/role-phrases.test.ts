// Role phrases before a name (role-phrases.ts).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const rels = (x: X, kind: string) =>
  x.relations.filter((r) => r.kind === kind).map((r) => `${r.sourceId}>${r.targetId}`);
const people = (x: X) => x.actors.filter((a) => a.kind === "Person").map((a) => a.id);

describe("a phrase ending in a post and the body it serves", () => {
  it("reads 'A spokesman for the U.S. embassy in Lima, X,' as the embassy's spokesman", () => {
    const x = extractBody(
      "A spokesman for the U.S. embassy in Lima, Tomas Vidal, said the visa rules stood.",
    );
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:tomas-vidal>org:us:embassy"]);
  });
  it("reads past a written-out rank between the phrase and the name", () => {
    const x = extractBody(
      "A spokesman for Chile’s defence ministry, Senior Colonel Tomas Vidal, called the drill routine.",
    );
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:tomas-vidal>org:cl:ministry-of-defense"]);
  });
  it("reads a portfolio after the title ('Peru’s Minister for the Amazon, X,')", () => {
    const x = extractBody("Peru’s Minister for the Amazon, Ana Soto, said the fires were out.");
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-soto>country:pe"]);
  });
  it("keeps only the last noun phrase of a long clause", () => {
    const x = extractBody(
      "The ministry said in a statement that it had summoned the Chilean charge d’affaires, Ana Soto, and handed her a note.",
    );
    expect(people(x)).toEqual(["person:ana-soto"]);
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-soto>country:cl"]);
  });
  it("does not read a long clause without a post as a role phrase", () => {
    const x = extractBody(
      "The ministry said in a statement that it had met the owners of the ship, Ana Soto, and handed them a note.",
    );
    expect(people(x)).toEqual([]);
  });
});
