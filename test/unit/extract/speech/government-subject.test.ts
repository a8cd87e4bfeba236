// "The government said", "the junta accused": a bare government noun speaks for the state in focus.
import { describe, expect, it } from "vitest";
import { actorIds, extractBody } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);
const LEAD = "BAMAKO, May 4 (AMAP) — Mali closed its border with Niger on Thursday.";

describe("government nouns as speakers", () => {
  it("gives 'The government said' to the state the lead opens with", () => {
    const out = said(
      `${LEAD}\n\nFarmers protested in the north. The government said the closure would last a month.`,
    );
    expect(out).toContain("country:ml|the closure would last a month");
  });
  it("reads 'the junta has accused' and 'the transitional authorities' the same way", () => {
    const out = said(
      `${LEAD}\n\nThe junta has accused Niger of sheltering rebels. The transitional authorities said talks were off.`,
    );
    expect(out).toEqual(
      expect.arrayContaining(["country:ml|Niger of sheltering rebels", "country:ml|talks were off"]),
    );
  });
  it("prefers the state the previous sentence of the paragraph opens with", () => {
    const out = said(
      `${LEAD}\n\nNiger called the move hostile. The government said it would appeal to the bloc.`,
    );
    expect(out).toContain("country:ne|it would appeal to the bloc");
  });
  it("does not read 'the military government' as the armed forces", () => {
    expect(actorIds(`${LEAD} The military government said the border would stay shut.`)).not.toContain(
      "org:ml:armed-forces",
    );
  });
});

describe("a government named by its owner's description or its seat", () => {
  it.each([
    "Tonga detained a Fijian trawler on Monday, the island nation’s government said.",
    "Tonga detained a Fijian trawler on Monday, the Pacific kingdom’s government said.",
  ])("credits the state the clause opens with: %s", (body) => {
    expect(said(body)).toContain("country:to|Tonga detained a Fijian trawler on Monday");
  });

  it("credits the state whose capital is named ('The government in Lima said')", () => {
    expect(
      said("Chile signed the deal with Peru. The government in Lima said the talks would resume."),
    ).toContain("country:pe|the talks would resume");
  });

  it("gives no speaker for a seat that is no state's capital in the story (negative case)", () => {
    const out = said("Chile signed the deal. The government in Lima said the talks would resume.");
    expect(out.some((x) => x.endsWith("|the talks would resume"))).toBe(false);
  });
});
