// A complaint lodged at a forum is against the party named after "against" (forum-complaints.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const rels = (x: X, kind: string) => relationPairs(x, kind);

describe("a complaint at a forum", () => {
  it("criticises the state named after 'against', not the forum", () => {
    const x = extractBody(
      "Peru filed a complaint at the World Trade Organization on Monday against Chile’s new duties on fruit.",
    );
    expect(rels(x, "CRITICIZES")).toContain("country:pe>country:cl");
    expect(rels(x, "CRITICIZES")).not.toContain("country:pe>org:wto");
  });
  it("keeps the forum when nobody is named after 'against'", () => {
    const x = extractBody(
      "Peru filed a complaint with the World Trade Organization on Monday over fruit duties.",
    );
    expect(rels(x, "CRITICIZES")).not.toContain("country:pe>country:cl");
  });
  it("lets a rejection of the complaint in evaluating words criticise the complainant", () => {
    const x = extractBody(
      "Peru filed a complaint at the World Trade Organization on Monday against Chile’s new duties on fruit. Chile’s trade ministry rejected the complaint as “absurd”.",
    );
    expect(rels(x, "CRITICIZES")).toContain("org:cl:ministry-of-trade>country:pe");
    expect(rels(x, "CRITICIZES")).toContain("country:cl>country:pe");
  });
});

describe("a complaint at a forum over another side's acts", () => {
  it("criticises the state named right after 'over'", () => {
    const x = extractBody("Peru lodged a formal complaint with the United Nations over Chilean incursions.");
    expect(rels(x, "CRITICIZES")).toEqual(["country:pe>country:cl"]);
  });
  it("keeps the forum when 'over' names no state", () => {
    const x = extractBody("Peru filed a complaint with the World Trade Organization over the duties.");
    expect(rels(x, "CRITICIZES")).toEqual(["country:pe>org:wto"]);
  });
});

describe("a protest addressed to a forum", () => {
  it("does not criticise the body a protest letter is sent to", () => {
    const x = extractBody(
      "Guyana accused Venezuela of moving troops to the border. Guyana also sent a letter of protest to the United Nations on Monday.",
    );
    expect(rels(x, "CRITICIZES")).not.toContain("country:gy>org:un");
  });
  it("still criticises a body protested against", () => {
    const x = extractBody("Israel lodged a formal protest against the United Nations on Monday.");
    expect(rels(x, "CRITICIZES")).toContain("country:il>org:un");
  });
});
