// Claiming the means to strike whom one criticises is a threat (capability-threats.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));

describe("capability threats", () => {
  it("reads 'we have the means to stop them' after naming the offender as a threat", () => {
    const found = stances(
      "Chile summoned Argentina’s ambassador on Monday over two incursions by Argentine helicopters. Chile’s defence minister, Paula Soto, was blunt. “We will not tolerate incursions by Argentina, and we have the means to stop them,” she said.",
    );
    expect(found).toContain("THREATENS person:paula-soto>country:ar");
  });
  it("reads the capacity to respond the same way", () => {
    const found = stances(
      "Chile summoned Argentina’s ambassador on Monday over two incursions by Argentine helicopters. Chile’s defence minister, Paula Soto, said: “Argentina’s violations of our waters will not be tolerated, and we have the capacity to respond.”",
    );
    expect(found).toContain("THREATENS person:paula-soto>country:ar");
  });
  it("keeps plain criticism that claims no means of force", () => {
    const found = stances(
      "Chile summoned Argentina’s ambassador on Monday over two incursions by Argentine helicopters. Chile’s defence minister, Paula Soto, was blunt. “Argentina’s incursions are a violation of our sovereignty, and we have the evidence to prove them,” she said.",
    );
    expect(found).not.toContain("THREATENS person:paula-soto>country:ar");
  });
  // test/corpus/README.md: "will not tolerate" aimed at a named side's conduct is a threat by itself
  // (veiled-threats.ts), with or without the means claimed.
  it("reads 'will not tolerate incursions by' a named side as a threat without any means claimed", () => {
    const found = stances(
      "Chile summoned Argentina’s ambassador on Monday over two incursions by Argentine helicopters. Chile’s defence minister, Paula Soto, was blunt. “We will not tolerate incursions by Argentina, and we have the evidence to prove them,” she said.",
    );
    expect(found).toContain("THREATENS person:paula-soto>country:ar");
  });
});
