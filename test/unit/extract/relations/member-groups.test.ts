// MEMBER_OF from references to a bloc's members (member-groups.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const membersOf = (body: string) => relationPairs(extractBody(body), "MEMBER_OF");

type X = ReturnType<typeof extractBody>;
const members = (x: X) => relationPairs(x, "MEMBER_OF");

describe("listed members", () => {
  it("reads 'the three members — A, B and C' as members of the bloc named before", () => {
    const x = extractBody(
      "ASEAN ministers met on Monday. The three members — Laos, Vietnam and Cambodia — agreed.",
    );
    expect(members(x)).toEqual(["country:kh>org:asean", "country:la>org:asean", "country:vn>org:asean"]);
  });
  it("needs a bloc before the list", () => {
    const x = extractBody("The three members — Laos, Vietnam and Cambodia — agreed.");
    expect(members(x)).toEqual([]);
  });
});

describe("a relative clause over the story's group", () => {
  it("reads 'Z, to which all three countries belong' with the first three coordinated states", () => {
    const x = extractBody(
      "Laos, Vietnam and Cambodia agreed on Monday to share data. They will report to ASEAN, to which all three countries belong.",
    );
    expect(members(x)).toEqual(["country:kh>org:asean", "country:la>org:asean", "country:vn>org:asean"]);
  });
  it("reads 'Z, a bloc that includes both countries' for a named body", () => {
    const x = extractBody(
      "Laos and Vietnam agreed to talk. The Mekong River Commission, a regional body that includes both countries, welcomed it.",
    );
    expect(members(x)).toEqual([
      "country:la>org:mekong-river-commission",
      "country:vn>org:mekong-river-commission",
    ]);
  });
  it("gives no members when the story has no group of that size", () => {
    const x = extractBody("Laos agreed to talk. ASEAN, to which all three countries belong, welcomed it.");
    expect(members(x)).toEqual([]);
  });
});

describe("joining", () => {
  it("reads 'A, which joined NATO' and 'A joined the alliance'", () => {
    const x = extractBody(
      "Norway, which joined NATO in 1949, agreed. Later Sweden joined the alliance in March.",
    );
    expect(members(x)).toEqual(["country:no>org:nato", "country:se>org:nato"]);
  });
  it("does not read joining talks or a state as membership", () => {
    const x = extractBody("NATO met. Sweden joined the talks, and Norway joined Denmark in a statement.");
    expect(members(x)).toEqual([]);
  });
});

describe("a head noun before 'members, including'", () => {
  it("reads 'The commission’s members, including A and B' as members of the body of that name", () => {
    const x = extractBody(
      "The Mekong River Commission met on Monday. The commission’s members, including Laos and Vietnam, agreed.",
    );
    expect(members(x)).toEqual([
      "country:la>org:mekong-river-commission",
      "country:vn>org:mekong-river-commission",
    ]);
  });
});

describe("membership verbs", () => {
  it("reads 'joined the X', 'belongs to the X' and 'acceded to X'", () => {
    expect(membersOf("Peru joined the African Union last year.")).toEqual(["country:pe>org:african-union"]);
    expect(membersOf("Peru, which belongs to the African Union, agreed.")).toEqual([
      "country:pe>org:african-union",
    ]);
    expect(membersOf("Sweden formally acceded to NATO in March.")).toEqual(["country:se>org:nato"]);
  });
  it("takes a body with a bloc's head word and no state as a bloc", () => {
    expect(membersOf("Peru joined the Andean Community in 1969.")).toEqual([
      "country:pe>org:andean-community",
    ]);
    expect(membersOf("Bolivia, also an Andean Community member, agreed.")).toEqual([
      "country:bo>org:andean-community",
    ]);
  });
  it("reads no membership from joining an act or from wanting to join", () => {
    expect(membersOf("Peru joined the African Union in condemning the coup.")).toEqual([]);
    expect(membersOf("Peru wants to join the African Union.")).toEqual([]);
    expect(membersOf("Peru joined Amnesty International in 2001.")).toEqual([]);
  });
});
