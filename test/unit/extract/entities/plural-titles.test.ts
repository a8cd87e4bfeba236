// A plural title before a list of names makes each listed name a person (plural-titles.ts).
import { describe, expect, it } from "vitest";
import { afterPluralTitle } from "../../../../src/extract/entities/plural-titles.ts";
import { ids } from "../helpers.ts";

const people = (body: string) => ids(body).filter((id) => id.startsWith("person:"));

describe("a lower-case portfolio plural with its states' possessives", () => {
  it("reads 'the foreign ministers of the two countries, A’s X and B’s Y'", () => {
    expect(
      people("The foreign ministers of the two countries, Chile’s Ana Torres and Peru’s Jorge Vidal, met."),
    ).toEqual(["person:ana-torres", "person:jorge-vidal"]);
  });
  it("reads 'the defence ministers of both states' and a list without the pair", () => {
    expect(
      people("The defence ministers of both states, Ghana’s Kofi Mensah and Togo’s Yao Agbeko, signed it."),
    ).toEqual(["person:kofi-mensah", "person:yao-agbeko"]);
    expect(people("Trade ministers Oskar Lind and Mette Dahl signed the deal on Monday.")).toEqual([
      "person:mette-dahl",
      "person:oskar-lind",
    ]);
  });
  it("matches the text before each listed name", () => {
    expect(afterPluralTitle("The interior ministers of the two countries, Chile’s ")).toBe(true);
    expect(
      afterPluralTitle("The interior ministers of the two countries, Chile’s Ana Torres and Peru’s "),
    ).toBe(true);
  });
  it("needs a portfolio before a lower-case plural, and a title at all", () => {
    expect(afterPluralTitle("The ministers of the two countries, Chile’s ")).toBe(false);
    expect(afterPluralTitle("The delegations of the two countries, Chile’s ")).toBe(false);
  });
});
