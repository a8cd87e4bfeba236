// Any node by its stored id, whatever its label: the backing of `node`, `nodes` and every
// reference field (a statement's speaker, an event's place, ...).
import type { CypherQuery } from "../executor.ts";
import {
  actorProjection,
  articleProjection,
  dateClaimProjection,
  eventProjection,
  sentenceProjection,
  statementProjection,
} from "./projections.ts";

/** Rows `{id, node}`; one per id that exists. Each branch is a unique-constraint index seek. */
export function nodesByIds(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
CALL (id) {
  MATCH (n:Actor {id: id}) RETURN ${actorProjection("n")} AS node
  UNION ALL
  MATCH (n:Statement {id: id}) RETURN ${statementProjection("n")} AS node
  UNION ALL
  MATCH (n:Event {id: id}) RETURN ${eventProjection("n")} AS node
  UNION ALL
  MATCH (n:Article {id: id}) RETURN ${articleProjection("n")} AS node
  UNION ALL
  MATCH (n:Sentence {id: id}) RETURN ${sentenceProjection("n")} AS node
  UNION ALL
  MATCH (n:DateClaim {id: id}) RETURN ${dateClaimProjection("n")} AS node
}
RETURN id, node`,
    params: { ids: [...ids] },
  };
}
