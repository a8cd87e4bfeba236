// Stances told by a light verb and a stance noun, or by a threatened act (stance-phrases.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));

describe("light verb and stance noun", () => {
  it("reads issued/levelled/made/filed/repeated + a stance noun + its target", () => {
    expect(stances("Peru issued a sharply worded condemnation of Bolivia on Monday.")).toEqual([
      "CRITICIZES country:pe>country:bo",
    ]);
    expect(stances("Chile levelled fresh accusations against Peru over the spill.")).toEqual([
      "ACCUSES country:cl>country:pe",
    ]);
    expect(stances("Ghana made veiled threats against Togo.")).toEqual(["THREATENS country:gh>country:tg"]);
    expect(stances("Ecuador filed a formal complaint against Colombia.")).toEqual([
      "CRITICIZES country:ec>country:co",
    ]);
  });
  it("gives the stance of a ministry to its state too", () => {
    expect(stances("Finland’s foreign ministry issued a condemnation of Estonia’s decision.")).toEqual([
      "CRITICIZES country:fi>country:ee",
      "CRITICIZES org:fi:ministry-of-foreign-affairs>country:ee",
    ]);
  });
  it("reads no stance at a body complained to, in a neutral noun or in a denial", () => {
    expect(stances("Ecuador filed a complaint to the World Trade Organization.")).toEqual([]);
    expect(stances("Peru made a donation to Bolivia.")).toEqual([]);
    expect(stances("Peru denied it had made threats against Bolivia.")).toEqual([]);
  });
});

describe("threatened acts", () => {
  it("reads the target of a threatened act, after a verb or a preposition", () => {
    expect(stances("Peru threatened to sue Bolivia over the canal.")).toEqual([
      "THREATENS country:pe>country:bo",
    ]);
    expect(stances("Russia is threatening to cut gas supplies to Moldova.")).toEqual([
      "THREATENS country:ru>country:md",
    ]);
    expect(stances("Chile threatened to expel Peruvian diplomats.")).toEqual([
      "THREATENS country:cl>country:pe",
    ]);
  });
  it("reads no threat from a nobody, a denial or a threatened act with no party", () => {
    expect(stances("Nobody threatened to sue Bolivia.")).toEqual([]);
    expect(stances("Peru denied it had threatened to sue Bolivia.")).toEqual([]);
    expect(stances("Peru threatened to close the border crossing.")).toEqual([]);
    // Joining a party in an act is no threat against it.
    expect(stances("Peru threatened to join Chile in the lawsuit.")).toEqual([]);
  });
});
