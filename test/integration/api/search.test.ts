// `search`: full text over names, aliases, statement text and event labels, with scores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { eventId, IDS, resetGraph, statementId } from "./fixture.ts";
import { ok, oneError, type Row, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const { gql } = testApp(graph.executor);

beforeAll(() => resetGraph(graph.executor));
afterAll(() => graph.close());

const SEARCH = `query ($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { score node { __typename ... on Actor { id name } ... on Statement { id text } ... on Event { id label } } }
  }
}`;

describe("search", () => {
  it("finds statements by their words, best first, with scores", async () => {
    const { search } = ok(await gql(SEARCH, { q: "groundless slander" }));
    expect(search.totalCount).toBeGreaterThanOrEqual(2);
    const top = search.edges
      .slice(0, 2)
      .map((e: Row) => e.node.id)
      .sort();
    expect(top).toEqual([statementId(3), statementId(4)]);
    const scores = search.edges.map((e: Row) => e.score);
    expect(scores.every((s: number) => typeof s === "number" && s > 0)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("finds actors by name, alias and word prefix", async () => {
    const byAlias = ok(await gql(SEARCH, { q: "ASEAN" }));
    expect(byAlias.search.edges[0].node).toEqual({
      __typename: "Organization",
      id: IDS.asean,
      name: "Association of Southeast Asian Nations",
    });
    const byPrefix = ok(await gql(SEARCH, { q: "Wenb" }));
    expect(byPrefix.search.edges.map((e: Row) => e.node.id)).toEqual([IDS.wang]);
    const person = ok(await gql(SEARCH, { q: "katsunobu" }));
    expect(person.search.edges[0].node).toMatchObject({ __typename: "Person", name: "Katsunobu Kato" });
  });

  it("finds events by label", async () => {
    const data = ok(await gql(SEARCH, { q: "Olympic" }));
    const events = data.search.edges
      .filter((e: Row) => e.node.__typename === "Event")
      .map((e: Row) => e.node.id);
    expect(events).toContain(eventId(3));
  });

  it("treats Lucene syntax as plain words", async () => {
    for (const q of [
      'slander"',
      "China AND (Japan",
      "title:Kato",
      "*",
      "\\",
      "a || b && !c ~2 ^3 [x TO y] {z}",
      "U.S.",
    ]) {
      const response = await gql(SEARCH, { q });
      expect(response.errors, q).toBeUndefined();
    }
    const us = ok(await gql(SEARCH, { q: "U.S." }));
    expect(us.search.edges.map((e: Row) => e.node.id)).toContain(IDS.us);
    const nothing = ok(await gql(SEARCH, { q: "zzzqqq" }));
    expect(nothing.search).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it("pages with first/after", async () => {
    const all = ok(await gql(SEARCH, { q: "Japan China", first: 100 }));
    expect(all.search.totalCount).toBeGreaterThan(3);
    const first = ok(await gql(SEARCH, { q: "Japan China", first: 2 }));
    expect(first.search.edges).toHaveLength(2);
    expect(first.search.pageInfo.hasNextPage).toBe(true);
    const next = ok(
      await gql(SEARCH, { q: "Japan China", first: 2, after: first.search.pageInfo.endCursor }),
    );
    expect(next.search.edges.map((e: Row) => e.node.id)).toEqual(
      all.search.edges.slice(2, 4).map((e: Row) => e.node.id),
    );
  });

  it("rejects an empty or over-long query and bad page sizes", async () => {
    for (const [variables, argument] of [
      [{ q: "" }, "query"],
      [{ q: "   " }, "query"],
      [{ q: "x".repeat(201) }, "query"],
      [{ q: "Japan", first: 101 }, "first"],
    ] as const) {
      const error = oneError(await gql(SEARCH, variables));
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain(`Argument "${argument}"`);
    }
  });
});
