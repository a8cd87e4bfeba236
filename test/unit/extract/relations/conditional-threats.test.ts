// Threats stated without "warned" or "threatened" (conditional-threats.ts, implicit-stances.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const threats = (x: X) => relationPairs(x, "THREATENS");

const DISPUTE = "Chile accused Peru on Monday of dumping copper below cost. ";

describe("announced retaliation", () => {
  it("threatens the side's adversary when it is still to come", () => {
    const x = extractBody(`${DISPUTE}Chile said it was preparing retaliatory tariffs on Peruvian fish.`);
    expect(threats(x)).toContain("country:cl>country:pe");
  });
  it("is no threat when it was already taken", () => {
    const x = extractBody(`${DISPUTE}Chile said it had expelled a Peruvian diplomat as a countermeasure.`);
    expect(threats(x)).toEqual([]);
  });
  it("is no threat when denied", () => {
    const x = extractBody(`${DISPUTE}Chile said it would not retaliate.`);
    expect(threats(x)).toEqual([]);
  });
});

describe("a conditional hostile step", () => {
  it("reads 'would expel the envoy if …' as a threat", () => {
    const x = extractBody(
      `${DISPUTE}Chile said it would expel Peru’s ambassador if the dumping did not stop.`,
    );
    expect(threats(x)).toContain("country:cl>country:pe");
  });
  it("does not read a conditional offer as a threat", () => {
    const x = extractBody(`${DISPUTE}Chile said it would hold talks with Peru if invited.`);
    expect(threats(x)).toEqual([]);
  });
});

describe("a reaction promised on a condition", () => {
  it("reads 'If X wants …, it will find that we know how to answer' as a threat", () => {
    const x = extractBody(
      `${DISPUTE}“If Lima wants a fight, it will find that Chile knows how to answer,” Chilean Trade Minister Ana Ruiz said.`,
    );
    expect(threats(x)).toContain("country:cl>country:pe");
  });
});

describe("a warning to a named addressee", () => {
  it("reads 'warned Peru that it would pay a heavy price' as a threat to Peru", () => {
    const x = extractBody(
      "Chile’s president, Ana Ruiz, warned Peru that it would “pay a heavy price” for any attack.",
    );
    expect(threats(x)).toEqual(["country:cl>country:pe", "person:ana-ruiz>country:pe"]);
  });
  it("reads a warning about the weather as no threat", () => {
    const x = extractBody("Chile warned Peru that the storm season would be severe.");
    expect(threats(x)).toEqual([]);
  });
});

describe("a reaction announced with 'said'", () => {
  it("reads 'said Lima would respond' from a side in a dispute as a threat", () => {
    const x = extractBody(`${DISPUTE}Chile said Santiago would respond “firmly”.`);
    expect(threats(x)).toContain("country:cl>country:pe");
  });
  it("does not read 'would respond to the letter' as a threat", () => {
    const x = extractBody(`${DISPUTE}Chile said it would respond to the letter by Friday.`);
    expect(threats(x)).toEqual([]);
  });
});

describe("widened reactions and conditional steps", () => {
  it("reads 'would answer' as the own side's reaction", () => {
    const x = extractBody(
      "Peru accused Chile of stealing its water. Peruvian Foreign Minister Tomas Vidal warned that Peru would answer any further diversion of the river.",
    );
    expect(threats(x)).toContain("country:pe>country:cl");
  });
  it("reads 'would reply in kind' from a ministry", () => {
    const x = extractBody(
      "Chile expelled a Peruvian diplomat on Monday. Peru’s foreign ministry said Lima would reply “in kind.”",
    );
    expect(threats(x)).toContain("org:pe:ministry-of-foreign-affairs>country:cl");
  });
  it("threatens the party a conditional step names ('could double the fees for ships flagged in Chile if …')", () => {
    const x = extractBody(
      "Peruvian Trade Minister Tomas Vidal said Peru could double the port fees for ships flagged in Chile if the ban was not lifted.",
    );
    expect(threats(x)).toContain("country:pe>country:cl");
  });
  it("reads 'would suspend … unless' against the party named", () => {
    const x = extractBody(
      "Chile’s foreign ministry said it would suspend gas deliveries to Bolivia unless the blockade ended by Friday.",
    );
    expect(threats(x)).toContain("country:cl>country:bo");
  });
  it("warns the party whose provocation a reaction answers ('any attack by Chile')", () => {
    const x = extractBody(
      "Peruvian Interior Minister Tomas Vidal warned that the movement would strike back at any attack by Chile.",
    );
    expect(threats(x)).toContain("person:tomas-vidal>country:cl");
  });
  it("is no threat when the condition names nobody and no adversary is known", () => {
    const x = extractBody(
      "Peruvian Trade Minister Tomas Vidal said Peru could close the port if the storm worsened.",
    );
    expect(threats(x)).toEqual([]);
  });
  it("is no threat when the step is denied", () => {
    const x = extractBody(
      "Peruvian Trade Minister Tomas Vidal said Peru would not cut fees for Chile if prices rose.",
    );
    expect(threats(x)).toEqual([]);
  });
});
