// The network query as it was before relationships carried their dates: it looks up every
// relationship's Article and Event. Kept only as the reference the stored-dates query must match.
import { int } from "neo4j-driver";
import { ACTOR_LABELS, RELATION_TYPES } from "../../src/graph/cypher/article-writes.ts";
import type { CypherQuery } from "../../src/graph/executor.ts";
import { PERIOD_END } from "../../src/graph/queries/events.ts";
import { EDGES_PER_NODE, EVIDENCE_SAMPLE, type NetworkFilter } from "../../src/graph/queries/network.ts";
import { ACTOR_TYPENAME } from "../../src/graph/queries/projections.ts";

const SUPPORT = `CALL (r, published) {
    UNWIND coalesce(r.statementIds, []) AS sid
    RETURN sid AS item, published AS date
    UNION ALL
    UNWIND coalesce(r.eventIds, []) AS eid
    OPTIONAL MATCH (ev:Event {id: eid})
    RETURN eid AS item, coalesce(ev.date, published) AS date
    UNION ALL
    WITH r, published WHERE size(coalesce(r.statementIds, [])) + size(coalesce(r.eventIds, [])) = 0
    RETURN null AS item, published AS date
  }`;

const IN_RANGE = `($from IS NULL OR date + $periodEnd >= $from) AND ($to IS NULL OR date <= $to + $periodEnd)`;

/** The same row as `network()` gives (`{nodes, edges, omittedNodes, omittedEdges, centerFound}`). */
export function lookupNetwork(filter: NetworkFilter): CypherQuery {
  const { limit, minWeight } = filter;
  const actorType = (v: string) => ACTOR_TYPENAME(v);
  return {
    text: `OPTIONAL MATCH (centre:Actor {id: $center})
WITH centre, head(COLLECT { MATCH (c:Country) WHERE c.isoCode = $country RETURN c.id }) AS countryId
CALL (countryId) {
  MATCH (a:Actor)-[r]->(b:Actor)
  WHERE type(r) IN $kinds AND a <> b
    AND ${actorType("a")} IN $actorKinds AND ${actorType("b")} IN $actorKinds
    AND ($country IS NULL OR countryId IN [a.id, a.countryId, b.id, b.countryId])
  OPTIONAL MATCH (art:Article {id: r.articleId})
  WITH a, b, r, toString(art.publishedAt) AS published
  ${SUPPORT}
  WITH a, b, r, item, date ORDER BY item WHERE ${IN_RANGE}
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
      kinds: filter.kinds ?? RELATION_TYPES,
      actorKinds: filter.actorKinds ?? ACTOR_LABELS,
      country: filter.country ?? null,
      minWeight: int(minWeight),
      limit: int(limit),
      edgeLimit: int(limit * EDGES_PER_NODE),
      evidence: int(EVIDENCE_SAMPLE),
    },
  };
}
