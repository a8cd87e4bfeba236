// A stance verb coordinated with the subject's earlier predicate (shared-subjects.ts), read even
// when the whole sentence is a body's statement.
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));

describe("shared subjects", () => {
  it("gives 'X summoned … and accused Y of …' to X inside a ministry's statement", () => {
    const found = stances(
      "Peru summoned Chile’s ambassador on Monday and accused Chile of spying on its navy, the foreign ministry said.",
    );
    expect(found).toContain("ACCUSES country:pe>country:cl");
    expect(found).toContain("ACCUSES org:pe:ministry-of-foreign-affairs>country:cl");
  });
  it("reads a coordinated threat the same way", () => {
    const found = stances(
      "Ghana closed the Aflao crossing on Friday and threatened Togo with sanctions over the smuggling, the interior ministry said.",
    );
    expect(found).toContain("THREATENS country:gh>country:tg");
  });
  it("gives nothing when another clause stands between the subject and 'and'", () => {
    expect(
      stances(
        "Peru protested on Monday after Chile expelled two diplomats and accused Bolivia of spying, the foreign ministry said.",
      ),
    ).not.toContain("ACCUSES country:pe>country:bo");
    expect(
      stances("Peru, which had recalled its envoy, and accused Chile of spying, the foreign ministry said."),
    ).toEqual([]);
  });
});
