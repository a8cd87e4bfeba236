// Stances told once for two sides, or taken by a joiner (reciprocal-stances.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));

describe("reciprocal stances", () => {
  it("reads 'accused/are blaming each other' both ways", () => {
    const both = ["ACCUSES country:cl>country:pe", "ACCUSES country:pe>country:cl"];
    expect(stances("Peru and Chile accused each other of violating the truce.")).toEqual(both);
    expect(stances("Peru and Chile are blaming one another for the clashes.")).toEqual(both);
  });
  it("reads traded/exchanged accusations, barbs and threats both ways", () => {
    expect(stances("Peru and Chile traded accusations over the shelling.")).toEqual([
      "ACCUSES country:cl>country:pe",
      "ACCUSES country:pe>country:cl",
    ]);
    expect(stances("Peru and Chile have traded sharp barbs for weeks.")).toEqual([
      "CRITICIZES country:cl>country:pe",
      "CRITICIZES country:pe>country:cl",
    ]);
    expect(stances("Peru and Chile exchanged threats after the attack.")).toEqual([
      "THREATENS country:cl>country:pe",
      "THREATENS country:pe>country:cl",
    ]);
  });
  it("gives the joiner the stance of the joined party", () => {
    expect(stances("Chile joined Peru in condemning Bolivia’s canal.")).toEqual([
      "CRITICIZES country:cl>country:bo",
      "CRITICIZES country:pe>country:bo",
    ]);
  });
  it("reads nothing from exchanged prisoners, praise, a denial or joined talks", () => {
    expect(stances("Peru and Chile exchanged prisoners after the talks.")).toEqual([]);
    expect(stances("Peru and Chile praised each other.")).toEqual([]);
    expect(stances("Peru and Chile denied they had traded accusations.")).toEqual([]);
    expect(stances("Chile joined Peru in talks with Bolivia.")).toEqual([]);
  });
});
