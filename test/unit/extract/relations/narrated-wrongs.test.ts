// An official side's account of the other side's wrongful act is an accusation (narrated-wrongs.ts).
// Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body, "June 10, 2022"));
const DISPUTE = "Peru summoned Chile’s ambassador on Monday over the border incident.";

describe("narrated wrongs", () => {
  it.each([
    "Peru’s defence ministry said Chilean troops had fired first on a Peruvian patrol.",
    "Peru’s defence ministry said the Chilean navy had entered the bay without permission.",
    "Peru’s defence ministry said two Chilean gunboats had crossed into Peruvian waters.",
    "Peru’s defence ministry said the hackers had been recruited by Chile’s intelligence service.",
    "Peru’s defence ministry said Chilean border guards had harassed Peruvian herders for weeks.",
  ])("reads the account in '%s' as an accusation of the adversary", (said) => {
    const found = stances(`${DISPUTE} ${said}`);
    expect(found).toContain("ACCUSES org:pe:ministry-of-defense>country:cl");
    expect(found).toContain("ACCUSES country:pe>country:cl");
  });

  it.each([
    "“This was not an accident. Our soldiers were shot at on our own soil,” Peruvian Defence Minister Ana Ruiz said.",
    "“This was a planned ambush,” Peruvian Defence Minister Ana Ruiz said.",
    "“We want everyone to see who the aggressor is,” Peruvian Defence Minister Ana Ruiz said.",
    "“They started the shooting,” Peruvian Defence Minister Ana Ruiz said.",
  ])("reads deliberate aggression in '%s' as an accusation though no one is named", (said) => {
    const found = stances(`${DISPUTE} ${said}`);
    expect(found).toContain("ACCUSES person:ana-ruiz>country:cl");
    expect(found).toContain("ACCUSES country:pe>country:cl");
  });

  it("needs a state agent of the adversary: its nationals acting alone are no state's act", () => {
    const found = stances(
      `${DISPUTE} Peru’s defence ministry said two Chilean trawlers had been fishing without a licence.`,
    );
    expect(found).not.toContain("ACCUSES org:pe:ministry-of-defense>country:cl");
  });

  it("reads no accusation in a plain fact, nor in the summons told again", () => {
    expect(
      stances(`${DISPUTE} Peru’s defence ministry said Chilean troops had held an exercise near the border.`),
    ).not.toContain("ACCUSES org:pe:ministry-of-defense>country:cl");
    expect(
      stances(
        `${DISPUTE} Peru’s foreign ministry said the envoy had been summoned after Chilean troops crossed into Peruvian territory.`,
      ),
    ).not.toContain("ACCUSES org:pe:ministry-of-foreign-affairs>country:cl");
  });

  it("leaves a third party's account alone", () => {
    const found = stances(
      `${DISPUTE} Rights researcher Tomas Vidal said Chilean troops had fired first on a Peruvian patrol.`,
    );
    expect(found.filter((s) => s.startsWith("ACCUSES person:tomas-vidal"))).toEqual([]);
  });
});
