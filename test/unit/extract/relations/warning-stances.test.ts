// A warned clause of the speaker's own next step is a threat (warning-stances.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

describe("condemned … and warned that it would …", () => {
  it("reads the warned clause as a threat and keeps the condemnation as criticism", () => {
    const x = extractBody(
      "Armenia began military drills near the border on Monday. Azerbaijan condemned the drills as “a provocation” and warned that it would not allow “any change to the status quo” in the region.",
    );
    expect(rels(x, "THREATENS")).toContain("country:az>country:am");
    expect(rels(x, "CRITICIZES")).toContain("country:az>country:am");
  });
  it("reads a warned clause whose subject names the speaker's own capital", () => {
    const x = extractBody(
      "Armenia began military drills near the border on Monday. Azerbaijan’s foreign ministry condemned the drills as “a provocation” and warned that Baku would take “all necessary measures” in response.",
    );
    expect(rels(x, "THREATENS")).toContain("country:az>country:am");
    expect(rels(x, "CRITICIZES")).toContain("country:az>country:am");
  });
  it("reads no threat when the warned clause is not the speaker's own step", () => {
    const x = extractBody(
      "Armenia began military drills near the border on Monday. Azerbaijan condemned the drills as “a provocation” and warned that the region would pay for the tension.",
    );
    expect(rels(x, "THREATENS")).toEqual([]);
  });
});
