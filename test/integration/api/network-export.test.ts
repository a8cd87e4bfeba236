// GET /export/network.{graphml,gexf,json}: each file parsed back with graphology's own parsers (or
// JSON.parse) must hold exactly the nodes, edges and numbers of the `network` answer.
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCorpus } from "../../../bench/support/corpus.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { ok, type Row, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const { app, gql } = testApp(graph.executor);

const NETWORK = `query ($center: ID, $kinds: [RelationKind!], $minWeight: Int, $limit: Int) {
  network(center: $center, kinds: $kinds, minWeight: $minWeight, limit: $limit) {
    truncated omittedNodes omittedEdges
    nodes { id type label caption weight degree }
    edges { id source target type label weight articleCount firstDate lastDate evidenceIds }
  }
}`;

let answer: Row;
const QUERY = "limit=40&kinds=CRITICIZES,ACCUSES,COOPERATES_WITH,PART_OF,AFFILIATED_WITH";

const download = (path: string) => app.fetch(`http://localhost${path}`);

beforeAll(async () => {
  await seedCorpus(graph.executor, 20);
  answer = ok(
    await gql(NETWORK, {
      limit: 40,
      kinds: ["CRITICIZES", "ACCUSES", "COOPERATES_WITH", "PART_OF", "AFFILIATED_WITH"],
    }),
  ).network;
}, 300_000);
afterAll(() => graph.close());

/** The attributes a file keeps for a node or edge: scalars, lists joined with `|`, no nulls or empty lists. */
function flatten(item: Row, skip: string[]): Row {
  return Object.fromEntries(
    Object.entries(item)
      .filter(
        ([key, value]) =>
          !skip.includes(key) && value != null && !(Array.isArray(value) && value.length === 0),
      )
      .map(([key, value]) => [key, Array.isArray(value) ? value.join("|") : value]),
  );
}

function expectSameNetwork(parsed: MultiDirectedGraph) {
  expect(answer.nodes.length).toBeGreaterThan(5);
  expect(answer.edges.length).toBeGreaterThan(5);
  expect(parsed.order).toBe(answer.nodes.length);
  expect(parsed.size).toBe(answer.edges.length);
  for (const node of answer.nodes) {
    expect(parsed.getNodeAttributes(node.id), node.id).toEqual(flatten(node, ["id"]));
  }
  for (const edge of answer.edges) {
    expect(parsed.source(edge.id)).toBe(edge.source);
    expect(parsed.target(edge.id)).toBe(edge.target);
    expect(parsed.getEdgeAttributes(edge.id), edge.id).toEqual(flatten(edge, ["id", "source", "target"]));
  }
}

describe("network exports", () => {
  it("GEXF parses back (graphology-gexf) to the API's network, with a file name", async () => {
    const response = await download(`/export/network.gexf?${QUERY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/gexf\+xml/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="network.gexf"');
    const parsed = parseGexf(MultiDirectedGraph, await response.text(), { addMissingNodes: false });
    expectSameNetwork(parsed as MultiDirectedGraph);
  });

  it("GraphML parses back (graphology-graphml) to the API's network", async () => {
    const response = await download(`/export/network.graphml?${QUERY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="network.graphml"');
    const parsed = parseGraphml(MultiDirectedGraph, await response.text());
    expectSameNetwork(parsed as MultiDirectedGraph);
  });

  it("JSON is Cytoscape.js elements holding the API's objects, with the summary and filters", async () => {
    const center = answer.nodes[0].id;
    const response = await download(`/export/network.json?${QUERY}&center=${encodeURIComponent(center)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="network-${center.replace(":", "_")}.json"`,
    );
    const file = await response.json();
    const ego = ok(
      await gql(NETWORK, {
        center,
        limit: 40,
        kinds: ["CRITICIZES", "ACCUSES", "COOPERATES_WITH", "PART_OF", "AFFILIATED_WITH"],
      }),
    ).network;
    expect(file.elements.nodes.map((n: Row) => n.data)).toEqual(ego.nodes);
    expect(file.elements.edges.map((e: Row) => e.data)).toEqual(ego.edges);
    expect(file.data).toMatchObject({
      truncated: ego.truncated,
      omittedNodes: ego.omittedNodes,
      omittedEdges: ego.omittedEdges,
      filters: { center, limit: "40" },
    });
  });

  it("answers a bad parameter with a 400 that names it, and an unknown format with a 404", async () => {
    for (const [query, name] of [
      ["limit=0", "limit"],
      ["limit=ten", "limit"],
      ["kinds=HUGS", "kinds"],
      ["actorKinds=ROBOT", "actorKinds"],
      ["from=yesterday", "from"],
      ["country=China", "country"],
    ]) {
      const response = await download(`/export/network.gexf?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.text()).toContain(`"${name}"`);
    }
    expect((await download("/export/network.csv")).status).toBe(404);
    expect((await download("/export/network.json?center=person:nobody-at-all")).status).toBe(404);
  });
});
