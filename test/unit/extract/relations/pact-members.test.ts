// Alliances from a jointly signed defence pact; memberships from "the bloc that A formed with B" (pact-members.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

describe("a defence pact signed by a list of states", () => {
  it("allies every signer with every other", () => {
    const x = extractBody(
      "Chile, Peru and Bolivia signed a security pact in Lima on Monday, pledging to come to each other’s aid if attacked.",
    );
    expect(rels(x, "ALLIED_WITH").sort()).toEqual([
      "country:cl>country:bo",
      "country:cl>country:pe",
      "country:pe>country:bo",
    ]);
  });
  it("reads 'mutual defence' in the pact's name", () => {
    const x = extractBody("Chile and Peru signed a mutual defence treaty on Monday.");
    expect(rels(x, "ALLIED_WITH")).toEqual(["country:cl>country:pe"]);
  });
  it("gives no alliance for a pact without mutual defence", () => {
    const x = extractBody("Chile, Peru and Bolivia signed a fisheries agreement in Lima on Monday.");
    expect(rels(x, "ALLIED_WITH")).toEqual([]);
  });
});

describe("a body that states formed together", () => {
  it("makes each founder a member ('the alliance that A formed with B and C')", () => {
    const x = extractBody(
      "The Andean Security Alliance (ASA), the alliance that Chile formed with Peru and Bolivia last year, met in Quito.",
    );
    expect(rels(x, "MEMBER_OF").sort()).toEqual([
      "country:bo>org:andean-security-alliance",
      "country:cl>org:andean-security-alliance",
      "country:pe>org:andean-security-alliance",
    ]);
  });
  it("ignores a body that states merely joined or left", () => {
    const x = extractBody(
      "The Andean Security Alliance (ASA), the alliance that Chile left with Peru last year, met in Quito.",
    );
    expect(rels(x, "MEMBER_OF")).toEqual([]);
  });
});
