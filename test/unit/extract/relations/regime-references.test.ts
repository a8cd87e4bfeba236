// A stance against "the junta" / "the government in <capital>" is against that state (regime-references.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const accuses = (x: X) => relationPairs(x, "ACCUSES");

describe("rulers named by a common noun", () => {
  it("reads 'the junta' as the state tied to its military government before", () => {
    const x = extractBody(
      "Niger’s military government expelled a French envoy. Ghanaian Foreign Minister Kofi Mensah accused the junta of arresting journalists.",
    );
    expect(accuses(x)).toContain("person:kofi-mensah>country:ne");
  });
  it("reads 'the government in <capital>' as the capital's state", () => {
    const x = extractBody(
      "Chile and Peru held talks. Bolivian Foreign Minister Ana Ruiz accused the government in Lima of stalling.",
    );
    expect(accuses(x)).toContain("person:ana-ruiz>country:pe");
  });
  it("leaves 'the government' alone when the story tied it to no state", () => {
    const x = extractBody("Bolivian Foreign Minister Ana Ruiz accused the government of stalling.");
    expect(accuses(x)).toEqual([]);
  });
});
