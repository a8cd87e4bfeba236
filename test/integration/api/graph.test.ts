// `graph` and `path`: the visualisation shape, its invariants, and argument bounds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { eventId, IDS, resetGraph, statementId } from "./fixture.ts";
import { ok, oneError, type Row, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const { gql } = testApp(graph.executor);

beforeAll(() => resetGraph(graph.executor));
afterAll(() => graph.close());

const GRAPH = `query ($center: ID!, $depth: Int, $limit: Int) {
  graph(center: $center, depth: $depth, limit: $limit) {
    truncated
    nodes { id type label caption }
    edges { id source target type label }
  }
}`;
const PATH = `query ($from: ID!, $to: ID!, $maxLength: Int) {
  path(from: $from, to: $to, maxLength: $maxLength) {
    nodes { id type label caption }
    edges { id source target type label }
  }
}`;

interface Drawn {
  nodes: { id: string; type: string; label: string; caption: string }[];
  edges: { id: string; source: string; target: string; type: string; label: string }[];
}

function expectWellFormed(g: Drawn) {
  const ids = [...g.nodes.map((n: Row) => n.id), ...g.edges.map((e: Row) => e.id)];
  expect(new Set(ids).size).toBe(ids.length);
  const nodeIds = new Set(g.nodes.map((n: Row) => n.id));
  for (const edge of g.edges) {
    expect(nodeIds.has(edge.source), edge.id).toBe(true);
    expect(nodeIds.has(edge.target), edge.id).toBe(true);
    expect(edge.id).toBe(`${edge.source}-[${edge.type}]->${edge.target}`);
    expect(edge.label.length).toBeGreaterThan(0);
  }
  for (const node of g.nodes) {
    expect(["Person", "Organization", "Country", "Statement", "Event"]).toContain(node.type);
    expect(node.label.length).toBeGreaterThan(0);
    expect(node.label.length).toBeLessThanOrEqual(60);
  }
}

describe("graph", () => {
  it("draws China's direct neighbourhood", async () => {
    const { graph: g } = ok(await gql(GRAPH, { center: IDS.china }));
    expectWellFormed(g);
    expect(g.truncated).toBe(false);
    expect(g.nodes[0]).toEqual({ id: IDS.china, type: "Country", label: "China", caption: "CN" });
    const ids = new Set(g.nodes.map((n: Row) => n.id));
    for (const id of [
      IDS.japan,
      IDS.mofaChina,
      statementId(2),
      statementId(3),
      statementId(7),
      eventId(2),
      eventId(4),
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    // Depth 1 does not reach Wang Wenbin (two hops away, through the ministry or Japan).
    expect(ids.has(IDS.wang)).toBe(false);
    const edge = (id: string) => g.edges.find((e: Row) => e.id === id);
    expect(edge(`${IDS.china}-[CRITICIZES]->${IDS.japan}`)).toEqual({
      id: `${IDS.china}-[CRITICIZES]->${IDS.japan}`,
      source: IDS.china,
      target: IDS.japan,
      type: "CRITICIZES",
      label: "criticizes",
    });
    expect(edge(`${IDS.china}-[SAID]->${statementId(3)}`)?.label).toBe("said");
    expect(edge(`${IDS.china}-[PARTICIPATED_IN]->${eventId(4)}`)?.label).toBe("source");
    const statement = g.nodes.find((n: Row) => n.id === statementId(3));
    expect(statement).toEqual({
      id: statementId(3),
      type: "Statement",
      label: "“groundless slander”",
      caption: "calling · quote",
    });
    const event = g.nodes.find((n: Row) => n.id === eventId(4));
    expect(event).toMatchObject({
      type: "Event",
      label: "China criticizes Japan's move",
      caption: "undated · occurred",
    });
  });

  it("goes further with depth and stops at limit", async () => {
    const deeper = ok(await gql(GRAPH, { center: IDS.china, depth: 2 })).graph;
    expectWellFormed(deeper);
    const ids = deeper.nodes.map((n: Row) => n.id);
    expect(ids).toContain(IDS.wang);
    expect(ids).toContain(IDS.us);
    const shallow = ok(await gql(GRAPH, { center: IDS.china, depth: 1 })).graph;
    expect(deeper.nodes.length).toBeGreaterThan(shallow.nodes.length);
    // Nearest first: the depth-1 nodes come before the others.
    expect(new Set(ids.slice(0, shallow.nodes.length))).toEqual(new Set(shallow.nodes.map((n: Row) => n.id)));

    const limited = ok(await gql(GRAPH, { center: IDS.china, depth: 3, limit: 5 })).graph;
    expectWellFormed(limited);
    expect(limited.nodes).toHaveLength(5);
    expect(limited.truncated).toBe(true);
    expect(limited.nodes[0].id).toBe(IDS.china);

    const alone = ok(await gql(GRAPH, { center: statementId(0), depth: 0 })).graph;
    expect(alone).toEqual({
      truncated: false,
      nodes: [
        expect.objectContaining({ id: statementId(0), type: "Statement", caption: "suggested · quote" }),
      ],
      edges: [],
    });
  });

  it("centres on an event too, with roles on edges", async () => {
    const { graph: g } = ok(await gql(GRAPH, { center: eventId(1) }));
    expectWellFormed(g);
    expect(g.nodes[0]).toEqual({
      id: eventId(1),
      type: "Event",
      label: "Cybersecurity strategy implemented",
      caption: "2021-07 · planned",
    });
    expect(g.edges.map((e: Row) => [e.id, e.label]).sort()).toEqual([
      [`${eventId(1)}-[TOOK_PLACE_IN]->${IDS.japan}`, "took place in"],
      [`${IDS.japan}-[PARTICIPATED_IN]->${eventId(1)}`, "source"],
    ]);
  });

  it("gives null for an unknown centre and BAD_USER_INPUT for bad bounds", async () => {
    expect(ok(await gql(GRAPH, { center: "country:zz" })).graph).toBeNull();
    // Articles and sentences are not part of the drawn graph.
    expect(
      ok(await gql(GRAPH, { center: "2021-07-09-japan-seeks-stronger-cybersecurity" })).graph,
    ).toBeNull();
    for (const [variables, argument] of [
      [{ center: IDS.china, depth: 4 }, "depth"],
      [{ center: IDS.china, depth: -1 }, "depth"],
      [{ center: IDS.china, limit: 0 }, "limit"],
      [{ center: IDS.china, limit: 501 }, "limit"],
      [{ center: "bad id!" }, "center"],
    ] as const) {
      const error = oneError(await gql(GRAPH, variables));
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain(`Argument "${argument}"`);
    }
  });
});

describe("path", () => {
  it("finds a shortest path between two actors", async () => {
    const { path } = ok(await gql(PATH, { from: IDS.wang, to: IDS.asean }));
    expectWellFormed(path);
    expect(path.nodes.map((n: Row) => n.id)).toEqual([IDS.wang, IDS.japan, IDS.asean]);
    expect(path.edges.map((e: Row) => e.id)).toEqual([
      `${IDS.wang}-[CRITICIZES]->${IDS.japan}`,
      `${IDS.japan}-[COOPERATES_WITH]->${IDS.asean}`,
    ]);
    // Edges keep their stored direction even when walked backwards.
    const back = ok(await gql(PATH, { from: IDS.asean, to: IDS.wang })).path;
    expect(back.nodes.map((n: Row) => n.id)).toEqual([IDS.asean, IDS.japan, IDS.wang]);
    expect(back.edges[1]).toMatchObject({ source: IDS.wang, target: IDS.japan, label: "criticizes" });
  });

  it("runs through statements and events", async () => {
    const { path } = ok(await gql(PATH, { from: statementId(0), to: IDS.japan }));
    expect(path.nodes.map((n: Row) => n.id)).toEqual([statementId(0), IDS.japan]);
    expect(path.edges).toEqual([
      {
        id: `${statementId(0)}-[ABOUT]->${IDS.japan}`,
        source: statementId(0),
        target: IDS.japan,
        type: "ABOUT",
        label: "about",
      },
    ]);
  });

  it("is null beyond maxLength or for unknown ids; one node for from = to", async () => {
    expect(ok(await gql(PATH, { from: IDS.wang, to: IDS.asean, maxLength: 1 })).path).toBeNull();
    expect(ok(await gql(PATH, { from: IDS.wang, to: "country:zz" })).path).toBeNull();
    const same = ok(await gql(PATH, { from: IDS.wang, to: IDS.wang })).path;
    expect(same).toEqual({
      nodes: [expect.objectContaining({ id: IDS.wang, label: "Wang Wenbin" })],
      edges: [],
    });
  });

  it("rejects bad bounds and ids", async () => {
    for (const [variables, argument] of [
      [{ from: IDS.wang, to: IDS.asean, maxLength: 7 }, "maxLength"],
      [{ from: IDS.wang, to: IDS.asean, maxLength: 0 }, "maxLength"],
      [{ from: "", to: IDS.asean }, "from"],
      [{ from: IDS.wang, to: "a b" }, "to"],
    ] as const) {
      const error = oneError(await gql(PATH, variables));
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain(`Argument "${argument}"`);
    }
  });
});
