// Relations between actors. The writer stores one relationship per (source, kind, target, article);
// the API merges them into one Relation whose id is `<sourceId>-[<KIND>]-><targetId>`.

import { int } from "neo4j-driver";
import type { RelationKind } from "../../extract/types.ts";
import { RELATION_TYPES } from "../cypher/article-writes.ts";
import type { CypherQuery } from "../executor.ts";
import { assertWindow } from "./paging.ts";
import { relationProjection } from "./projections.ts";
import type { PageWindow, RelationDirection } from "./records.ts";

export const relationId = (sourceId: string, kind: string, targetId: string) =>
  `${sourceId}-[${kind}]->${targetId}`;

export interface RelationKey {
  id: string;
  sourceId: string;
  kind: RelationKind;
  targetId: string;
}

const RELATION_ID = /^(.+?)-\[([A-Z_]+)\]->(.+)$/;

/** Splits a relation id; undefined when it is not one (or names an unknown kind). */
export function parseRelationId(id: string): RelationKey | undefined {
  const match = RELATION_ID.exec(id);
  if (!match) return undefined;
  const [, sourceId, kind, targetId] = match;
  if (!sourceId || !targetId || !RELATION_TYPES.includes(kind as RelationKind)) return undefined;
  return { id, sourceId, kind: kind as RelationKind, targetId };
}

/**
 * The kinds as a relationship type union, `ACCUSES|CRITICIZES`, checked against the closed set.
 * Types cannot be parameters; in the pattern they let Neo4j expand only those relationships of
 * an actor instead of every one (mentions and statements included) and filtering afterwards.
 */
function kindsUnion(kinds: readonly RelationKind[] | null | undefined): string {
  const list = kinds && kinds.length > 0 ? [...kinds] : [...RELATION_TYPES];
  for (const kind of list)
    if (!RELATION_TYPES.includes(kind)) throw new Error(`Unknown relation kind "${kind}"`);
  return list.join("|");
}

/** Merged relations by id: rows `{id, relation}`; ids with no stored relationship give no row. */
export function relationsByKeys(keys: readonly RelationKey[]): CypherQuery {
  return {
    text: `UNWIND $keys AS key
MATCH (a:Actor {id: key.sourceId})-[r]->(b:Actor {id: key.targetId})
WHERE type(r) = key.kind
WITH key, a, b, type(r) AS kind, collect(r) AS rs
RETURN key.id AS id, ${relationProjection("a", "kind", "b", "rs")} AS relation`,
    params: {
      keys: keys.map((k) => ({ id: k.id, sourceId: k.sourceId, kind: k.kind, targetId: k.targetId })),
    },
  };
}

export interface RelationFilter {
  kinds?: readonly RelationKind[] | null;
  /** Only relations where the actor is the source (OUTGOING) or the target (INCOMING). */
  direction?: RelationDirection | null;
}

/**
 * Relations of each actor, seen from that actor (`direction`), ordered by kind then counterpart:
 * rows `{id, total, items}`. Grouping needs every relationship of the actor, so the page is cut
 * from the grouped list.
 */
export function relationsOf(ids: readonly string[], filter: RelationFilter, window: PageWindow): CypherQuery {
  const { offset, limit } = assertWindow(window);
  const r = `r:${kindsUnion(filter.kinds)}`;
  const pattern =
    filter.direction === "OUTGOING"
      ? `(p)-[${r}]->(o:Actor)`
      : filter.direction === "INCOMING"
        ? `(p)<-[${r}]-(o:Actor)`
        : `(p)-[${r}]-(o:Actor)`;
  return {
    text: `UNWIND $ids AS id
MATCH (p:Actor {id: id})
CALL (p) {
  OPTIONAL MATCH ${pattern}
  WITH p, r WHERE r IS NOT NULL
  WITH p, startNode(r) AS a, type(r) AS kind, endNode(r) AS b, collect(r) AS rs
  ORDER BY kind, CASE WHEN a = p THEN b.name ELSE a.name END, a.id, b.id
  RETURN collect(${relationProjection("a", "kind", "b", "rs", "CASE WHEN a = p THEN 'OUTGOING' ELSE 'INCOMING' END")}) AS found
}
RETURN id, size(found) AS total, found[$offset..$offset + $limit] AS items`,
    params: { ids: [...ids], offset: int(offset), limit: int(limit) },
  };
}

/** Every relation in the graph (optionally of some kinds), seen from its source. */
export function listRelations(
  kinds: readonly RelationKind[] | null | undefined,
  window: PageWindow,
): CypherQuery {
  const { offset, limit } = assertWindow(window);
  const types = kindsUnion(kinds);
  return {
    text: `CALL () {
  MATCH (a:Actor)-[r:${types}]->(b:Actor)
  WITH DISTINCT a, type(r) AS kind, b
  RETURN count(*) AS total
}
CALL () {
  MATCH (a:Actor)-[r:${types}]->(b:Actor)
  WITH a, type(r) AS kind, b, collect(r) AS rs
  ORDER BY kind, a.name, b.name, a.id, b.id
  SKIP $offset LIMIT $limit
  RETURN collect(${relationProjection("a", "kind", "b", "rs")}) AS items
}
RETURN total, items`,
    params: { offset: int(offset), limit: int(limit) },
  };
}
