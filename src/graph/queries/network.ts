// The actor network: one edge per (source, kind, target) aggregated over every article, weighted by
// the statements and events that support it, and a per-month histogram of events. Pure builders;
// the aggregation happens in Cypher so the service never loads the raw relationships.
import { int } from "neo4j-driver";
import type { ActorKind, RelationKind } from "../../extract/types.ts";
import { ACTOR_LABELS, RELATION_TYPES } from "../cypher/article-writes.ts";
import type { CypherQuery } from "../executor.ts";
import { PERIOD_END } from "./events.ts";
import { ACTOR_TYPENAME } from "./projections.ts";

export const MAX_NETWORK_LIMIT = 500;
/** Edges kept per kept node: `limit` nodes carry at most this many times `limit` edges. */
export const EDGES_PER_NODE = 4;
export const EVIDENCE_SAMPLE = 5;

export interface NetworkFilter {
  center?: string | null;
  from?: string | null;
  to?: string | null;
  kinds?: readonly RelationKind[] | null;
  actorKinds?: readonly ActorKind[] | null;
  /** ISO 3166-1 alpha-2, upper case: edges with an end that is, or belongs to, this country. */
  country?: string | null;
  minWeight: number;
  limit: number;
}

export interface RawNetworkNode {
  id: string;
  type: ActorKind;
  name: string | null;
  title: string | null;
  orgType: string | null;
  isoCode: string | null;
  weight: number;
  degree: number;
}

export interface RawNetworkEdge {
  source: string;
  target: string;
  kind: RelationKind;
  weight: number;
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
  evidenceIds: string[];
}

export interface RawNetwork {
  nodes: RawNetworkNode[];
  edges: RawNetworkEdge[];
  omittedNodes: number;
  omittedEdges: number;
}

function closedList<T extends string>(values: readonly T[] | null | undefined, known: readonly T[]): T[] {
  const list = values && values.length > 0 ? [...new Set(values)] : [...known];
  for (const value of list) if (!known.includes(value)) throw new Error(`Unknown value "${value}"`);
  return list;
}

