// Sub-graphs for visualisation: the neighbourhood of a node and the shortest path between two.
// Both walk only the "story" graph: actors, statements and events, joined by SAID, ABOUT,
// PARTICIPATED_IN, TOOK_PLACE_IN and the actor-to-actor relation types. Variable-length bounds
// cannot be parameters in Cypher, so they come from closed integer ranges checked here.
import { int } from "neo4j-driver";
import type { CypherQuery } from "../executor.ts";
import { RELATION_TYPE_UNION } from "./projections.ts";

export const MAX_DEPTH = 3;
export const MAX_PATH_LENGTH = 6;
export const MAX_GRAPH_LIMIT = 500;

export const STORY_EDGE_TYPES = `SAID|ABOUT|PARTICIPATED_IN|TOOK_PLACE_IN|${RELATION_TYPE_UNION}`;

/** What the visual mapping needs of each node. */
export interface RawGraphNode {
  id: string;
  type: "Person" | "Organization" | "Country" | "Statement" | "Event";
  name: string | null;
  title: string | null;
  orgType: string | null;
  isoCode: string | null;
  text: string | null;
  verb: string | null;
  kind: string | null;
  eventLabel: string | null;
  date: string | null;
  status: string | null;
}

/** One edge per (source, type, target); `roles` holds PARTICIPATED_IN roles. */
export interface RawGraphEdge {
  source: string;
  type: string;
  target: string;
  roles: string[];
}

export interface RawGraph {
  nodes: RawGraphNode[];
  edges: RawGraphEdge[];
  truncated: boolean;
}

const GRAPH_NODE = `{id: n.id,
  type: CASE WHEN n:Person THEN 'Person' WHEN n:Organization THEN 'Organization' WHEN n:Country THEN 'Country'
             WHEN n:Statement THEN 'Statement' ELSE 'Event' END,
  name: n.name, title: n.title, orgType: n.orgType, isoCode: n.isoCode, text: n.text, verb: n.verb,
  kind: n.kind, eventLabel: n.label, date: n.date, status: n.status}`;

const lookup = (param: "center" | "from" | "to", as: string) => `CALL () {
  MATCH (n:Actor {id: $${param}}) RETURN n AS ${as}
  UNION ALL
  MATCH (n:Statement {id: $${param}}) RETURN n AS ${as}
  UNION ALL
  MATCH (n:Event {id: $${param}}) RETURN n AS ${as}
}`;

function assertInt(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${what} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/**
 * Breadth-first from `center`, `depth` hops, at most `limit` nodes (nearest first; each hop is
 * capped at `limit` too, so the work stays bounded). One row `{nodes, edges, truncated}`, or none
 * when `center` is not an actor, statement or event.
 */
export function neighbourhood(center: string, depth: number, limit: number): CypherQuery {
  assertInt(depth, 0, MAX_DEPTH, "depth");
  assertInt(limit, 1, MAX_GRAPH_LIMIT, "limit");
  const hop = `CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[:${STORY_EDGE_TYPES}]-(m)
  WHERE NOT m IN seen
  WITH DISTINCT m ORDER BY m.id LIMIT $limit
  RETURN collect(m) AS next
}
WITH seen + next AS seen, next AS frontier`;
  return {
    text: `${lookup("center", "c")}
WITH [c] AS seen, [c] AS frontier
${Array.from({ length: depth }, () => hop).join("\n")}
WITH seen[..$limit] AS ns, size(seen) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r:${STORY_EDGE_TYPES}]->(b)
  WHERE b IN ns
  WITH a, type(r) AS type, b, collect(r.role) AS roles
  ORDER BY a.id, type, b.id
  RETURN collect({source: a.id, type: type, target: b.id, roles: roles}) AS edges
}
RETURN [n IN ns | ${GRAPH_NODE}] AS nodes, edges, truncated`,
    params: { center, limit: int(limit) },
  };
}

/** One shortest path of at most `maxLength` hops: one row `{nodes, edges, truncated}`, or none. */
export function shortestPath(from: string, to: string, maxLength: number): CypherQuery {
  assertInt(maxLength, 1, MAX_PATH_LENGTH, "maxLength");
  return {
    text: `${lookup("from", "a")}
${lookup("to", "b")}
WITH a, b WHERE a <> b
MATCH p = shortestPath((a)-[:${STORY_EDGE_TYPES}*..${maxLength}]-(b))
RETURN [n IN nodes(p) | ${GRAPH_NODE}] AS nodes,
  [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id,
                            roles: CASE WHEN r.role IS NULL THEN [] ELSE [r.role] END}] AS edges,
  false AS truncated`,
    params: { from, to },
  };
}
