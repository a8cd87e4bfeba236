// Round 7 entity families: UN bodies under all three spellings of "UN" and their descriptive wire
// names, and ministries without a knowledge key named "ministry of <portfolio>" or "<Portfolio>
// Ministry" after their country.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const ids = (body: string) =>
  extractBody(body)
    .actors.map((a) => a.id)
    .sort();

describe("UN bodies", () => {
  it.each([
    ["The United Nations refugee agency said 300 people had crossed.", "org:unhcr"],
    ["The U.N. migration agency said 300 people had crossed.", "org:iom"],
    ["The UN nuclear watchdog said its inspectors had left.", "org:iaea"],
    ["The United Nations children's agency said schools had closed.", "org:unicef"],
    ["The World Court will rule in May.", "org:icj"],
  ])("reads %s", (body, id) => {
    expect(ids(body)).toEqual([id]);
  });

  it("does not make every 'United Nations' phrase a body ('United Nations peacekeepers')", () => {
    expect(ids("United Nations peacekeepers left the town.")).toEqual(["org:un"]);
  });
});

describe("ministries without a key", () => {
  it.each([
    ["Norway’s ministry of fisheries said the quota would fall.", "org:no:ministry-of-fisheries"],
    ["The Chilean ministry of energy and mines said output rose.", "org:cl:ministry-of-energy-and-mines"],
    ["The Chilean Mining Ministry said output rose.", "org:cl:ministry-of-mining"],
  ])("reads %s", (body, id) => {
    expect(ids(body)).toContain(id);
  });

  it("leaves a keyed ministry to its kind ('ministry of foreign affairs', 'Foreign Ministry')", () => {
    expect(ids("Norway’s ministry of foreign affairs said talks would resume.")).toEqual([
      "country:no",
      "org:no:ministry-of-foreign-affairs",
    ]);
    expect(ids("The Chilean Foreign Ministry said talks would resume.")).toEqual([
      "country:cl",
      "org:cl:ministry-of-foreign-affairs",
    ]);
  });

  it("needs its country right before ('a ministry of fisheries', 'the ministry of the sea')", () => {
    expect(ids("Officials at a ministry of fisheries in the north said the quota would fall.")).toEqual([]);
  });
});