function assertInt(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${what} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/**
 * The dates of one stored (per-article) relationship `r`: `published` (its article's) and
 * `eventDates` (parallel to `r.eventIds`: each event's earliest date, else the article's). The
 * writer stores both on the relationship; one stored before it did has them looked up instead.
 */
const DATES = `CALL (r) {
    WITH r WHERE r.published IS NOT NULL
    RETURN r.published AS published, coalesce(r.eventDates, []) AS eventDates
    UNION ALL
    WITH r WHERE r.published IS NULL
    OPTIONAL MATCH (art:Article {id: r.articleId})
    WITH r, toString(art.publishedAt) AS published
    RETURN published, [eid IN coalesce(r.eventIds, []) |
      coalesce(head(COLLECT { MATCH (ev:Event {id: eid}) RETURN ev.date }), published)] AS eventDates
  }`;

/**
 * Every piece of support of `r` as an `[item, date]` pair: statements date from their article,
 * events from their own date. A relationship that cites neither (an apposition such as "Wang, the
 * ministry's spokesman") still gives one pair with a null item, so it counts towards the article
 * count and dates, not the weight.
 */
const SUPPORT = `WITH a, b, r, published, eventDates,
       coalesce(r.statementIds, []) AS sids, coalesce(r.eventIds, []) AS eids
  UNWIND CASE WHEN size(sids) + size(eids) = 0 THEN [[null, published]]
    ELSE [sid IN sids | [sid, published]] + [i IN range(0, size(eids) - 1) | [eids[i], eventDates[i]]]
    END AS support
  WITH a, b, r, support[0] AS item, support[1] AS date`;

/** Fuzzy dates overlap the range, as in `events(from, to)`. */
const IN_RANGE = `($from IS NULL OR date + $periodEnd >= $from) AND ($to IS NULL OR date <= $to + $periodEnd)`;

/**
 * One row `{nodes, edges, omittedNodes, omittedEdges, centerFound}`. With `center`, the ego network:
 * the centre, the actors linked to it, and the edges among them. Nodes are ranked by weight (the
 * sum of their edges' weights), the centre first; the heaviest `limit` are kept with the heaviest
 * edges among them (at most EDGES_PER_NODE × `limit`).
 */
export function network(filter: NetworkFilter): CypherQuery {
  const limit = assertInt(filter.limit, 1, MAX_NETWORK_LIMIT, "limit");
  const minWeight = assertInt(filter.minWeight, 0, Number.MAX_SAFE_INTEGER, "minWeight");
  const actorType = (v: string) => ACTOR_TYPENAME(v);
  return {
    text: `OPTIONAL MATCH (centre:Actor {id: $center})
WITH centre, head(COLLECT { MATCH (c:Country) WHERE c.isoCode = $country RETURN c.id }) AS countryId
CALL (countryId) {
  MATCH (a:Actor)-[r:${RELATION_TYPES.join("|")}]->(b:Actor)
  WHERE type(r) IN $kinds AND a <> b
    AND ${actorType("a")} IN $actorKinds AND ${actorType("b")} IN $actorKinds
    AND ($country IS NULL OR countryId IN [a.id, a.countryId, b.id, b.countryId])
  ${DATES}
  ${SUPPORT}
  ORDER BY item WHERE ${IN_RANGE}
  WITH a.id AS source, type(r) AS kind, b.id AS target, count(DISTINCT item) AS weight,
       count(DISTINCT r.articleId) AS articleCount, min(date) AS firstDate, max(date) AS lastDate,
       collect(DISTINCT item) AS items
  WHERE weight >= $minWeight
  RETURN collect({source: source, target: target, kind: kind, weight: weight, articleCount: articleCount,
                  firstDate: firstDate, lastDate: lastDate, evidenceIds: items[..$evidence]}) AS all
}
WITH centre, CASE WHEN $center IS NULL THEN null
  ELSE [$center] + [e IN all WHERE e.source = $center | e.target] + [e IN all WHERE e.target = $center | e.source]
  END AS ego, all
WITH centre, [e IN all WHERE ego IS NULL OR (e.source IN ego AND e.target IN ego)] AS edges
CALL (edges) {
  UNWIND edges AS e
  UNWIND [[e.source, e.target], [e.target, e.source]] AS ends
  WITH ends[0] AS id, ends[1] AS other, e.weight AS w
  WITH id, sum(w) AS weight, count(DISTINCT other) AS degree
  ORDER BY CASE WHEN id = $center THEN 0 ELSE 1 END, weight DESC, degree DESC, id
  RETURN collect({id: id, weight: weight, degree: degree}) AS ranked
}
WITH centre, edges, CASE WHEN centre IS NOT NULL AND size(ranked) = 0
  THEN [{id: centre.id, weight: 0, degree: 0}] ELSE ranked END AS ranked
WITH centre, edges, ranked, ranked[..$limit] AS kept
WITH centre, edges, ranked, kept, [k IN kept | k.id] AS keptIds
WITH centre, edges, ranked, kept, [e IN edges WHERE e.source IN keptIds AND e.target IN keptIds] AS inside
CALL (inside) {
  UNWIND inside AS e
  WITH e ORDER BY e.weight DESC, e.articleCount DESC, e.source, e.kind, e.target
  RETURN collect(e) AS sorted
}
WITH centre, edges, ranked, kept, sorted[..$edgeLimit] AS keptEdges
CALL (kept) {
  UNWIND range(0, size(kept) - 1) AS i
  WITH i, kept[i] AS k
  MATCH (n:Actor {id: k.id})
  WITH i, k, n ORDER BY i
  RETURN collect({id: n.id, type: ${actorType("n")}, name: n.name, title: n.title, orgType: n.orgType,
                  isoCode: n.isoCode, weight: k.weight, degree: k.degree}) AS nodes
}
RETURN nodes, keptEdges AS edges, size(ranked) - size(kept) AS omittedNodes,
  size(edges) - size(keptEdges) AS omittedEdges, $center IS NULL OR centre IS NOT NULL AS centerFound`,
    params: {
      center: filter.center ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      periodEnd: PERIOD_END,
      kinds: closedList(filter.kinds, RELATION_TYPES),
      actorKinds: closedList(filter.actorKinds, ACTOR_LABELS),
      country: filter.country ?? null,
      minWeight: int(minWeight),
      limit: int(limit),
      edgeLimit: int(limit * EDGES_PER_NODE),
      evidence: int(EVIDENCE_SAMPLE),
    },
  };
}

export interface MonthCount {
  month: string;
  count: number;
}

/**
 * Events per month (`YYYY-MM`), oldest first, for events dated to the month or day; events known
 * only to the year cannot be placed in a month and are left out. Rows `{month, count}`.
 */
export function eventHistogram(from: string | null, to: string | null): CypherQuery {
  return {
    text: `MATCH (e:Event) WHERE e.date IS NOT NULL AND size(e.date) >= 7
WITH substring(e.date, 0, 7) AS month, e.date AS date
WHERE ${IN_RANGE}
RETURN month, count(*) AS count ORDER BY month`,
    params: { from, to, periodEnd: PERIOD_END },
  };
}
