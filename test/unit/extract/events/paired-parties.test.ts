// Tests of src/extract/events/paired-parties.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const parties = (body: string) =>
  extractBody(body, "June 10, 2022").events.map((e) => [
    e.type,
    e.cameo,
    e.participants.map((p) => p.actorId).sort(),
  ]);

describe("parties written as a hyphenated pair before the act's noun", () => {
  it.each([
    [
      "Greek-Turkish exploratory talks will resume in Athens next month.",
      "036",
      ["country:gr", "country:tr"],
    ],
    ["The Chile–Peru border talks were held in Lima on Monday.", "040", ["country:cl", "country:pe"]],
    [
      "Serbian-Montenegrin talks on transit fees will resume next month.",
      "036",
      ["country:me", "country:rs"],
    ],
  ])("reads both sides of %j", (body, code, ids) => {
    expect(parties(body)).toEqual([["meeting", code, ids]]);
  });

  it("needs the pair to join with no space: two actors apart are no pair", () => {
    expect(parties("Chile said on Monday that Peru talks would be difficult.")).toEqual([]);
  });

  it("reads no pair from a single hyphenated modifier", () => {
    expect(parties("The Russian-made drones were shown at a Peru-backed meeting in Lima on Monday.")).toEqual(
      [],
    );
  });
});
