// The visualisation shape of `graph` and `path`: nodes {id type label caption} and edges
// {id source target type label}, with ids unique across nodes and edges together. Pure.
import type { RawGraph, RawGraphEdge, RawGraphNode } from "../graph/queries/graph.ts";
import { relationId } from "../graph/queries/relations.ts";

export interface VisualNode {
  id: string;
  type: string;
  label: string;
  caption: string;
}

export interface VisualEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
}

export interface VisualGraph {
  nodes: VisualNode[];
  edges: VisualEdge[];
  truncated: boolean;
}

export const LABEL_LENGTH = 60;

export function shorten(text: string, max = LABEL_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function nodeLabel(node: RawGraphNode): Pick<VisualNode, "label" | "caption"> {
  switch (node.type) {
    case "Person":
      return { label: node.name ?? node.id, caption: node.title ?? "Person" };
    case "Organization":
      return { label: node.name ?? node.id, caption: node.orgType ?? "Organization" };
    case "Country":
      return { label: node.name ?? node.id, caption: node.isoCode ?? "Country" };
    case "Statement": {
      const text = shorten(node.text ?? "", LABEL_LENGTH - 2);
      return {
        label: node.kind === "quote" ? `“${text}”` : text,
        caption: [node.verb, node.kind].filter(Boolean).join(" · ") || "Statement",
      };
    }
    case "Event":
      return {
        label: shorten(node.eventLabel ?? node.id),
        caption: [node.date ?? "undated", node.status].filter(Boolean).join(" · "),
      };
  }
}

const EDGE_LABELS: Record<string, string> = {
  SAID: "said",
  ABOUT: "about",
  TOOK_PLACE_IN: "took place in",
  PARTICIPATED_IN: "took part in",
};

function edgeLabel(edge: RawGraphEdge): string {
  if (edge.type === "PARTICIPATED_IN" && edge.roles.length > 0)
    return [...new Set(edge.roles)].sort().join(", ");
  return EDGE_LABELS[edge.type] ?? edge.type.toLowerCase().replaceAll("_", " ");
}

export function toVisualGraph(raw: RawGraph): VisualGraph {
  const nodes = raw.nodes.map((node) => ({ id: node.id, type: node.type, ...nodeLabel(node) }));
  const seen = new Set(nodes.map((node) => node.id));
  const edges: VisualEdge[] = [];
  for (const edge of raw.edges) {
    const id = relationId(edge.source, edge.type, edge.target);
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source: edge.source, target: edge.target, type: edge.type, label: edgeLabel(edge) });
  }
  return { nodes, edges, truncated: raw.truncated };
}
