// A statement reporting its side's protest criticises the state protested to (reported-protests.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

describe("a protest told inside a statement", () => {
  it("criticises the state the representations were lodged with", () => {
    const x = extractBody(
      "In Santiago, foreign ministry spokesman Tomas Vidal said Chile had lodged stern representations with Peru over the survey ship.",
    );
    expect(rels(x, "CRITICIZES")).toContain("person:tomas-vidal>country:pe");
  });
  it("reads 'filed a formal protest with'", () => {
    const x = extractBody(
      "Chilean Foreign Minister Tomas Vidal said Chile had filed a formal protest with Argentina on Monday.",
    );
    expect(rels(x, "CRITICIZES")).toContain("person:tomas-vidal>country:ar");
  });
  it("gives nothing for a protest lodged with the speaker's own side", () => {
    const x = extractBody(
      "Chilean Foreign Minister Tomas Vidal said fishermen had lodged a protest with Chile over the quotas.",
    );
    expect(rels(x, "CRITICIZES")).toEqual([]);
  });
  it("gives nothing for a plain meeting with another state", () => {
    const x = extractBody(
      "Chilean Foreign Minister Tomas Vidal said Chile had held talks with Peru on Monday.",
    );
    expect(rels(x, "CRITICIZES")).toEqual([]);
  });
});
