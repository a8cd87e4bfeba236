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
