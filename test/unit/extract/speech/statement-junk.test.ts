// Tests of src/extract/speech/statement-junk.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const saidIn2022 = (body: string) =>
  extractBody(body, "June 10, 2022").statements.map((s) => `${s.speakerId}|${s.text}`);

describe("junk statements", () => {
  it("drops a pronoun with a modal and a lone country, keeps a quoted fragment that stands for its clause", () => {
    const out = saidIn2022(
      "Portuguese Foreign Minister Ana Lopes said the navy had followed the vessel “for some weeks.” Spain said it would. Morocco criticized Spain.",
    );
    expect(out).toContain("person:ana-lopes|the navy had followed the vessel “for some weeks.”");
    expect(out.some((s) => /\|it would\.?$/.test(s))).toBe(false);
    expect(out.some((s) => /\|Spain$/.test(s))).toBe(false);
  });

  it("drops a condition of anonymity with its reason ('asked not to be named because …')", () => {
    for (const body of [
      "A Chilean navy officer, who asked not to be named because he was not cleared to speak, said two boats were held.",
      "A Peruvian source, who asked not to be identified as the talks were private, said the deal was close.",
    ]) {
      const out = saidIn2022(body);
      expect(out.some((s) => /not to be (?:named|identified)/.test(s))).toBe(false);
      expect(out.some((s) => /two boats were held|the deal was close/.test(s))).toBe(true);
    }
  });

  it("keeps a one-word quote that condemns and numbers statements densely", () => {
    const x = extractBody(
      "Peru called it “reckless.” Chile said the talks would resume in May.",
      "June 10, 2022",
    );
    expect(x.statements.map((s) => s.text)).toContain("reckless.");
    expect(x.statements.map((s) => s.id)).toEqual(
      x.statements.map((_, i) => `${x.article.id}/statement/${i + 1}`),
    );
  });

  it("keeps the relation of 'X criticized Y' without a bare 'Y' statement", () => {
    const x = extractBody("Morocco criticized Spain.", "June 10, 2022");
    expect(x.statements).toEqual([]);
    expect(x.relations.map((r) => `${r.kind} ${r.sourceId} ${r.targetId} ${r.statementIds.length}`)).toEqual([
      "CRITICIZES country:ma country:es 0",
    ]);
  });

  it("drops a noun-phrase object of an act that is no criticism, keeps clauses and appeals", () => {
    const out = saidIn2022(
      "Chile welcomed the ruling. Peru announced the drills a week after the vote. Bolivia denied any role in the raid. " +
        "Ecuador reaffirmed that the treaty covers the islands. Uruguay called for talks between the two sides. " +
        "Paraguay condemned the blockade.",
    );
    expect(out.some((s) => s.startsWith("country:cl|"))).toBe(false);
    expect(out.some((s) => s.startsWith("country:pe|"))).toBe(false);
    expect(out.some((s) => s.startsWith("country:bo|"))).toBe(false);
    expect(out).toContain("country:ec|the treaty covers the islands");
    expect(out).toContain("country:uy|talks between the two sides");
    expect(out).toContain("country:py|the blockade");
  });
});
