// Look-ahead: one actor with its lists in one round trip, lists that read only the parts of their
// items the query selects, and the fallback when a resolver finds a part the list left out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActorRecord, EventRecord, StatementRecord } from "../../../src/graph/queries/records.ts";
import { createContext } from "../../../src/schema/context.ts";
import { partOf, propOf, withProps } from "../../../src/schema/types/load.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { IDS, resetGraph } from "./fixture.ts";
import { ok, RecordingExecutor, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const executor = new RecordingExecutor(graph.driver, graph.info.database);
const { gql } = testApp(executor);

beforeAll(() => resetGraph(graph.executor));
afterAll(() => graph.close());

const BARE = {
  statement: { properties: [], speaker: false, about: false as const, evidence: false },
  event: { properties: [], place: false, participants: false, evidence: false, dateClaims: false },
};

// The speaker is the actor itself, and the subjects are read with the statements: no second level.
const ACTOR_LISTS = `
  statements(first: 2) { totalCount edges { node { id text speaker { id name } about { id name } } } }
  events(first: 3) { totalCount pageInfo { hasNextPage } edges { role node { id label date { value } } } }`;

describe("an actor with its lists", () => {
  it("node(id:) reads the actor, its statements and its events in one round trip", async () => {
    const data = ok(
      await gql(`query ($id: ID!) { node(id: $id) { id ... on Actor { ${ACTOR_LISTS} } } }`, {
        id: IDS.japan,
      }),
    );
    expect(executor.lastRoundTrips()).toBe(1);
    // `nodes` does not look ahead: the same answer, read one level at a time.
    const plain = ok(
      await gql(`query ($id: ID!) { nodes(ids: [$id]) { id ... on Actor { ${ACTOR_LISTS} } } }`, {
        id: IDS.japan,
      }),
    );
    expect(executor.lastRoundTrips()).toBeGreaterThan(1);
    expect(data.node).toEqual(plain.nodes[0]);
    expect(data.node.events.edges).toHaveLength(3);
    expect(data.node.statements.totalCount).toBeGreaterThan(0);
  });

  it("country(code:) reads the country and its statements in one round trip", async () => {
    const data = ok(await gql(`{ country(code: "jp") { id ${ACTOR_LISTS} } }`));
    expect(executor.lastRoundTrips()).toBe(1);
    const plain = ok(await gql(`{ nodes(ids: ["${IDS.japan}"]) { id ... on Actor { ${ACTOR_LISTS} } } }`));
    expect(data.country).toEqual(plain.nodes[0]);
  });

  it("node(id:) of something else than an actor still answers it", async () => {
    const { statements } = ok(await gql("{ statements(first: 1) { edges { node { id } } } }"));
    const id = statements.edges[0].node.id;
    const data = ok(
      await gql(`query ($id: ID!) { node(id: $id) { id __typename ... on Actor { ${ACTOR_LISTS} } } }`, {
        id,
      }),
    );
    expect(data.node).toEqual({ id, __typename: "Statement" });
    const none = ok(await gql(`{ node(id: "person:nobody") { id ... on Actor { ${ACTOR_LISTS} } } }`));
    expect(none.node).toBeNull();
  });
});

describe("parts of statements and events", () => {
  it("a part left out of a list is read from the full record when a resolver needs it", async () => {
    const ctx = createContext(graph.executor);
    const page = await ctx.loaders.events({ from: "2021", to: "2021" }, { offset: 0, limit: 5 }, BARE.event);
    const event = page.items[0] as EventRecord;
    expect(event.evidence).toBeUndefined();
    expect(event.dateClaims).toBeUndefined();
    const full = (await createContext(graph.executor).loaders.nodes.load(event.id)) as EventRecord;
    expect(await partOf(ctx, event, "evidence")).toEqual(full.evidence);
    expect(await partOf(ctx, event, "dateClaims")).toEqual(full.dateClaims);
    expect(await partOf(ctx, event, "participants")).toEqual(full.participants);
    expect(full.evidence?.length).toBeGreaterThan(0);

    const statements = await ctx.loaders.statements({}, { offset: 0, limit: 1 }, BARE.statement);
    const statement = statements.items[0] as StatementRecord;
    expect(statement.speakerId).toBeUndefined();
    const fullStatement = (await ctx.loaders.nodes.load(statement.id)) as StatementRecord;
    expect(await partOf(ctx, statement, "speakerId")).toBe(fullStatement.speakerId);
    expect(await partOf(ctx, statement, "aboutIds")).toEqual(fullStatement.aboutIds);
  });

  it("a property left out of a list is read from the full record", async () => {
    const ctx = createContext(graph.executor);
    const page = await ctx.loaders.events({ from: "2021", to: "2021" }, { offset: 0, limit: 5 }, BARE.event);
    const event = page.items[0] as EventRecord;
    expect(Object.keys(event).sort()).toEqual(["__typename", "id"]);
    const full = (await createContext(graph.executor).loaders.nodes.load(event.id)) as EventRecord;
    expect(await propOf(ctx, event, "label")).toBe(full.label);
    expect(await propOf(ctx, event, "negated")).toBe(full.negated);
    expect(await withProps(ctx, event, ["date", "datePrecision"])).toEqual(full);

    const statements = await ctx.loaders.statements({}, { offset: 0, limit: 1 }, BARE.statement);
    const statement = statements.items[0] as StatementRecord;
    expect(statement.text).toBeUndefined();
    const fullStatement = (await ctx.loaders.nodes.load(statement.id)) as StatementRecord;
    expect(await propOf(ctx, statement, "text")).toBe(fullStatement.text);
    expect(await propOf(ctx, statement, "articleId")).toBe(fullStatement.articleId);
    // A record that holds the property answers without a read.
    expect(propOf(ctx, fullStatement, "text")).toBe(fullStatement.text);
  });

  it("subjects read with only some properties answer the rest from the full record, and stay out of the node cache", async () => {
    const ctx = createContext(graph.executor);
    const shape = { ...BARE.statement, about: "actors" as const, subjectProperties: [] };
    const page = await ctx.loaders.statements({}, { offset: 0, limit: 100 }, shape);
    const subject = (page.items as StatementRecord[]).flatMap((s) => s.aboutActors ?? [])[0] as ActorRecord;
    expect(subject).toBeDefined();
    expect(Object.keys(subject).sort()).toEqual(["__typename", "id"]);
    const cached = (await ctx.loaders.nodes.load(subject.id)) as ActorRecord;
    expect(cached).not.toBe(subject);
    expect(cached.aliases).toBeDefined();
    expect(await propOf(ctx, subject, "name")).toBe(cached.name);
    expect(await propOf(ctx, subject, "countryId")).toBe(cached.countryId);
  });

  it("a list selecting every part answers as the node cache does", async () => {
    const fields = `id evidence { text start end } participants { role actor { id } } place { id }
      dateClaims { id value evidence { text } } date { value }`;
    const data = ok(await gql(`{ events { edges { node { ${fields} } } } }`));
    const ids = data.events.edges.map((e: { node: { id: string } }) => e.node.id);
    const direct = ok(
      await gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Event { ${fields} } } }`, { ids }),
    );
    expect(data.events.edges.map((e: { node: unknown }) => e.node)).toEqual(direct.nodes);
  });

  it("lists selecting some or all scalar fields answer as the node cache does", async () => {
    const eventFields = `id label cameo cameoLabel plover status date { value precision } dateConflict
      negated eventType placeName article { id }`;
    const statementFields = `id kind verb text cameo start end attribution { sieve confidence } article { id }`;
    for (const [list, type, fields] of [
      ["events", "Event", eventFields],
      ["events", "Event", "id date { value }"],
      ["statements", "Statement", statementFields],
      ["statements", "Statement", "id text end"],
      ["statements", "Statement", "id about { id name }"],
      [
        "statements",
        "Statement",
        `id about { id kind name aliases wikidataId country { id name }
        ... on Person { title } ... on Organization { orgType } ... on Country { isoCode } }`,
      ],
    ] as const) {
      const data = ok(await gql(`{ ${list}(first: 30) { edges { node { ${fields} } } } }`));
      const ids = data[list].edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids.length).toBeGreaterThan(0);
      const direct = ok(
        await gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type} { ${fields} } } }`, { ids }),
      );
      expect(data[list].edges.map((e: { node: unknown }) => e.node)).toEqual(direct.nodes);
    }
  });
});
