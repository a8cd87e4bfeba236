// Full-text search over actor names and aliases, statement text and event labels (index
// `search_text`). User text never reaches Lucene syntax: every term is escaped, and is matched
// as a word or as the start of a word.
import { int } from "neo4j-driver";
import type { CypherQuery } from "../executor.ts";
import { assertWindow } from "./paging.ts";
import { actorProjection, eventProjection, statementProjection } from "./projections.ts";
import type { PageWindow } from "./records.ts";

export const SEARCH_INDEX = "search_text";
export const MAX_SEARCH_TERMS = 16;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** `Wang "slander"` → `(wang OR wang*) (\"slander\" OR \"slander\"*)`; empty when there is no term. */
export function toLuceneQuery(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term.length > 0)
    .slice(0, MAX_SEARCH_TERMS)
    .map((term) => term.replace(LUCENE_SPECIAL, "\\$&"))
    .map((term) => `(${term} OR ${term}*)`)
    .join(" ");
}

/**
 * Rows `{total, items: [{score, node}]}`, best first. The index is queried once: hits are only
 * node references until the page is cut, then projected.
 */
export function searchText(input: string, window: PageWindow): CypherQuery {
  const query = toLuceneQuery(input);
  if (query === "") throw new Error("Empty search query");
  const { offset, limit } = assertWindow(window);
  return {
    text: `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score
WITH node, score ORDER BY score DESC, node.id
WITH collect({node: node, score: score}) AS hits
CALL (hits) {
  UNWIND hits[$offset..$offset + $limit] AS hit
  WITH hit.node AS node, hit.score AS score
  RETURN collect({score: score, node: CASE
    WHEN node:Actor THEN ${actorProjection("node")}
    WHEN node:Statement THEN ${statementProjection("node")}
    ELSE ${eventProjection("node")} END}) AS items
}
RETURN size(hits) AS total, items`,
    params: { query, offset: int(offset), limit: int(limit) },
  };
}
