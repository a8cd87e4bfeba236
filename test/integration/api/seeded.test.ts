// The API over the real pipeline: the bundled article through src/extract and seedFiles. Asserts
// what any faithful extraction of that article must give, not the fixture's exact choices.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledArticleFiles, seedFiles } from "../../../src/graph/seed.ts";
import { EXAMPLE_OPERATIONS } from "../../../src/server/graphiql-examples.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { ok, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const { gql } = testApp(graph.executor);

beforeAll(async () => {
  await graph.clear();
  await seedFiles(graph.executor, bundledArticleFiles());
});
afterAll(() => graph.close());

describe("the seeded article", () => {
  it("has its countries, people and statements", async () => {
    const data = ok(
      await gql(`{
        articles { totalCount edges { node { title publishedAt sentences(first: 0) { totalCount } } } }
        china: country(code: "CN") { id name }
        japan: country(code: "JP") { id name statementsAbout(first: 0) { totalCount } }
        wang: actors(search: "Wang Wenbin") { edges { node { id kind statements { totalCount edges { node { text } } } } } }
        kato: actors(search: "Katsunobu Kato") { edges { node { kind } } }
        search(query: "groundless slander") { totalCount }
      }`),
    );
    expect(data.articles.totalCount).toBe(1);
    expect(data.articles.edges[0].node.publishedAt).toBe("2021-07-09");
    expect(data.articles.edges[0].node.sentences.totalCount).toBeGreaterThan(5);
    expect(data.china).toEqual({ id: "country:cn", name: "China" });
    expect(data.japan.id).toBe("country:jp");
    expect(data.japan.statementsAbout.totalCount).toBeGreaterThan(0);
    expect(data.wang.edges).toHaveLength(1);
    expect(data.wang.edges[0].node.kind).toBe("PERSON");
    expect(data.wang.edges[0].node.statements.totalCount).toBeGreaterThan(0);
    expect(data.kato.edges[0].node.kind).toBe("PERSON");
    expect(data.search.totalCount).toBeGreaterThan(0);
  });

  it.each(EXAMPLE_OPERATIONS.map((op) => [op.name, op.query]))(
    "GraphiQL example %s runs without errors",
    async (_name, query) => {
      const data = ok(await gql(query));
      expect(JSON.stringify(data)).not.toBe("{}");
    },
  );

  it("draws the graph around China", async () => {
    const data = ok(
      await gql('{ graph(center: "country:cn", depth: 2) { nodes { id } edges { id source target } } }'),
    );
    expect(data.graph.nodes[0].id).toBe("country:cn");
    expect(data.graph.edges.length).toBeGreaterThan(0);
  });
});

describe("a cancelled event from another article", () => {
  it("is stored as negated, with the extractor's event type", async () => {
    await seedFiles(graph.executor, ["test/fixtures/articles/2024-05-17-iran-cancels-iaea-chief-visit.txt"]);
    const data = ok(
      await gql(`{ events(first: 100) { edges { node { label negated eventType status } } } }`),
    );
    const events = data.events.edges.map((e: { node: Record<string, unknown> }) => e.node);
    const cancelled = events.filter((e: { negated: boolean }) => e.negated);
    expect(cancelled.length).toBeGreaterThan(0);
    for (const event of cancelled) expect(event.status).not.toBe("PLANNED");
    expect(events.filter((e: { negated: boolean }) => !e.negated).length).toBeGreaterThan(0);
    expect(
      events.every((e: { eventType: unknown }) => e.eventType === null || typeof e.eventType === "string"),
    ).toBe(true);
    expect(events.some((e: { eventType: unknown }) => typeof e.eventType === "string")).toBe(true);
  });
});
