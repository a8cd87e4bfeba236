// A rejection in evaluating words whose accuser is named nowhere criticises the state the rejecting
// side faces (unanswered-rejections.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));
const LEAD = "LIMA, March 5 (Andina) — Peru expelled two Chilean diplomats on Monday.";

describe("unanswered rejections", () => {
  it("reads 'dismissed the allegations as unfounded' as criticism of the side faced", () => {
    const found = stances(`${LEAD} The Chilean embassy dismissed the allegations as unfounded.`);
    expect(found).toContain("CRITICIZES org:cl:embassy>country:pe");
    expect(found).toContain("CRITICIZES country:cl>country:pe");
  });
  it("reads 'rejected the accusation, calling it …' the same way", () => {
    const found = stances(
      `${LEAD} The Chilean embassy rejected the accusation, calling it “a malicious invention.”`,
    );
    expect(found).toContain("CRITICIZES country:cl>country:pe");
  });
  it("gives nothing for a bare denial or a plain account", () => {
    expect(stances(`${LEAD} The Chilean embassy denied the allegations.`)).toEqual([]);
    expect(stances(`${LEAD} The Chilean embassy said the diplomats had done nothing wrong.`)).toEqual([]);
  });
  it("leaves a rejected criticism to answered-critics.ts", () => {
    expect(stances(`${LEAD} The Chilean embassy dismissed the criticism as “one-sided.”`)).toEqual([]);
  });
  it("gives nothing when the article shows no side the speaker faces", () => {
    expect(stances("The Chilean embassy dismissed the allegations as unfounded.")).toEqual([]);
  });
});
