// Argument checks and cursors: every failure is BAD_USER_INPUT naming the argument.
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  encodeCursor,
  pageWindow,
  slice,
  toConnection,
} from "../../../src/schema/pagination.ts";
import {
  countryCode,
  fuzzyDate,
  intInRange,
  searchText,
  validId,
  validIds,
} from "../../../src/schema/validation.ts";

function expectBadInput(run: () => unknown, argument: string) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
    expect((error as GraphQLError).message).toMatch(new RegExp(`^Argument "${argument}"`));
    return;
  }
  throw new Error("expected a BAD_USER_INPUT error");
}

describe("fuzzyDate", () => {
  it("accepts YYYY, YYYY-MM and real YYYY-MM-DD dates", () => {
    for (const date of ["2021", "2021-07", "2021-07-23", "2020-02-29", "1999-12-31"])
      expect(fuzzyDate("from", date)).toBe(date);
    expect(fuzzyDate("from", null)).toBeNull();
  });

  it("rejects anything else", () => {
    for (const date of [
      "21",
      "2021-7",
      "2021-00",
      "2021-13",
      "2021-02-29",
      "2021-04-31",
      "2021-07-23T00:00",
      "July",
      "",
    ]) {
      expectBadInput(() => fuzzyDate("to", date), "to");
    }
  });
});

describe("ids", () => {
  it("accepts stored id shapes", () => {
    for (const id of [
      "country:jp",
      "org:jp:self-defense-forces",
      "2021-07-09-x/statement/3",
      "a/event/1/date/0",
      "country:cn-[CRITICIZES]->country:jp",
      "person:zoë-müller",
    ]) {
      expect(validId("id", id)).toBe(id);
    }
  });

  it("rejects empty, spaced, over-long and odd ids", () => {
    for (const id of ["", " x", "a b", "x".repeat(513), "a'b", 'a"b', "a;b", "(x)", "-x"])
      expectBadInput(() => validId("id", id), "id");
    expectBadInput(
      () =>
        validIds(
          "ids",
          Array.from({ length: 3 }, () => "x"),
          2,
        ),
      "ids",
    );
  });
});

describe("numbers, codes and search text", () => {
  it("intInRange falls back, accepts bounds, rejects outside", () => {
    expect(intInRange("depth", undefined, 0, 3, 1)).toBe(1);
    expect(intInRange("depth", 3, 0, 3, 1)).toBe(3);
    expectBadInput(() => intInRange("depth", 4, 0, 3, 1), "depth");
    expectBadInput(() => intInRange("depth", -1, 0, 3, 1), "depth");
  });

  it("countryCode upper-cases two letters only", () => {
    expect(countryCode("code", "jp")).toBe("JP");
    for (const code of ["JPN", "J", "j1", ""]) expectBadInput(() => countryCode("code", code), "code");
  });

  it("searchText trims, bounds length, and requires text when asked", () => {
    expect(searchText("query", "  wang ", { required: true })).toBe("wang");
    expect(searchText("search", "  ", { required: false })).toBeNull();
    expectBadInput(() => searchText("query", " ", { required: true }), "query");
    expectBadInput(() => searchText("query", "x".repeat(201), { required: true }), "query");
  });
});

describe("cursors and pages", () => {
  it("round-trip offsets", () => {
    for (const offset of [0, 1, 99, 123456]) expect(decodeCursor("after", encodeCursor(offset))).toBe(offset);
  });

  it("reject foreign cursors", () => {
    for (const cursor of [
      "",
      "abc",
      encodeCursor(1).slice(0, -1),
      Buffer.from("offset:-1").toString("base64url"),
      Buffer.from("offset:1.5").toString("base64url"),
      Buffer.from("offset:01").toString("base64url"),
      "b2Zmc2V0OjE==",
    ]) {
      expectBadInput(() => decodeCursor("after", cursor), "after");
    }
  });

  it("pageWindow: default 20, first 0..100, after moves past the cursor", () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow({ first: 0 })).toEqual({ offset: 0, limit: 0 });
    expect(pageWindow({ first: 100, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 100 });
    expectBadInput(() => pageWindow({ first: 101 }), "first");
    expectBadInput(() => pageWindow({ first: -1 }), "first");
  });

  it("toConnection fills cursors, pageInfo and totalCount", () => {
    const window = { offset: 2, limit: 2 };
    const connection = toConnection({ total: 5, items: ["c", "d"] }, window);
    expect(connection).toEqual({
      totalCount: 5,
      edges: [
        { node: "c", cursor: encodeCursor(2) },
        { node: "d", cursor: encodeCursor(3) },
      ],
      pageInfo: {
        hasNextPage: true,
        hasPreviousPage: true,
        startCursor: encodeCursor(2),
        endCursor: encodeCursor(3),
      },
    });
    const last = toConnection({ total: 5, items: ["e"] }, { offset: 4, limit: 2 });
    expect(last.pageInfo.hasNextPage).toBe(false);
    const empty = toConnection({ total: 0, items: [] }, { offset: 0, limit: 2 });
    expect(empty.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
    expect(slice(["a", "b", "c"], { offset: 1, limit: 1 })).toEqual({ total: 3, items: ["b"] });
  });
});
