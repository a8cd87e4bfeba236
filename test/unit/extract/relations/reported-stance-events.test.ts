// A doerless protest reported by a body of the acting side (reported-stance-events.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const criticises = (body: string) => relationPairs(extractBody(body), "CRITICIZES");

describe("reported stance events", () => {
  it("reads 'A protest note was handed to X's envoy, Y's foreign ministry said' as Y's criticism of X", () => {
    const found = criticises(
      "A protest note was handed to Chile’s chargé d’affaires in Lima on Sunday, Peru’s foreign ministry said.",
    );
    expect(found).toContain("org:pe:ministry-of-foreign-affairs>country:cl");
    expect(found).toContain("country:pe>country:cl");
  });
  it("gives nothing to a news outlet that reports the note", () => {
    const found = criticises(
      "A protest note was handed to Chile’s chargé d’affaires in Lima on Sunday, the Andina news agency reported.",
    );
    expect(found.filter((p) => p.startsWith("org:andina"))).toEqual([]);
  });
});
