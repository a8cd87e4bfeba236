// Tests of src/extract/events/held-captives.ts, on made-up text (published Friday 2022-06-10, so
// "on Monday" is 2022-06-06).
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

const of = (type: string, body: string) => kinds(body).filter((k) => k.startsWith(type));

describe("people held beside the verb are detained", () => {
  it.each([
    "Peruvian marines held three Chilean fishermen on Monday, Chile said.",
    "Peruvian marines are holding the Chilean crew, Chile said on Monday.",
    "Three Chilean sailors were being held by the Peruvian navy, Chile said on Monday.",
    "The Chilean skippers, who strayed into Peruvian waters, have been held by Peru since Monday.",
  ])("reads %j as an arrest", (body) => {
    expect(of("arrest 173", body)).toHaveLength(1);
  });

  it("dates the holding by its own clause", () => {
    expect(of("arrest 173", "Peruvian marines held three Chilean fishermen on Monday.")).toEqual([
      "arrest 173 2022-06-06",
    ]);
  });

  it.each([
    "Chilean fishermen held a protest in Arica on Monday.",
    "The fishermen were held responsible for the damage, the court said on Monday.",
    "Talks were held in Lima on Monday with border guards from both sides.",
    "Peru held a ceremony for its fallen soldiers on Monday.",
  ])("finds no arrest in %j", (body) => {
    expect(of("arrest", body)).toEqual([]);
  });
});

describe("people handed or returned to a state are released", () => {
  it.each([
    "Peru handed the two Chilean soldiers back on Monday.",
    "Peru returned the three fishermen to Chile on Monday.",
    "Peruvian police handed 12 Chilean nationals back at the border on Monday.",
    "On Monday Peru returned both pilots to Chile.",
  ])("reads %j as a release", (body) => {
    expect(of("release 084", body)).toHaveLength(1);
  });

  it.each([
    "The soldiers returned to their base on Monday.",
    "Peru returned its soldiers to the barracks on Monday.",
  ])("finds no release in %j", (body) => {
    expect(of("release", body)).toEqual([]);
  });
});

describe("'them' handed back (round 15)", () => {
  it("reads 'handed them back' after a detention as a release dated by 'the next day'", () => {
    expect(
      of(
        "release 084",
        "Peruvian marines detained three Chilean fishermen on June 2 and handed them back at the Tacna crossing the next day.",
      ),
    ).toEqual(["release 084 2022-06-03"]);
  });

  it("reads no release from things handed back to them", () => {
    expect(of("release", "Peru handed them back their passports on Monday.")).toEqual([]);
  });
});
