// Tests of src/extract/entities/ministry-names.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { actorIds, aliases, ids } from "../helpers.ts";

describe("ministries without a knowledge key, capitalised", () => {
  it("binds 'Japan's Ministry of Economy, Trade and Industry (METI)' to Japan, with its acronym", () => {
    const body =
      "Japan's Ministry of Economy, Trade and Industry (METI) said exports fell. METI will report.";
    expect(aliases(body, "org:jp:ministry-of-economy-trade-and-industry")).toContain("METI");
  });

  it("binds '… of <Country>' after the portfolio, and a bare one to the home country", () => {
    expect(ids("The Ministry of Health of Chile said cases fell.")).toContain("org:cl:ministry-of-health");
    const body =
      "LIMA, May 3 (Andina) — Peru reported more cases.\n\nThe Ministry of Energy and Mines said output rose.";
    expect(ids(body)).toContain("org:pe:ministry-of-energy-and-mines");
  });

  it("lets a keyed ministry keep its key, and continues it over 'and <Name>' but not over a title", () => {
    expect(ids("Ghana’s Ministry of Foreign Affairs and Regional Integration said so.")).toEqual([
      "country:gh",
      "org:gh:ministry-of-foreign-affairs",
    ]);
    const found = ids("Peru's Ministry of Defence and Foreign Minister Ana Ruiz said so.");
    expect(found).toContain("org:pe:ministry-of-defense");
    expect(found).toContain("person:ana-ruiz");
  });
});

describe("ministries without a key", () => {
  it.each([
    ["Norway’s ministry of fisheries said the quota would fall.", "org:no:ministry-of-fisheries"],
    ["The Chilean ministry of energy and mines said output rose.", "org:cl:ministry-of-energy-and-mines"],
    ["The Chilean Mining Ministry said output rose.", "org:cl:ministry-of-mining"],
  ])("reads %s", (body, id) => {
    expect(actorIds(body)).toContain(id);
  });

  it("leaves a keyed ministry to its kind ('ministry of foreign affairs', 'Foreign Ministry')", () => {
    expect(actorIds("Norway’s ministry of foreign affairs said talks would resume.")).toEqual([
      "country:no",
      "org:no:ministry-of-foreign-affairs",
    ]);
    expect(actorIds("The Chilean Foreign Ministry said talks would resume.")).toEqual([
      "country:cl",
      "org:cl:ministry-of-foreign-affairs",
    ]);
  });

  it("needs its country right before ('a ministry of fisheries', 'the ministry of the sea')", () => {
    expect(actorIds("Officials at a ministry of fisheries in the north said the quota would fall.")).toEqual(
      [],
    );
  });
});
