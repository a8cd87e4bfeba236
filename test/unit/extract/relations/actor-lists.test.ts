// Coordinated lists of states and bodies (actor-lists.ts): a possessive that owns the next item is no
// item of its own.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const cooperating = (body: string) =>
  extractBody(body)
    .relations.filter((r) => r.kind === "COOPERATES_WITH")
    .map((r) => [r.sourceId, r.targetId].sort().join(" "));

describe("actor lists", () => {
  it("does not make the owner of a body a party beside it", () => {
    const found = cooperating(
      "Sudan’s Rapid Support Forces and Chad agreed on Tuesday to reopen the Adre crossing.",
    );
    expect(found).toContain("country:td org:sd:rapid-support-forces");
    expect(found).not.toContain("country:sd country:td");
    expect(found).not.toContain("country:sd org:sd:rapid-support-forces");
  });
  it("does so for a named movement and a signed pact", () => {
    const found = cooperating("Lebanon’s Hezbollah and Syria signed a pact on border security.");
    expect(found).toEqual(["country:sy org:hezbollah"]);
  });
  it("keeps coordinated states as parties", () => {
    expect(cooperating("Chile and Peru agreed on Tuesday to run joint patrols off Arica.")).toContain(
      "country:cl country:pe",
    );
  });
});
