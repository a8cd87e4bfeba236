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
  it("reads a summons by the reporter's own state as the reporting body's criticism too", () => {
    const found = criticises(
      "Peru summoned Chile’s ambassador on Monday over the arrests of six fishermen, Peru’s foreign ministry said.",
    );
    expect(found).toContain("org:pe:ministry-of-foreign-affairs>country:cl");
    expect(found).toContain("country:pe>country:cl");
  });
  it("gives nothing to a body of another state that reports the summons", () => {
    const found = criticises(
      "Peru summoned Chile’s ambassador on Monday over the arrests of six fishermen, Bolivia’s foreign ministry said.",
    );
    expect(found).not.toContain("org:bo:ministry-of-foreign-affairs>country:cl");
    expect(found).not.toContain("country:bo>country:cl");
  });
  it("credits the ministry a spokeswoman names as the doer, not the spokeswoman", () => {
    const found = criticises(
      "Peru’s foreign ministry spokeswoman Ana Torres said the ministry had summoned Chile’s ambassador, Jorge Soto, on Monday.",
    );
    expect(found).toContain("org:pe:ministry-of-foreign-affairs>country:cl");
    expect(found).toContain("country:pe>country:cl");
    expect(found).not.toContain("person:ana-torres>country:cl");
  });
});
