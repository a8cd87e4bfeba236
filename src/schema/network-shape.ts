// The network's arguments and answer, shared by the `network` field and the /export/network.*
// files: argument checks (BAD_USER_INPUT naming the argument) and the drawable shape.
import type { CypherExecutor, CypherQuery } from "../graph/executor.ts";
import { MAX_NETWORK_LIMIT, type NetworkFilter, type RawNetwork } from "../graph/queries/network.ts";
import { relationId } from "../graph/queries/relations.ts";
import { badInput, countryCode, fuzzyDate, intInRange, optionalId } from "./validation.ts";
import type { VisualEdge, VisualNode } from "./visual.ts";

export const DEFAULT_NETWORK_LIMIT = 150;
export const MAX_MIN_WEIGHT = 1_000_000;

/** The `network` field's arguments: the builder's filter, with the bounds optional (defaults apply). */
export type NetworkArgs = Omit<NetworkFilter, "minWeight" | "limit"> & {
  minWeight?: number | null;
  limit?: number | null;
};

export interface VisualNetworkNode extends VisualNode {
  weight: number;
  degree: number;
}

export interface VisualNetworkEdge extends VisualEdge {
  weight: number;
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
  evidenceIds: string[];
}

export interface VisualNetwork {
  nodes: VisualNetworkNode[];
  edges: VisualNetworkEdge[];
  truncated: boolean;
  omittedNodes: number;
  omittedEdges: number;
}

export function validNetworkArgs(args: NetworkArgs): NetworkFilter {
  const from = fuzzyDate("from", args.from);
  const to = fuzzyDate("to", args.to);
  // `~` sorts after every digit: "2021~" is past every date of 2021 (see PERIOD_END).
  if (from && to && from > `${to}~`) throw badInput("to", `must not be before "from" (${from}).`);
  return {
    center: optionalId("center", args.center),
    from,
    to,
    kinds: args.kinds ?? null,
    actorKinds: args.actorKinds ?? null,
    country: args.country == null ? null : countryCode("country", args.country),
    minWeight: intInRange("minWeight", args.minWeight, 0, MAX_MIN_WEIGHT, 0),
    limit: intInRange("limit", args.limit, 1, MAX_NETWORK_LIMIT, DEFAULT_NETWORK_LIMIT),
  };
}

function caption(node: RawNetwork["nodes"][number]): string {
  if (node.type === "Person") return node.title ?? "Person";
  if (node.type === "Organization") return node.orgType ?? "Organization";
  return node.isoCode ?? "Country";
}

export function toVisualNetwork(raw: RawNetwork): VisualNetwork {
  return {
    nodes: raw.nodes.map((node) => ({
      id: node.id,
      type: node.type,
      label: node.name ?? node.id,
      caption: caption(node),
      weight: node.weight,
      degree: node.degree,
    })),
    edges: raw.edges.map((edge) => ({
      id: relationId(edge.source, edge.kind, edge.target),
      source: edge.source,
      target: edge.target,
      type: edge.kind,
      label: edge.kind.toLowerCase().replaceAll("_", " "),
      weight: edge.weight,
      articleCount: edge.articleCount,
      firstDate: edge.firstDate,
      lastDate: edge.lastDate,
      evidenceIds: [...edge.evidenceIds].sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
    })),
    truncated: raw.omittedNodes > 0 || raw.omittedEdges > 0,
    omittedNodes: raw.omittedNodes,
    omittedEdges: raw.omittedEdges,
  };
}

/** Runs the network query; null when `center` names no actor. */
export async function readNetwork(
  executor: CypherExecutor,
  query: CypherQuery,
): Promise<VisualNetwork | null> {
  const [row] = await executor.readHeavy<RawNetwork & { centerFound: boolean }>(query);
  if (!row?.centerFound) return null;
  return toVisualNetwork(row);
}
