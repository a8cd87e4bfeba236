// No N+1: a nested query costs the same number of round trips for 5 actors as for 25.
import { afterAll, describe, expect, it } from "vitest";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { resetGraph, SEED_EXTRACTION, syntheticExtraction } from "./fixture.ts";
import { ok, RecordingExecutor, type Row, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const executor = new RecordingExecutor(graph.driver, graph.info.database);
const { gql } = testApp(executor);

afterAll(() => graph.close());

const NESTED = `{
  actors(kind: PERSON, first: 100) {
    totalCount
    edges { node {
      name
      country { name }
      statements { totalCount edges { node {
        text
        speaker { name }
        about { id name ... on Person { country { isoCode } } statementsAbout(first: 1) { totalCount } }
        evidence { sentence { index article { title } } }
      } } }
      events { totalCount }
      relations { totalCount }
    } }
  }
}`;

async function roundTripsFor(people: number) {
  await resetGraph(graph.executor, [SEED_EXTRACTION, syntheticExtraction(people)]);
  const data = ok(await gql(NESTED));
  return { data, roundTrips: executor.lastRoundTrips() };
}

describe("batching", () => {
  it("keeps round trips constant as rows grow (actors → statements → about)", async () => {
    const small = await roundTripsFor(5);
    const large = await roundTripsFor(25);
    // 25 synthetic people + Kato + Wang, each with its statements and their subjects.
    expect(large.data.actors.totalCount).toBe(27);
    const synthetic = large.data.actors.edges.filter((e: Row) => e.node.name.startsWith("Synthetic"));
    expect(synthetic).toHaveLength(25);
    for (const { node } of synthetic) {
      expect(node.statements.totalCount).toBe(1);
      const [statement] = node.statements.edges;
      expect(statement.node.speaker.name).toBe(node.name);
      expect(statement.node.about).toHaveLength(2);
      expect(statement.node.evidence[0].sentence.article.title).toBe("Synthetic article with many speakers");
    }
    const rows = large.data.actors.edges.reduce((n: number, e: Row) => n + e.node.statements.edges.length, 0);
    expect(rows).toBeGreaterThanOrEqual(25);
    expect(small.roundTrips).toBeGreaterThan(0);
    expect(large.roundTrips).toBe(small.roundTrips);
    // One per level of the query, not one per row.
    expect(large.roundTrips).toBeLessThanOrEqual(10);
  });
});

describe("look-ahead", () => {
  // The statements of a page of actors are read with the page; the count only when selected.
  const page = (fields: string) => `{
    actors(kind: PERSON, first: 30) { edges { node { id
      statements(first: 1) { ${fields} edges { node { id text } } }
      other: statements(first: 2, kind: QUOTE) { ${fields} edges { node { text } } }
    } } }
  }`;

  it("reads actors with their statements in one round trip, counted or not", async () => {
    await resetGraph(graph.executor, [SEED_EXTRACTION, syntheticExtraction(5)]);
    const plain = ok(await gql(page("")));
    expect(executor.lastRoundTrips()).toBe(1);
    const counted = ok(await gql(page("totalCount pageInfo { hasNextPage endCursor }")));
    expect(executor.lastRoundTrips()).toBe(1);
    // The same items either way, and the same as asking one actor at a time.
    const strip = (data: Row) =>
      data.actors.edges.map((e: Row) => [e.node.id, e.node.statements.edges, e.node.other.edges]);
    expect(strip(counted)).toEqual(strip(plain));
    for (const { node } of counted.actors.edges) {
      const one = ok(
        await gql(
          `query ($id: ID!) { node(id: $id) { ... on Actor { statements(first: 1) { totalCount pageInfo { hasNextPage endCursor } } } } }`,
          { id: node.id },
        ),
      );
      expect(node.statements.totalCount).toBe(one.node.statements.totalCount);
      expect(node.statements.pageInfo).toEqual(one.node.statements.pageInfo);
    }
    expect(counted.actors.edges.some((e: Row) => e.node.statements.pageInfo.hasNextPage)).toBe(true);
  });
});
