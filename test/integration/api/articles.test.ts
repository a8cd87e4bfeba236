// `articles`, an article's sentences, and what was extracted from each sentence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "../../../src/schema/pagination.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import {
  ARTICLE_ID,
  BODY,
  eventId,
  IDS,
  resetGraph,
  SEED_EXTRACTION,
  SYNTHETIC_ARTICLE_ID,
  statementId,
  syntheticExtraction,
} from "./fixture.ts";
import { ok, oneError, type Row, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const { gql } = testApp(graph.executor);

beforeAll(() => resetGraph(graph.executor, [SEED_EXTRACTION, syntheticExtraction(3)]));
afterAll(() => graph.close());

describe("articles", () => {
  it("lists articles newest first, with their metadata", async () => {
    const data = ok(
      await gql(
        "{ articles { totalCount edges { node { id title publishedAt source url readingMinutes } } } }",
      ),
    );
    expect(data.articles.totalCount).toBe(2);
    expect(data.articles.edges.map((e: Row) => e.node.id)).toEqual([SYNTHETIC_ARTICLE_ID, ARTICLE_ID]);
    expect(data.articles.edges[1].node).toEqual({
      id: ARTICLE_ID,
      title: "Japan seeks stronger cybersecurity due to threats from China and Russia",
      publishedAt: "2021-07-09",
      source: null,
      url: null,
      readingMinutes: 2,
    });
  });

  it("pages with first/after", async () => {
    const first = ok(
      await gql("{ articles(first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"),
    );
    expect(first.articles.pageInfo.hasNextPage).toBe(true);
    const second = ok(
      await gql(
        "query ($a: String) { articles(first: 1, after: $a) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }",
        {
          a: first.articles.pageInfo.endCursor,
        },
      ),
    );
    expect(second.articles.edges).toEqual([{ node: { id: ARTICLE_ID } }]);
    expect(second.articles.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const error = oneError(await gql("{ articles(first: -5) { totalCount } }"));
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("has its sentences in order, with exact spans into the body", async () => {
    const data = ok(
      await gql(`{ node(id: "${ARTICLE_ID}") { ... on Article {
        sentences(first: 100) { totalCount edges { node { id index paragraph text start end article { id } } } }
        page: sentences(first: 2, after: "${encodeCursor(4)}") { edges { node { index } } pageInfo { hasNextPage hasPreviousPage } }
      } } }`),
    );
    const sentences = data.node.sentences;
    expect(sentences.totalCount).toBe(11);
    expect(sentences.edges.map((e: Row) => e.node.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const { node } of sentences.edges) {
      expect(BODY.slice(node.start, node.end)).toBe(node.text);
      expect(node.id).toBe(`${ARTICLE_ID}/sentence/${node.index}`);
      expect(node.article.id).toBe(ARTICLE_ID);
    }
    expect(sentences.edges[6].node).toMatchObject({
      paragraph: 4,
      text: "China criticized Japan’s move calling it “groundless slander”",
    });
    expect(data.node.page.edges).toEqual([{ node: { index: 5 } }, { node: { index: 6 } }]);
    expect(data.node.page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
  });

  it("lists the actors, statements and events of the article", async () => {
    const data = ok(
      await gql(`{ node(id: "${ARTICLE_ID}") { ... on Article {
        actors(first: 3) { totalCount edges { node { name } } }
        statements(first: 2) { totalCount edges { node { id } } }
        events(first: 2) { totalCount edges { node { id } } }
      } } }`),
    );
    expect(data.node.actors.totalCount).toBe(10);
    expect(data.node.actors.edges.map((e: Row) => e.node.name)).toEqual([
      "Association of Southeast Asian Nations",
      "China",
      "Government of Japan",
    ]);
    expect(data.node.statements.totalCount).toBe(8);
    expect(data.node.statements.edges.map((e: Row) => e.node.id)).toEqual([statementId(7), statementId(0)]);
    expect(data.node.events.totalCount).toBe(7);
    expect(data.node.events.edges.map((e: Row) => e.node.id)).toEqual([eventId(5), eventId(1)]);
  });

  it("says what was extracted from each sentence", async () => {
    const data = ok(
      await gql(`{ s7: node(id: "${ARTICLE_ID}/sentence/7") { ... on Sentence {
          mentions { kind text start end actor { id } }
          statements { id }
          events { id }
          dateClaims { id }
          relations { id }
        } }
        s9: node(id: "${ARTICLE_ID}/sentence/9") { ... on Sentence {
          statements { id } events { id } dateClaims { value } relations { id }
        } } }`),
    );
    const s7 = data.s7;
    expect(s7.mentions.map((m: Row) => [m.kind, m.text, m.actor.id])).toEqual([
      ["NAME", "Wang Wenbin", IDS.wang],
      ["POSSESSIVE", "China’s", IDS.china],
      ["ALIAS", "foreign Ministry", IDS.mofaChina],
      ["POSSESSIVE", "Japan’s", IDS.japan],
      ["NAME", "Russia", IDS.russia],
      ["NAME", "China", IDS.china],
    ]);
    for (const m of s7.mentions) expect(BODY.slice(m.start, m.end)).toBe(m.text);
    expect(s7.statements).toEqual([{ id: statementId(4) }]);
    expect(s7.events).toEqual([]);
    expect(s7.dateClaims).toEqual([]);
    expect(s7.relations.map((r: Row) => r.id)).toEqual([
      `${IDS.mofaChina}-[PART_OF]->${IDS.china}`,
      `${IDS.wang}-[CRITICIZES]->${IDS.japan}`,
      `${IDS.wang}-[SPEAKS_FOR]->${IDS.mofaChina}`,
    ]);
    expect(data.s9).toEqual({
      statements: [],
      events: [{ id: eventId(1) }, { id: eventId(5) }],
      dateClaims: [{ value: "2021-07" }, { value: "2021" }],
      relations: [
        { id: `${IDS.japan}-[ALLIED_WITH]->${IDS.us}` },
        { id: `${IDS.sdf}-[PART_OF]->${IDS.japan}` },
      ],
    });
  });
});
