// Accusations carried by an alleging frame or the speaker's own blame (alleging-statements.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

const accuses = (body: string) => rels(extractBody(body), "ACCUSES");

describe("alleging statements", () => {
  it("reads 'alleged that X had …' as an accusation of X", () => {
    expect(accuses("Peru alleged that Chile had funded the rebels.")).toContain("country:pe>country:cl");
  });
  it("reads 'charged that <demonym> agents …' as an accusation of their state", () => {
    expect(accuses("Peru charged that Chilean agents had planted the bomb.")).toContain(
      "country:pe>country:cl",
    );
  });
  it("reads 'said it held X responsible' as the speaker's blame", () => {
    expect(accuses("Peru said it held Chile responsible for the attack.")).toContain("country:pe>country:cl");
  });
  it("gives nothing when the allegation names no party or 'held' is a meeting", () => {
    expect(accuses("Peru alleged that the rebels had been trained abroad.")).toEqual([]);
    expect(accuses("Peru said it held talks with Chile on Monday.")).toEqual([]);
  });
});
