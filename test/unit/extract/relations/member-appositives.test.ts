// MEMBER_OF from "X, a member state" and "X, an EU member" (member-appositives.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const members = (x: X) => relationPairs(x, "MEMBER_OF");

describe("member appositives", () => {
  it("reads 'X, an EU member state,' with the bloc named in it", () => {
    expect(members(extractBody("Estonia, an EU member state, closed two crossings on Monday."))).toEqual([
      "country:ee>org:eu",
    ]);
  });
  it("reads a quoted 'a member state' as a member of the bloc named just before", () => {
    const x = extractBody(
      "The European Union said it stood with Greece, “a member state whose borders are the bloc’s borders.”",
    );
    expect(members(x)).toContain("country:gr>org:eu");
  });
  it("reads nothing without a bloc, or from a word that is no bloc", () => {
    expect(members(extractBody("Malta, a member state, abstained."))).toEqual([]);
    expect(
      members(extractBody("Malta, a key member of staff, left. Malta, a Commonwealth member, voted.")),
    ).toEqual([]);
  });
});
