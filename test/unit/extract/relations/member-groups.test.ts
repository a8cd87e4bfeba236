// MEMBER_OF from references to a bloc's members (member-groups.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

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
