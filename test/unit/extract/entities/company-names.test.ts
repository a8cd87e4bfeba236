// Tests of src/extract/entities/company-names.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { ids } from "../helpers.ts";

describe("a company introduced by its kind", () => {
  it("reads 'the Murmansk company Polar Catch' as an organisation, not a person", () => {
    expect(ids("The owner, the Murmansk company Polar Catch, said the crew was safe.")).toEqual([
      "org:polar-catch",
    ]);
  });

  it("leaves a capitalised post after the noun to the person reading (negative case)", () => {
    expect(ids("Speaking for the company Chairman Ivan Sokolov said the crew was safe.")).toEqual([
      "person:ivan-sokolov",
    ]);
  });
});
