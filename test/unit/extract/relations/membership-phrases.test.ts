// MEMBER_OF from membership phrases away from "a member of" (membership-phrases.ts).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const members = (x: X) =>
  x.relations
    .filter((r) => r.kind === "MEMBER_OF")
    .map((r) => `${r.sourceId}>${r.targetId}`)
    .sort();

describe("a group said to be members", () => {
  it("reads 'Both countries are members of Z' with the story's first pair", () => {
    const x = extractBody(
      "Norway and Denmark signed a fisheries accord on Monday. Both countries are members of NATO, which welcomed it.",
    );
    expect(members(x)).toEqual(["country:dk>org:nato", "country:no>org:nato"]);
  });
  it("needs a pair of that size before it", () => {
    const x = extractBody("Norway signed an accord on Monday. Both countries are members of NATO.");
    expect(members(x)).toEqual([]);
  });
});

describe("partners in a bloc", () => {
  it("reads 'A and B, C’s partners in the Z bloc' as three members", () => {
    const x = extractBody(
      "Paraguay and Bolivia, Peru’s partners in the Mercosur trade bloc, backed the request on Friday.",
    );
    expect(members(x)).toEqual([
      "country:bo>org:mercosur",
      "country:pe>org:mercosur",
      "country:py>org:mercosur",
    ]);
  });
  it("reads 'A, a fellow member of Z'", () => {
    const x = extractBody("Ghana, a fellow member of ECOWAS, offered to mediate.");
    expect(members(x)).toEqual(["country:gh>org:ecowas"]);
  });
  it("ignores partners in something that is no bloc", () => {
    const x = extractBody(
      "Paraguay and Bolivia, Peru’s partners in the talks, backed the request on Friday.",
    );
    expect(members(x)).toEqual([]);
  });
});

describe("becoming a member", () => {
  it("reads 'A, which became Z’s tenth member'", () => {
    const x = extractBody("Fiji, which became ASEAN’s tenth member in May, sent its foreign minister.");
    expect(members(x)).toEqual(["country:fj>org:asean"]);
  });
  it("reads 'A became a full member of Z'", () => {
    const x = extractBody("Ukraine became a full member of the European Union in 2031, officials said.");
    expect(members(x)).toEqual(["country:ua>org:eu"]);
  });
  it("does not read 'became the chair of Z' as membership", () => {
    const x = extractBody("Laos became the chair of ASEAN this year.");
    expect(members(x)).toEqual([]);
  });
});
