// Stances told as nouns after a possessive (relation-nouns.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const stances = (x: X) => stancePairs(x);

describe("stance nouns", () => {
  it("reads 'A’s condemnation of B’s decision' as criticism of B", () => {
    expect(stances(extractBody("Beijing’s condemnation of Tokyo’s decision came within hours."))).toEqual([
      "CRITICIZES country:cn>country:jp",
    ]);
  });
  it("reads accusations and threats by their noun", () => {
    const x = extractBody(
      "Moscow’s accusations against Kyiv grew sharper. Russia’s threats against Lithuania continued.",
    );
    expect(stances(x)).toEqual(["ACCUSES country:ru>country:ua", "THREATENS country:ru>country:lt"]);
  });
  it("reads nothing when no party follows the preposition", () => {
    expect(stances(extractBody("Moscow’s condemnation of the move was swift."))).toEqual([]);
  });
  it("reads modifiers before the noun and the wider noun family", () => {
    expect(stances(extractBody("Peru’s sharply worded censure of Bolivia drew applause."))).toEqual([
      "CRITICIZES country:pe>country:bo",
    ]);
    expect(stances(extractBody("Peru’s fresh broadside against Bolivia drew applause."))).toEqual([
      "CRITICIZES country:pe>country:bo",
    ]);
  });
  it("reads the author after 'by' in either order", () => {
    expect(stances(extractBody("An accusation by Peru against Bolivia was filed on Monday."))).toEqual([
      "ACCUSES country:pe>country:bo",
    ]);
    expect(stances(extractBody("The denunciation of Bolivia by Peru was unusually sharp."))).toEqual([
      "CRITICIZES country:pe>country:bo",
    ]);
  });
  it("reads no target in a complaint to a forum or an act against a victim", () => {
    expect(
      stances(extractBody("Peru’s complaint to the World Trade Organization was filed on Monday.")),
    ).toEqual([]);
    expect(stances(extractBody("Peru’s criticism of the flooding in Bolivia was muted."))).toEqual([]);
  });
  it("reads criticism, accusations and threats received from an author", () => {
    expect(stances(extractBody("Bolivia drew sharp criticism from Peru over the canal."))).toEqual([
      "CRITICIZES country:pe>country:bo",
    ]);
    expect(stances(extractBody("Bolivia came under fire from Peru over the canal."))).toEqual([
      "CRITICIZES country:pe>country:bo",
    ]);
    expect(stances(extractBody("Bolivia has faced repeated threats from Peru."))).toEqual([
      "THREATENS country:pe>country:bo",
    ]);
  });
  it("reads a reaction an act of a party drew from an author as criticism of that party", () => {
    expect(
      stances(extractBody("Peru’s plan for a new dam drew a sharp rebuke from Bolivia on Monday.")),
    ).toEqual(["CRITICIZES country:bo>country:pe"]);
    expect(stances(extractBody("The Chilean decision prompted a formal protest from Argentina."))).toEqual([
      "CRITICIZES country:ar>country:cl",
    ]);
    expect(stances(extractBody("Chile’s new tariff has triggered outrage from Argentina."))).toEqual([
      "CRITICIZES country:ar>country:cl",
    ]);
    expect(
      stances(extractBody("Ghana shut its border crossings on Friday, sparking condemnation from Togo.")),
    ).toEqual(["CRITICIZES country:tg>country:gh"]);
    expect(stances(extractBody("The Ghanaian move earned accusations from Togo of bad faith."))).toEqual([
      "ACCUSES country:tg>country:gh",
    ]);
  });
  it("reads no received reaction when another clause or party hides the act's owner", () => {
    expect(stances(extractBody("Peru’s plan, which Chile backed, drew a rebuke from Bolivia."))).toEqual([]);
    expect(stances(extractBody("Peru’s plan to sell power to Chile drew a rebuke from Bolivia."))).toEqual(
      [],
    );
    expect(stances(extractBody("The Chilean decision drew praise from Argentina."))).toEqual([]);
    expect(stances(extractBody("Chile’s new tariff drew outrage from farmers in Argentina."))).toEqual([]);
  });
  it("reads no stance from pressure or from support received", () => {
    expect(stances(extractBody("Bolivia came under pressure from Peru over the canal."))).toEqual([]);
    expect(stances(extractBody("Bolivia drew strong support from Peru over the canal."))).toEqual([]);
  });
  it("reads 'X’s accusation that Y had …' as X accusing Y", () => {
    expect(
      stances(extractBody("Peru’s accusation that Bolivia had diverted the river angered Chile.")),
    ).toEqual(["ACCUSES country:pe>country:bo"]);
    expect(stances(extractBody("Peru’s hope that Bolivia would sign grew."))).toEqual([]);
  });
});
