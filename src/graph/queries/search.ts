// Full-text search over actor names and aliases, statement text and event labels (index
// `search_text`). User text never reaches Lucene syntax: every term is escaped, and is matched
// as a word or as the start of a word.
import { int } from "neo4j-driver";
import type { CypherQuery } from "../executor.ts";
import { assertWindow } from "./paging.ts";
import { actorProjection, eventProjection, statementProjection } from "./projections.ts";
import { FULL_SHAPE, type PageWindow, type RecordShape } from "./records.ts";

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
 * Rows `{total, items: [{score, node}]}`, best first. Lucene cuts the hits inside the index call
 * (`limit`), so only the page's nodes reach Cypher. Hits keep the index's order (score, then its own
 * fixed order for ties), the same for every limit, so pages never overlap. The total
 * (every hit) is counted only when the window asks for it, without reading any node.
 */
export function searchText(input: string, window: PageWindow, shape: RecordShape = FULL_SHAPE): CypherQuery {
  const query = toLuceneQuery(input);
  if (query === "") throw new Error("Empty search query");
  const { offset, limit } = assertWindow(window);
  const count = window.count !== false;
  return {
    text: `${
      count
        ? `CALL () {
  CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node
  RETURN count(node) AS total
}
`
        : ""
    }CALL () {
  CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query, {limit: $offset + $limit}) YIELD node, score
  WITH node, score SKIP $offset
  RETURN collect({score: score, node: CASE
    WHEN node:Actor THEN ${actorProjection("node")}
    WHEN node:Statement THEN ${statementProjection("node", shape.statement)}
    ELSE ${eventProjection("node", shape.event)} END}) AS items
}
RETURN ${count ? "total" : "null AS total"}, items`,
    params: { query, offset: int(offset), limit: int(limit) },
  };
}
