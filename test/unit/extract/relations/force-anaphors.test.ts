// relations/force-anaphors.ts: "the troops", "the soldiers" taking up armed bodies named before. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const stances = (body: string, kind = "ACCUSES") =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === kind)
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("force anaphors", () => {
  it("gives a targetless accusation against 'the troops' the states of both forces named before", () => {
    const found = stances(
      "Kenyan and Ugandan troops raided camps near the border on Monday. " +
        "The al-Shabaab group accused the troops of burning two villages.",
    );
    expect(found).toEqual(expect.arrayContaining(["org:al-shabaab country:ke", "org:al-shabaab country:ug"]));
  });

  it("reads a state's report that 'the soldiers had entered …' as an accusation of their state", () => {
    expect(
      stances(
        "Armenia accused Azerbaijani troops of a new incursion on Tuesday. " +
          "Defence Minister Suren Papikyan said the soldiers had entered the village of Tegh before dawn.",
      ),
    ).toContain("person:suren-papikyan country:az");
  });

  it("reads other verbs and nouns of force: 'the forces then opened fire', 'these soldiers had shelled'", () => {
    expect(
      stances(
        "Sudan’s army clashed with Ethiopian forces on Sunday. " +
          "Sudan’s foreign ministry said the forces then opened fire on farmers near al-Fashaga.",
      ),
    ).toContain("country:sd country:et");
    expect(
      stances(
        "Ukrainian officials reported that Russian soldiers moved towards the town. " +
          "Ukraine’s defence ministry said these soldiers had shelled a school on Friday.",
      ),
    ).toContain("country:ua country:ru");
  });

  it("leaves the speaker's own forces, peaceful acts and unofficial voices alone", () => {
    expect(
      stances(
        "Kenyan troops patrolled the border. Kenya’s defence ministry said the troops had killed five militants.",
      ),
    ).toEqual([]);
    expect(
      stances(
        "Ethiopian troops reached the border town. Sudan’s foreign ministry said the troops had withdrawn on Monday.",
      ),
    ).not.toContain("country:sd country:et");
    expect(
      stances(
        "Ethiopian troops reached the border town. A farmer, Ali Osman, said the soldiers had entered his village.",
      ),
    ).toEqual([]);
  });
});
