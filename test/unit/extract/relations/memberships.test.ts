// "X, a member of Y" (memberships.ts): every bloc of a coordinated list is a membership.
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const members = (body: string) => relationPairs(extractBody(body), "MEMBER_OF");

describe("memberships", () => {
  it("reads each bloc of 'a member of A and B'", () => {
    const found = members(
      "Portugal, a member of NATO and the European Union, expelled two Russian diplomats.",
    );
    expect(found).toContain("country:pt>org:nato");
    expect(found).toContain("country:pt>org:eu");
  });
  it("reads three coordinated blocs", () => {
    const found = members(
      "Kenya, a member of the Commonwealth, the African Union and the East African Community, protested.",
    );
    expect(found).toEqual(
      expect.arrayContaining(["country:ke>org:african-union", "country:ke>org:east-african-community"]),
    );
  });
  it("adds no membership of a state or a body that is no bloc named after the list", () => {
    const found = members("Portugal, a member of NATO and Spain's main trading partner, protested.");
    expect(found).toEqual(["country:pt>org:nato"]);
  });
});
