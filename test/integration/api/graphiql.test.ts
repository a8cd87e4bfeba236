// GraphiQL opens with the article's story as example tabs; every example runs on the seeded graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_OPERATIONS } from "../../../src/server/graphiql-examples.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { IDS, resetGraph } from "./fixture.ts";
import { ok, type Row, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const { app, gql } = testApp(graph.executor);

beforeAll(() => resetGraph(graph.executor));
afterAll(() => graph.close());

const example = (name: string) => {
  const operation = EXAMPLE_OPERATIONS.find((op) => op.name === name);
  if (!operation) throw new Error(`no example ${name}`);
  return operation.query;
};

describe("GraphiQL examples", () => {
  it("are served as tabs, the first as the default query", async () => {
    const response = await app.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    const html = await response.text();
    for (const { name } of EXAMPLE_OPERATIONS) expect(html).toContain(`query ${name}`);
    expect(html).toContain("defaultTabs");
  });

  it("WhoAccusesWhom shows Japan accusing China and China criticising Japan", async () => {
    const data = ok(await gql(example("WhoAccusesWhom")));
    expect(data.accusations.edges.map((e: Row) => [e.node.source.name, e.node.target.name])).toEqual([
      ["Japan", "China"],
    ]);
    expect(data.criticism.edges.map((e: Row) => [e.node.source.name, e.node.target.name])).toEqual([
      ["China", "Japan"],
      ["Wang Wenbin", "Japan"],
    ]);
    expect(data.criticism.edges[1].node.statements.edges[0].node).toEqual({
      speaker: { name: "Wang Wenbin" },
      verb: "criticized",
      text: "groundless slander",
    });
  });

  it("WhatWangWenbinSaid lists his three quotes", async () => {
    const data = ok(await gql(example("WhatWangWenbinSaid")));
    const [wang] = data.actors.edges;
    expect(wang.node).toMatchObject({
      id: IDS.wang,
      title: "Foreign Ministry Spokesman",
      country: { name: "China" },
    });
    expect(wang.node.statements.totalCount).toBe(3);
    expect(wang.node.statements.edges[1].node).toMatchObject({
      verb: "according to",
      about: [{ name: "Japan" }],
      evidence: [{ sentence: { index: 8 } }],
    });
  });

  it("EventsInDateOrder starts with the dated events and shows the conflict", async () => {
    const data = ok(await gql(example("EventsInDateOrder")));
    const labels = data.events.edges.map((e: Row) => e.node.label);
    expect(labels.slice(0, 3)).toEqual([
      "Joint exercises of U.S. forces and the Self-Defense Forces",
      "Cybersecurity strategy implemented",
      "Tokyo Olympic and Paralympic Games start",
    ]);
    const strategy = data.events.edges[1].node;
    expect(strategy.dateConflict).toBe(true);
    expect(strategy.dateClaims.map((c: Row) => c.text)).toEqual(["in September", "this month"]);
  });

  it("GraphAroundChina draws China's two-hop neighbourhood", async () => {
    const data = ok(await gql(example("GraphAroundChina")));
    expect(data.graph.nodes[0].id).toBe(IDS.china);
    expect(data.graph.nodes.length).toBeGreaterThan(10);
    expect(data.graph.edges.length).toBeGreaterThan(10);
  });
});
