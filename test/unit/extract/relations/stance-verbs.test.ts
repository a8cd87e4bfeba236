// The stance verb lexicon (stance-verbs.ts): every member read with its object as the target.
import { describe, expect, it } from "vitest";
import { STANCE_FORMS } from "../../../../src/extract/relations/stance-verbs.ts";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));

describe("stance verbs", () => {
  it.each([
    ["Peruvian Foreign Minister Ana Ruiz pilloried Chile for the raid.", "CRITICIZES"],
    ["Peruvian Foreign Minister Ana Ruiz mocks Chile’s claims.", "CRITICIZES"],
    ["Peruvian Foreign Minister Ana Ruiz objected to Chile’s plan on Monday.", "CRITICIZES"],
    ["Peruvian Foreign Minister Ana Ruiz took issue with Chile over the raid.", "CRITICIZES"],
    ["Peruvian Foreign Minister Ana Ruiz takes exception to Chile’s remarks.", "CRITICIZES"],
    ["Peruvian Foreign Minister Ana Ruiz poured scorn on Chile’s account.", "CRITICIZES"],
    ["Peruvian Foreign Minister Ana Ruiz placed the blame on Chile for the clash.", "ACCUSES"],
    ["Peruvian Foreign Minister Ana Ruiz put the blame on Chile for the clash.", "ACCUSES"],
    ["Peruvian Foreign Minister Ana Ruiz vowed countermeasures against Chile.", "THREATENS"],
    ["Peruvian Foreign Minister Ana Ruiz promised a tough response to Chile.", "THREATENS"],
    ["Peruvian Foreign Minister Ana Ruiz warned of reprisals against Chile.", "THREATENS"],
    ["Peruvian Foreign Minister Ana Ruiz threatens retaliatory measures against Chile.", "THREATENS"],
  ])("reads '%s' from the minister and Peru", (body, kind) => {
    const found = stances(body);
    expect(found).toContain(`${kind} person:ana-ruiz>country:cl`);
    expect(found).toContain(`${kind} country:pe>country:cl`);
  });
  it("lists every promised-retaliation form in the table", () => {
    expect(STANCE_FORMS.get("promises reprisals against")).toBe("THREATENS");
    expect(STANCE_FORMS.get("vowed a firm response to")).toBe("THREATENS");
    expect(STANCE_FORMS.get("vowed revenge to")).toBeUndefined();
  });
  it.each([
    "Peru objected to nothing in the draft.",
    "The scorned rebels left Peru.",
    "Peruvian Foreign Minister Ana Ruiz promised a response to Chile’s letter within a week.",
  ])("reads no stance against Chile in '%s'", (body) => {
    expect(stances(body)).toEqual([]);
  });
});
