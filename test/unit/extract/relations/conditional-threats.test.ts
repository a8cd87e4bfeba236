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
