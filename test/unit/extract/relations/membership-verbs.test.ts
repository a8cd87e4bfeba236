// MEMBER_OF from verbs of joining and belonging and from appositives naming a bloc not in the
// knowledge files (member-groups.ts, member-appositives.ts, bloc-like.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const members = (body: string) => relationPairs(extractBody(body), "MEMBER_OF");

describe("membership verbs", () => {
  it("reads 'joined the X', 'belongs to the X' and 'acceded to X'", () => {
    expect(members("Peru joined the African Union last year.")).toEqual(["country:pe>org:african-union"]);
    expect(members("Peru, which belongs to the African Union, agreed.")).toEqual([
      "country:pe>org:african-union",
    ]);
    expect(members("Sweden formally acceded to NATO in March.")).toEqual(["country:se>org:nato"]);
  });
  it("takes a body with a bloc's head word and no state as a bloc", () => {
    expect(members("Peru joined the Andean Community in 1969.")).toEqual(["country:pe>org:andean-community"]);
    expect(members("Bolivia, also an Andean Community member, agreed.")).toEqual([
      "country:bo>org:andean-community",
    ]);
  });
  it("reads no membership from joining an act or from wanting to join", () => {
    expect(members("Peru joined the African Union in condemning the coup.")).toEqual([]);
    expect(members("Peru wants to join the African Union.")).toEqual([]);
    expect(members("Peru joined Amnesty International in 2001.")).toEqual([]);
  });
});
