// A side describing its adversary's conduct, the adversary as subject, criticises it (adversary-subjects.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const rels = (x: X, kind: string) => relationPairs(x, kind);

const SUMMONS = "Chile summoned Peru’s ambassador on Monday over the border closure. ";

describe("the adversary as subject", () => {
  it("reads a side's account of what its adversary is doing as criticism", () => {
    const x = extractBody(
      `${SUMMONS}Chilean government spokesman Raul Ortega said Peru was strangling trade on purpose.`,
    );
    expect(rels(x, "CRITICIZES")).toContain("person:raul-ortega>country:pe");
  });
  it("needs the adversary as the clause's subject", () => {
    const x = extractBody(
      `${SUMMONS}Chilean government spokesman Raul Ortega said trade with Peru was falling.`,
    );
    expect(rels(x, "CRITICIZES")).not.toContain("person:raul-ortega>country:pe");
  });
  it("leaves what the adversary agreed to alone", () => {
    const x = extractBody(
      `${SUMMONS}Chilean government spokesman Raul Ortega said Peru had agreed to reopen one crossing.`,
    );
    expect(rels(x, "CRITICIZES")).not.toContain("person:raul-ortega>country:pe");
  });
  it("needs a side that itself took a stance against the adversary", () => {
    const x = extractBody("Bolivian spokesman Raul Ortega said Peru was strangling trade on purpose.");
    expect(rels(x, "CRITICIZES")).toEqual([]);
  });
  it("leaves facts about the adversary alone ('had reopened', 'was its largest trading partner')", () => {
    const x = extractBody(
      `${SUMMONS}Chilean government spokesman Raul Ortega said Peru had reopened one crossing. Ortega said Peru was Chile’s largest trading partner.`,
    );
    expect(rels(x, "CRITICIZES")).not.toContain("person:raul-ortega>country:pe");
  });
  it("leaves neutral conduct alone ('was preparing a reply')", () => {
    const x = extractBody(
      `${SUMMONS}Chilean government spokesman Raul Ortega said Peru was preparing a reply.`,
    );
    expect(rels(x, "CRITICIZES")).not.toContain("person:raul-ortega>country:pe");
  });
});
