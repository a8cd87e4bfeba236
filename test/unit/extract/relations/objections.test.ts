// relations/objections.ts: "despite objections from X" — X criticises the clause's subject. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const criticism = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "CRITICIZES")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("objections stated in passing", () => {
  it("makes each objector criticise the subject, and feeds the dispute to later statements", () => {
    const rels = criticism(
      "Vanuatu signed a port deal with China, brushing aside months of objections from Australia and Japan. Japanese foreign ministry spokeswoman Aiko Sato said Japan had “serious concerns” about the deal.",
    );
    expect(rels).toContain("country:au country:vu");
    expect(rels).toContain("country:jp country:vu");
    expect(rels).toContain("person:aiko-sato country:vu");
  });

  it("reads nothing without an objection phrase, or from a person subject", () => {
    expect(criticism("Vanuatu signed a port deal with China after months of talks with Australia.")).toEqual(
      [],
    );
    expect(criticism("Prime Minister Tom Kalo spoke despite objections from Australia.")).toEqual([]);
  });
});

describe("objectors named by their capital, and criticism of several adversaries", () => {
  it("reads 'against criticism from <capital>' and a concern naming both adversaries", () => {
    const rels = criticism(
      "Kenya will host Russian warships in May, the defence ministry said, defending the visit against criticism from Washington. Russia’s embassy accused the United States of bullying. The U.S. embassy said it was concerned that Kenya would hold drills with Russia.",
    );
    expect(rels).toContain("country:us country:ke");
    expect(rels).toContain("org:us:embassy country:ke");
    expect(rels).toContain("org:us:embassy country:ru");
  });

  it("does not criticise a state the statement names that is no adversary", () => {
    const rels = criticism(
      "Russia’s embassy accused the United States of bullying. The U.S. embassy said it was concerned that Kenya would hold drills with Russia.",
    );
    expect(rels).toContain("org:us:embassy country:ru");
    expect(rels).not.toContain("org:us:embassy country:ke");
  });
});
