// The network as files for desktop tools: GEXF (Gephi) through graphology-gexf, GraphML (Gephi,
// Cytoscape Desktop, yEd) written here because graphology-graphml only parses, and Cytoscape.js
// JSON (Cytoscape Desktop's .cyjs import). Pure.
import { MultiDirectedGraph } from "graphology";
import { write as writeGexf } from "graphology-gexf";
import type { VisualNetwork } from "../schema/network-shape.ts";

type Flat = Record<string, string | number | boolean>;

/** Attribute values without nulls or empty lists; lists joined with `|` (the formats keep scalars). */
function flat(values: object, skip: readonly string[]): Flat {
  const out: Flat = {};
  for (const [key, value] of Object.entries(values)) {
    if (skip.includes(key) || value == null || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = Array.isArray(value) ? value.join("|") : (value as string | number | boolean);
  }
  return out;
}

const nodeAttributes = (node: VisualNetwork["nodes"][number]) => flat(node, ["id"]);
const edgeAttributes = (edge: VisualNetwork["edges"][number]) => flat(edge, ["id", "source", "target"]);

export function toGraphology(network: VisualNetwork): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const node of network.nodes) graph.addNode(node.id, nodeAttributes(node));
  for (const edge of network.edges)
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
  return graph;
}

export function toGexf(network: VisualNetwork): string {
  return writeGexf(toGraphology(network), { pretty: true });
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const xml = (value: string | number | boolean) =>
  String(value).replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

const graphmlType = (value: string | number | boolean) =>
  typeof value === "boolean"
    ? "boolean"
    : typeof value === "number"
      ? Number.isInteger(value)
        ? "int"
        : "double"
      : "string";

/** GraphML keys: one per attribute name and domain, typed by the first value seen. */
function keysOf(domain: "node" | "edge", rows: Flat[]): Map<string, { id: string; type: string }> {
  const keys = new Map<string, { id: string; type: string }>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (!keys.has(name)) keys.set(name, { id: `${domain[0]}_${name}`, type: graphmlType(value) });
    }
  }
  return keys;
}

function dataLines(row: Flat, keys: Map<string, { id: string }>, indent: string): string[] {
  return Object.entries(row).map(
    ([name, value]) => `${indent}<data key="${xml(keys.get(name)?.id ?? name)}">${xml(value)}</data>`,
  );
}

export function toGraphml(network: VisualNetwork): string {
  const nodes = network.nodes.map((node) => ({ id: node.id, row: nodeAttributes(node) }));
  const edges = network.edges.map((edge) => ({ edge, row: edgeAttributes(edge) }));
  const nodeKeys = keysOf(
    "node",
    nodes.map((n) => n.row),
  );
  const edgeKeys = keysOf(
    "edge",
    edges.map((e) => e.row),
  );
  const keyLines = [
    ...[...nodeKeys].map(([name, key]) => ["node", name, key] as const),
    ...[...edgeKeys].map(([name, key]) => ["edge", name, key] as const),
  ].map(
    ([domain, name, key]) =>
      `  <key id="${xml(key.id)}" for="${domain}" attr.name="${xml(name)}" attr.type="${key.type}"/>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keyLines,
    `  <graph id="network" edgedefault="directed">`,
    ...nodes.flatMap(({ id, row }) => [
      `    <node id="${xml(id)}">`,
      ...dataLines(row, nodeKeys, "      "),
      "    </node>",
    ]),
    ...edges.flatMap(({ edge, row }) => [
      `    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">`,
      ...dataLines(row, edgeKeys, "      "),
      "    </edge>",
    ]),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}

/** Cytoscape.js elements JSON: Cytoscape Desktop imports it as .cyjs; the objects are the API's. */
export function toCytoscapeJson(network: VisualNetwork, filters: Record<string, unknown>): string {
  const { nodes, edges, ...summary } = network;
  return `${JSON.stringify(
    {
      format_version: "1.0",
      generated_by: "news-knowledge-graph",
      target_cytoscapejs_version: "~3.0",
      data: { name: "network", ...summary, filters },
      elements: { nodes: nodes.map((data) => ({ data })), edges: edges.map((data) => ({ data })) },
    },
    null,
    2,
  )}\n`;
}
