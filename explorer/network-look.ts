// How the actor network is drawn: node size by weight, edge width by weight, edge colour by
// relation kind, node colour by actor kind or by Louvain community.
import type { StylesheetJson } from "cytoscape";
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import type { NetworkEdge, NetworkNode } from "./network-api.ts";

export const KIND_COLORS: Record<string, string> = {
  ACCUSES: "#c0392b",
  CRITICIZES: "#e67e22",
  THREATENS: "#8e1b4e",
  COOPERATES_WITH: "#2e8b57",
  ALLIED_WITH: "#1f6fb2",
  MEMBER_OF: "#7f8c8d",
  AFFILIATED_WITH: "#95a5a6",
  SPEAKS_FOR: "#8e7cc3",
  PART_OF: "#b0a48a",
};

// The package is CommonJS typed as `export default`: under NodeNext TypeScript sees the module
// object, while esbuild hands over the function itself. Accept both.
type Louvain = (typeof louvainModule)["default"];
const louvain: Louvain =
  (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

const COMMUNITY_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#6b8e23",
  "#17becf",
  "#bcbd22",
];

/** sqrt scale, so one very busy actor does not shrink all the others to dots. */
const scale = (value: number, max: number, lo: number, hi: number) =>
  lo + (hi - lo) * Math.sqrt(Math.max(0, value) / Math.max(1, max));

export function nodeData(node: NetworkNode, maxWeight: number) {
  return {
    ...node,
    short: node.label.length > 28 ? `${node.label.slice(0, 27)}…` : node.label,
    size: Math.round(scale(node.weight, maxWeight, 16, 76)),
    fontSize: Math.round(scale(node.weight, maxWeight, 9, 19)),
  };
}

export function edgeData(edge: NetworkEdge, maxWeight: number) {
  return {
    ...edge,
    width: Number(scale(edge.weight, maxWeight, 1, 9).toFixed(1)),
    color: KIND_COLORS[edge.type] ?? "#a7b0bd",
  };
}

/** Louvain communities over the drawn network (undirected, weight + 1 so appositions count). */
export function communities(nodes: string[], edges: { source: string; target: string; weight: number }[]) {
  const graph = new UndirectedGraph();
  for (const id of nodes) graph.addNode(id);
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) continue;
    const weight = edge.weight + 1;
    if (graph.hasEdge(edge.source, edge.target)) {
      graph.updateEdgeAttribute(edge.source, edge.target, "weight", (w: number) => w + weight);
    } else graph.addEdge(edge.source, edge.target, { weight });
  }
  const assignment = graph.size > 0 ? louvain(graph, { getEdgeWeight: "weight", rng: seeded(7) }) : {};
  const colors = new Map<string, string>();
  for (const id of nodes) {
    const community = assignment[id] ?? 0;
    colors.set(id, COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] ?? "#888");
  }
  return colors;
}

/** A small deterministic generator, so the same network gets the same communities. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export function networkStyle(): StylesheetJson {
  return [
    {
      selector: "node.net",
      style: {
        width: "data(size)",
        height: "data(size)",
        "font-size": "data(fontSize)",
        "text-max-width": "160px",
        "border-width": 1.5,
      },
    },
    { selector: "node.net.community", style: { "background-color": "data(community)" } },
    {
      selector: "edge.net",
      style: {
        width: "data(width)",
        "line-color": "data(color)",
        "target-arrow-color": "data(color)",
        "arrow-scale": 0.7,
        opacity: 0.75,
        label: "",
        "curve-style": "bezier",
      },
    },
    {
      selector: "edge.net:selected",
      style: { "line-color": "#f2c200", "target-arrow-color": "#f2c200", opacity: 1 },
    },
    { selector: "edge.net.hover", style: { label: "data(label)", opacity: 1, "z-index": 20 } },
  ];
}
