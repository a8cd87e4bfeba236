// Displeasure voiced at another party criticises it (voiced-displeasure.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

const crit = (body: string) => rels(extractBody(body), "CRITICIZES");

describe("voiced displeasure", () => {
  it("reads 'conveyed its strong displeasure to X’s envoy' as criticism of X", () => {
    expect(crit("Peru conveyed its strong displeasure to Chile’s envoy.")).toContain("country:pe>country:cl");
  });
  it("reads 'expressed dissatisfaction with X' and 'voiced its opposition to X’s plan'", () => {
    expect(crit("Peru expressed strong dissatisfaction with Chile over the arrests.")).toContain(
      "country:pe>country:cl",
    );
    expect(crit("Peru on Monday voiced its opposition to Chile’s plan to dam the river.")).toContain(
      "country:pe>country:cl",
    );
  });
  it("takes the subject right before the verb, not the sentence's first party", () => {
    expect(crit("Peruvian officials said Chile expressed outrage at Bolivia’s decision.")).toEqual([
      "country:cl>country:bo",
    ]);
  });
  it("gives nothing for concern or gratitude", () => {
    expect(crit("Peru expressed concern to Chile about the arrests.")).toEqual([]);
    expect(crit("Peru expressed its gratitude to Chile for the help.")).toEqual([]);
  });
});
