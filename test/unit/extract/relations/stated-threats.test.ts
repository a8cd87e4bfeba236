// Threats told in set phrases (stated-threats.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));
const DISPUTE = "Peru accused Chile on Monday of sending warships into its waters.";

describe("stated threats", () => {
  it.each([
    "“Any further provocation will receive a firm response,” Peruvian Defence Minister Ana Ruiz said.",
    "“Any new incursion will be met with a decisive response,” Peruvian Defence Minister Ana Ruiz said.",
    "“Our restraint should not be mistaken for weakness,” Peruvian Defence Minister Ana Ruiz said.",
    "“Peru will not sit idle,” Peruvian Defence Minister Ana Ruiz said.",
  ])("reads '%s' as a threat to the adversary", (said) => {
    const found = stances(`${DISPUTE} ${said}`);
    expect(found).toContain("THREATENS person:ana-ruiz>country:cl");
    expect(found).toContain("THREATENS country:pe>country:cl");
    expect(found).not.toContain("CRITICIZES person:ana-ruiz>country:cl");
  });
  it("gives no threat without a side faced", () => {
    expect(
      stances(
        "“Any further provocation will receive a firm response,” Peruvian Defence Minister Ana Ruiz said.",
      ),
    ).toEqual([]);
  });
  it("reads no threat in a mild answer", () => {
    expect(
      stances(`${DISPUTE} “Every letter will receive a response,” Peruvian Defence Minister Ana Ruiz said.`),
    ).not.toContain("THREATENS person:ana-ruiz>country:cl");
  });
});
