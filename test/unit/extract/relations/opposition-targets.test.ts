// The opposition's stances against "the government" are against its own state (opposition-targets.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));
const DISPUTE =
  "LIMA, May 3 (Andina) — Chile banned imports of Peruvian onions on Monday, and Peru protested.";

describe("opposition targets", () => {
  it("reads 'opposition lawmaker X accused the government of …' as against X's own state", () => {
    const found = stances(
      `${DISPUTE} Peruvian opposition lawmaker Ana Ruiz accused the government of bowing to large exporters.`,
    );
    expect(found).toContain("ACCUSES person:ana-ruiz>country:pe");
    expect(found).not.toContain("ACCUSES person:ana-ruiz>country:cl");
  });
  it("reads an opposition party named after its state the same way, for its other stances in the sentence too", () => {
    const found = stances(
      `${DISPUTE} The opposition Peruvian Agrarian Party accused the government of “weakness” and said it had insulted farmers.`,
    );
    expect(found).toContain("ACCUSES org:peruvian-agrarian-party>country:pe");
    expect(found.filter((p) => p.includes("org:peruvian-agrarian-party>country:cl"))).toEqual([]);
  });
  it("drops a foreign target when the opposition speaker's own state is unknown", () => {
    const found = stances(
      `${DISPUTE} The leader of the opposition, Luis Vera, criticised the government for acting too slowly.`,
    );
    expect(found.filter((p) => p.includes("person:luis-vera>country:cl"))).toEqual([]);
  });
  it("leaves a minister's criticism of 'the government' of another state alone", () => {
    const found = stances(
      `${DISPUTE} Peruvian Trade Minister Ana Ruiz criticised the government in Santiago for the ban.`,
    );
    expect(found).not.toContain("CRITICIZES person:ana-ruiz>country:pe");
  });
});
