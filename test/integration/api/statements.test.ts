// `statements` and the fields of a statement.

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFromText } from "../../../src/extract/index.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { ARTICLE_ID, BODY, IDS, resetGraph, SEED_FILE, statementId } from "./fixture.ts";
import { ok, oneError, type Row, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const { gql } = testApp(graph.executor);

beforeAll(() => resetGraph(graph.executor));
afterAll(() => graph.close());

const ids = (connection: { edges: { node: { id: string } }[] }) =>
  connection.edges.map((e: Row) => e.node.id);

describe("statements", () => {
  it("lists every statement in article order", async () => {
    const data = ok(await gql("{ statements(first: 100) { totalCount edges { node { id } } } }"));
    expect(data.statements.totalCount).toBe(8);
    // Article order is the order of the first evidence: statement 7 is in sentence 1.
    expect(ids(data.statements)).toEqual([7, 0, 1, 2, 3, 4, 5, 6].map(statementId));
  });

  it("filters by speaker, subject and kind, alone and together", async () => {
    const bySpeaker = ok(
      await gql(`{ statements(speaker: "${IDS.kato}") { totalCount edges { node { id } } } }`),
    );
    expect(ids(bySpeaker.statements)).toEqual([statementId(0), statementId(1)]);
    const aboutChina = ok(await gql(`{ statements(about: "${IDS.china}") { edges { node { id } } } }`));
    expect(ids(aboutChina.statements)).toEqual([statementId(7)]);
    const paraphrases = ok(await gql("{ statements(kind: PARAPHRASE) { totalCount } }"));
    expect(paraphrases.statements.totalCount).toBe(3);
    const chinaQuotesAboutJapan = ok(
      await gql(
        `{ statements(speaker: "${IDS.china}", about: "${IDS.japan}", kind: QUOTE) { edges { node { id text } } } }`,
      ),
    );
    expect(chinaQuotesAboutJapan.statements.edges).toEqual([
      { node: { id: statementId(3), text: "groundless slander" } },
    ]);
    const unknownSpeaker = ok(
      await gql('{ statements(speaker: "person:nobody") { totalCount edges { cursor } } }'),
    );
    expect(unknownSpeaker.statements).toEqual({ totalCount: 0, edges: [] });
  });

  it("tells which attribution sieve chose each speaker, as the extractor decided it", async () => {
    // The hand-built fixture states facts, not how they were found: store the extractor's own result.
    const extraction = extractFromText(readFileSync(SEED_FILE, "utf8"), SEED_FILE);
    await resetGraph(graph.executor, [extraction]);
    try {
      const data = ok(
        await gql("{ statements(first: 100) { edges { node { id attribution { sieve confidence } } } } }"),
      );
      const expected = new Map(extraction.statements.map((s) => [s.id, s.attribution]));
      const got = data.statements.edges.map((e: Row) => e.node);
      expect(got).toHaveLength(extraction.statements.length);
      for (const node of got) {
        const want = expected.get(node.id);
        expect(want, node.id).toBeDefined();
        expect(node.attribution).toEqual({
          sieve: want?.sieve.toUpperCase().replaceAll("-", "_"),
          confidence: want?.confidence,
        });
      }
      // More than one rule is at work in the article, so the field is not a constant.
      expect(new Set(got.map((n: Row) => n.attribution.sieve)).size).toBeGreaterThan(1);
    } finally {
      await resetGraph(graph.executor);
    }
    // A statement written without a recorded sieve (as by older versions) answers null, not an error.
    const old = ok(await gql("{ statements(first: 1) { edges { node { attribution { sieve } } } } }"));
    expect(old.statements.edges[0].node.attribution).toBeNull();
  });

  it("pages with first/after", async () => {
    const first = ok(
      await gql("{ statements(first: 3) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"),
    );
    expect(ids(first.statements)).toEqual([7, 0, 1].map(statementId));
    expect(first.statements.pageInfo.hasNextPage).toBe(true);
    const rest = ok(
      await gql(
        "query ($a: String) { statements(first: 10, after: $a) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }",
        {
          a: first.statements.pageInfo.endCursor,
        },
      ),
    );
    expect(rest.statements.totalCount).toBe(8);
    expect(ids(rest.statements)).toEqual([2, 3, 4, 5, 6].map(statementId));
    expect(rest.statements.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it("rejects malformed ids, unknown kinds and bad page sizes", async () => {
    for (const [query, argument] of [
      ['{ statements(speaker: "not an id") { totalCount } }', "speaker"],
      ['{ statements(about: "") { totalCount } }', "about"],
      ["{ statements(kind: RUMOUR) { totalCount } }", "kind"],
      ["{ statements(first: 1000) { totalCount } }", "first"],
    ] as const) {
      const error = oneError(await gql(query));
      expect(error.extensions?.code, query).toBe("BAD_USER_INPUT");
      expect(error.message, query).toContain(`Argument "${argument}"`);
    }
  });
});

describe("a statement", () => {
  it("has its speaker, subjects, evidence with exact spans, and article", async () => {
    const data = ok(
      await gql(`{ node(id: "${statementId(5)}") { ... on Statement {
        kind verb text cameo start end
        speaker { id name ... on Person { title } }
        about { id }
        evidence { text start end sentence { id index text start end article { id } } article { title } }
        article { id title }
      } } }`),
    );
    const s = data.node;
    expect(s).toMatchObject({
      kind: "QUOTE",
      verb: "according to",
      text: "bad relations with all its neighbors,",
      cameo: "111",
      speaker: { id: IDS.wang, name: "Wang Wenbin", title: "Foreign Ministry Spokesman" },
      about: [{ id: IDS.japan }],
      article: { id: ARTICLE_ID },
    });
    expect(s.evidence).toHaveLength(1);
    const [evidence] = s.evidence;
    expect(BODY.slice(evidence.start, evidence.end)).toBe(evidence.text);
    expect(evidence.sentence.index).toBe(8);
    expect(evidence.sentence.id).toBe(`${ARTICLE_ID}/sentence/8`);
    expect(BODY.slice(evidence.sentence.start, evidence.sentence.end)).toBe(evidence.sentence.text);
    expect(evidence.start).toBeGreaterThanOrEqual(evidence.sentence.start);
    expect(evidence.end).toBeLessThanOrEqual(evidence.sentence.end);
    expect(evidence.article.title).toMatch(/^Japan seeks stronger cybersecurity/);
    expect(s.start).toBe(evidence.start);
    expect(s.end).toBe(evidence.end);
  });

  it("a paraphrase by a country about another", async () => {
    const data = ok(
      await gql(
        `{ node(id: "${statementId(7)}") { ... on Statement { kind verb cameo speaker { __typename id } about { id } } } }`,
      ),
    );
    expect(data.node).toEqual({
      kind: "PARAPHRASE",
      verb: "accusing",
      cameo: "112",
      speaker: { __typename: "Country", id: IDS.japan },
      about: [{ id: IDS.china }],
    });
  });
});
