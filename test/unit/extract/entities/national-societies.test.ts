// National Red Cross and Red Crescent societies are their own organisations (national-societies.ts).
import { describe, expect, it } from "vitest";
import { ids } from "../helpers.ts";

const lead = "ACCRA, May 2 (GNA) — Ghana closed a crossing with Togo after floods.\n\n";
const orgs = (body: string) => ids(lead + body).filter((id) => id.startsWith("org:"));

describe("national Red Cross and Red Crescent societies", () => {
  it("names a society after a demonym, with or without 'Society'", () => {
    expect(orgs("The aid was handed to the Togolese Red Cross Society, the ministry said.")).toEqual([
      "org:togolese-red-cross-society",
    ]);
    expect(orgs("Volunteers from the Nigerien Red Crescent handed out blankets.")).toEqual([
      "org:nigerien-red-crescent",
    ]);
  });
  it("names a society after a country name and after 'Arab'", () => {
    expect(orgs("The Ghana Red Cross said 40 people were hurt.")).toEqual(["org:ghana-red-cross"]);
    expect(orgs("Trucks of the Syrian Arab Red Crescent reached the town on Monday.")).toEqual([
      "org:syrian-arab-red-crescent",
    ]);
  });
  it("leaves a bare 'Red Cross' and the international committee to the ICRC", () => {
    expect(orgs("The Red Cross said it had reached the town.")).toEqual(["org:icrc"]);
    expect(orgs("The International Committee of the Red Cross visited the camp.")).toEqual(["org:icrc"]);
  });
  it("does not read a possessive country as the society's name", () => {
    expect(
      orgs("Togo’s Red Cross volunteers were turned back.").filter((id) => id.includes("red-cross")),
    ).toEqual([]);
  });
});
