// Tests of src/extract/events/place-objects.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const types = (body: string) => extractBody(body, "June 6, 2024").events.map((e) => e.type);

describe("a place name as the object of a taking or an attack", () => {
  it.each([
    ["The rebels overran Kidal on Sunday, residents said.", "territory-capture"],
    ["The insurgents seized Port Harcourt in 2019.", "territory-capture"],
    ["Chile annexed the Zembla Islands from Peru in 1998.", "territory-capture"],
    ["Chilean forces attacked Tacna and Arica with drones on Monday.", "military-attack"],
    ["Bolivia attacked Paraguay in March 2021, the report said.", "military-attack"],
    // a passive with the place as its subject, an aside between
    [
      "The Zembla Islands, a chain of rocks claimed by Peru, were occupied by Chile in 1998.",
      "territory-capture",
    ],
  ])("reads %j", (body, type) => {
    expect(types(body)).toContain(type);
  });

  it.each([
    // a demonym modifying a noun is no place name
    "The rebels seized Bolivian passports on Sunday.",
    // a criticised capital is no place attacked
    "The minister attacked Washington for its trade policy on Monday.",
    "The minister attacked Moscow over the sanctions on Monday.",
    // a day or a month is no place
    "The rebels seized Monday as the start of their offensive.",
  ])("reads no taking or attack in %j", (body) => {
    expect(types(body).filter((t) => t === "territory-capture" || t === "military-attack")).toEqual([]);
  });
});

describe("a name inside another noun phrase", () => {
  it("is no passive subject of its own ('a post outside Tacna was attacked')", () => {
    const body = "Two guards were wounded on Monday when a post outside Tacna was attacked, Peru said.";
    expect(types(body).filter((t) => t === "military-attack").length).toBeLessThanOrEqual(1);
    expect(types("Tacna was attacked by Chilean troops on Monday, Peru said.")).toContain("military-attack");
  });
});
