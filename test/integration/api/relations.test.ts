// `relations`: per-article relationships merged into one Relation per (source, kind, target).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/extract/types.ts";
import { encodeCursor } from "../../../src/schema/pagination.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { ARTICLE_ID, eventId, IDS, resetGraph, SEED_EXTRACTION, statementId } from "./fixture.ts";
import { ok, oneError, type Row, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const { gql } = testApp(graph.executor);

/** A second article in which China criticises Japan again: the relation must merge. */
const FOLLOW_UP_ID = "2021-07-12-china-repeats-criticism";
const followUp: Extraction = (() => {
  const text = "China again criticized Japan.";
  const span = (part: string) => ({
    sentence: 0,
    start: text.indexOf(part),
    end: text.indexOf(part) + part.length,
    text: part,
  });
  return {
    article: {
      id: FOLLOW_UP_ID,
      title: "China repeats criticism",
      publishedAt: "2021-07-12",
      body: text,
      contentHash: "x",
    },
    sentences: [{ index: 0, paragraph: 0, text, start: 0, end: text.length }],
    actors: [
      {
        id: IDS.china,
        kind: "Country",
        name: "China",
        aliases: [],
        isoCode: "CN",
        mentions: [{ ...span("China"), kind: "name" }],
      },
      {
        id: IDS.japan,
        kind: "Country",
        name: "Japan",
        aliases: [],
        isoCode: "JP",
        mentions: [{ ...span("Japan"), kind: "name" }],
      },
    ],
    statements: [
      {
        id: `${FOLLOW_UP_ID}/statement/0`,
        kind: "paraphrase",
        speakerId: IDS.china,
        verb: "criticized",
        text: "criticized Japan",
        aboutIds: [IDS.japan],
        cameo: "111",
        evidence: [span("criticized Japan")],
      },
    ],
    events: [],
    relations: [
      {
        id: `${FOLLOW_UP_ID}/relation/0`,
        kind: "CRITICIZES",
        sourceId: IDS.china,
        targetId: IDS.japan,
        statementIds: [`${FOLLOW_UP_ID}/statement/0`],
        eventIds: [],
        evidence: [span("China again criticized Japan")],
      },
    ],
  };
})();

beforeAll(() => resetGraph(graph.executor, [SEED_EXTRACTION, followUp]));
afterAll(() => graph.close());

const RELATION = `id kind direction source { id } target { id } counterpart { id } role evidenceText articleCount
  statements { totalCount edges { node { id } } }
  events { totalCount edges { node { id } } }
  sentences { totalCount edges { node { id } } }`;

describe("relations", () => {
  it("lists every relation once, seen from its source, by kind", async () => {
    const data = ok(await gql("{ relations(first: 100) { totalCount edges { node { id direction } } } }"));
    expect(data.relations.totalCount).toBe(9);
    expect(data.relations.edges.map((e: Row) => e.node.id)).toEqual([
      `${IDS.japan}-[ACCUSES]->${IDS.china}`,
      `${IDS.kato}-[AFFILIATED_WITH]->${IDS.japanGov}`,
      `${IDS.japan}-[ALLIED_WITH]->${IDS.us}`,
      `${IDS.japan}-[COOPERATES_WITH]->${IDS.asean}`,
      `${IDS.china}-[CRITICIZES]->${IDS.japan}`,
      `${IDS.wang}-[CRITICIZES]->${IDS.japan}`,
      `${IDS.sdf}-[PART_OF]->${IDS.japan}`,
      `${IDS.mofaChina}-[PART_OF]->${IDS.china}`,
      `${IDS.wang}-[SPEAKS_FOR]->${IDS.mofaChina}`,
    ]);
    const kinds = data.relations.edges.map((e: Row) => e.node.id.replace(/^.*-\[(\w+)\]->.*$/, "$1"));
    expect(kinds).toEqual([...kinds].sort());
    expect(new Set(data.relations.edges.map((e: Row) => e.node.direction))).toEqual(new Set(["OUTGOING"]));
  });

  it("merges the same relation from two articles", async () => {
    const data = ok(
      await gql(`{ relations(kind: CRITICIZES) { totalCount edges { node { ${RELATION} } } } }`),
    );
    expect(data.relations.totalCount).toBe(2);
    const china = data.relations.edges.find((e: Row) => e.node.source.id === IDS.china).node;
    expect(china).toMatchObject({
      id: `${IDS.china}-[CRITICIZES]->${IDS.japan}`,
      kind: "CRITICIZES",
      direction: "OUTGOING",
      target: { id: IDS.japan },
      counterpart: { id: IDS.japan },
      role: null,
      articleCount: 2,
    });
    expect([...china.evidenceText].sort()).toEqual(
      ["China again criticized Japan", "China criticized Japan’s move", "criticized by China"].sort(),
    );
    expect(china.statements.edges.map((e: Row) => e.node.id).sort()).toEqual(
      [statementId(2), statementId(3), `${FOLLOW_UP_ID}/statement/0`].sort(),
    );
    expect(china.events.edges).toEqual([{ node: { id: eventId(4) } }]);
    expect(china.sentences.edges.map((e: Row) => e.node.id).sort()).toEqual(
      [`${ARTICLE_ID}/sentence/5`, `${ARTICLE_ID}/sentence/6`, `${FOLLOW_UP_ID}/sentence/0`].sort(),
    );
    // The same merged relation by id.
    const byId = ok(
      await gql(
        `{ node(id: "${IDS.china}-[CRITICIZES]->${IDS.japan}") { ... on Relation { articleCount statements { totalCount } } } }`,
      ),
    );
    expect(byId.node).toEqual({ articleCount: 2, statements: { totalCount: 3 } });
  });

  it("lists an actor's relations from its side", async () => {
    const data = ok(
      await gql(
        `{ relations(actor: "${IDS.japan}") { totalCount edges { node { id direction counterpart { id } } } } }`,
      ),
    );
    expect(data.relations.totalCount).toBe(6);
    const byId = Object.fromEntries(
      data.relations.edges.map((e: Row) => [e.node.id, [e.node.direction, e.node.counterpart.id]]),
    );
    expect(byId).toEqual({
      [`${IDS.japan}-[ACCUSES]->${IDS.china}`]: ["OUTGOING", IDS.china],
      [`${IDS.japan}-[ALLIED_WITH]->${IDS.us}`]: ["OUTGOING", IDS.us],
      [`${IDS.japan}-[COOPERATES_WITH]->${IDS.asean}`]: ["OUTGOING", IDS.asean],
      [`${IDS.china}-[CRITICIZES]->${IDS.japan}`]: ["INCOMING", IDS.china],
      [`${IDS.wang}-[CRITICIZES]->${IDS.japan}`]: ["INCOMING", IDS.wang],
      [`${IDS.sdf}-[PART_OF]->${IDS.japan}`]: ["INCOMING", IDS.sdf],
    });
    const accused = ok(
      await gql(
        `{ relations(actor: "${IDS.china}", kind: ACCUSES) { edges { node { direction source { name } statements { edges { node { id } } } } } } }`,
      ),
    );
    expect(accused.relations.edges).toEqual([
      {
        node: {
          direction: "INCOMING",
          source: { name: "Japan" },
          statements: { edges: [{ node: { id: statementId(7) } }] },
        },
      },
    ]);
    const nobody = ok(await gql('{ relations(actor: "person:nobody") { totalCount edges { cursor } } }'));
    expect(nobody.relations).toEqual({ totalCount: 0, edges: [] });
  });

  it("gives the role of affiliations", async () => {
    const data = ok(
      await gql(
        `{ relations(actor: "${IDS.kato}", kind: AFFILIATED_WITH) { edges { node { role target { name } } } } }`,
      ),
    );
    expect(data.relations.edges).toEqual([
      { node: { role: "Chief Cabinet Secretary", target: { name: "Government of Japan" } } },
    ]);
  });

  it("pages with first/after", async () => {
    const first = ok(
      await gql(
        "{ relations(first: 4) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }",
      ),
    );
    expect(first.relations.edges).toHaveLength(4);
    expect(first.relations.pageInfo.hasNextPage).toBe(true);
    const rest = ok(
      await gql(
        "query ($a: String) { relations(first: 10, after: $a) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }",
        {
          a: first.relations.pageInfo.endCursor,
        },
      ),
    );
    expect(rest.relations.edges).toHaveLength(5);
    expect(rest.relations.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const all = ok(await gql("{ relations(first: 100) { edges { node { id } } } }"));
    expect([...first.relations.edges, ...rest.relations.edges]).toEqual(all.relations.edges);
    const actorPage = ok(
      await gql(
        `{ relations(actor: "${IDS.japan}", first: 2, after: "${encodeCursor(3)}") { totalCount edges { node { id } } pageInfo { hasNextPage } } }`,
      ),
    );
    expect(actorPage.relations.totalCount).toBe(6);
    expect(actorPage.relations.edges).toHaveLength(2);
    expect(actorPage.relations.pageInfo.hasNextPage).toBe(false);
  });

  it("rejects a malformed actor id and an unknown kind", async () => {
    for (const [query, argument] of [
      ['{ relations(actor: "two words") { totalCount } }', "actor"],
      ["{ relations(kind: LOVES) { totalCount } }", "kind"],
    ] as const) {
      const error = oneError(await gql(query));
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain(`Argument "${argument}"`);
    }
  });
});
