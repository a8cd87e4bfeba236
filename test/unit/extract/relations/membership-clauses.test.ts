// MEMBER_OF told in clauses around the bloc or the member (membership-clauses.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

const members = (body: string) => rels(extractBody(body), "MEMBER_OF").sort();

describe("membership clauses", () => {
  it("reads 'Z, to which both countries belong' as the story's two states", () => {
    expect(
      members(
        "Chile accused Peru of spying. The Andean Community, to which both countries belong, called for calm.",
      ),
    ).toEqual(["country:cl>org:andean-community", "country:pe>org:andean-community"]);
  });
  it("reads 'Z, of which A is a member'", () => {
    expect(members("The Andean Community, of which Peru is a member, called for calm.")).toEqual([
      "country:pe>org:andean-community",
    ]);
  });
  it("reads the bloc past a generic noun ('the Z trade bloc to which both countries belong')", () => {
    expect(
      members(
        "Chile accused Peru of spying. Bolivia, the largest economy in the Andean Community trade bloc to which both countries belong, urged calm.",
      ),
    ).toEqual(["country:cl>org:andean-community", "country:pe>org:andean-community"]);
  });
  it("reads 'A has been a member of Z since …' and 'one of the founding members of'", () => {
    expect(members("Peru has been a member of the Andean Community since 1969.")).toEqual([
      "country:pe>org:andean-community",
    ]);
    expect(members("Peru is one of the founding members of the Andean Community.")).toEqual([
      "country:pe>org:andean-community",
    ]);
  });
  it("reads 'its NATO allies' as the owner's membership", () => {
    expect(members("Chile said it had briefed its NATO allies on the incident.")).toEqual([
      "country:cl>org:nato",
    ]);
  });
  it("gives nothing for a denied membership or a count the story cannot fill", () => {
    expect(members("Peru is not a member of the Andean Community.")).toEqual([]);
    expect(
      members(
        "Chile accused Peru of spying. The Andean Community, to which all four countries belong, called for calm.",
      ),
    ).toEqual([]);
  });
  it.each([
    "Peru, which has been a member of the Andean Community since 1969, protested.",
    "Peru, which is a founding member of the Andean Community, protested.",
    "Peru, which became a member of the Andean Community in 1969, protested.",
    "Peru, that has long been a member of the Andean Community, protested.",
  ])("reads the member's relative clause in '%s'", (body) => {
    expect(members(body)).toEqual(["country:pe>org:andean-community"]);
  });
  it.each([
    "Chile accused Peru of spying. Ties between the two Andean Community members have soured.",
    "Chile accused Peru of spying. Envoys of both Andean Community member states met on Monday.",
    "Chile accused Peru of spying. Trade between the two Andean Community (CAN) members fell.",
    "Chile and Peru signed a deal. The two Andean Community partners also agreed to meet again.",
  ])("reads a counted group named by its bloc in '%s' as the story's states", (body) => {
    expect(members(body)).toEqual(["country:cl>org:andean-community", "country:pe>org:andean-community"]);
  });
  it("reads no counted group when the count does not match the story's states", () => {
    expect(members("Peru protested. The three Andean Community members met.")).toEqual([]);
  });
});

describe("a relative clause after the bloc's generic noun", () => {
  it("reads 'Z (ZZ), the regional bloc to which both countries belong'", () => {
    const x = extractBody(
      "Kenya and Ethiopia traded accusations. The Intergovernmental Authority on Development (IGAD), the regional bloc to which both countries belong, urged calm.",
    );
    expect(rels(x, "MEMBER_OF").sort()).toEqual(["country:et>org:igad", "country:ke>org:igad"]);
  });
  it("reads 'Z, the trade bloc of which Haiti is a member'", () => {
    const x = extractBody(
      "Haiti asked for help. The Caribbean Community, the trade bloc of which Haiti is a member, sent observers.",
    );
    expect(rels(x, "MEMBER_OF").sort()).toEqual(["country:ht>org:caricom"]);
  });
});
