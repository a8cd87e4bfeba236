// Two shapes of paged read, both pure: a root list, and the same list for many parents at once
// (`UNWIND $ids`, one round trip for a whole DataLoader batch). Counting and slicing run in
// separate subqueries so the page never materialises the whole list.
import { int } from "neo4j-driver";
import type { CypherQuery } from "../executor.ts";
import type { PageWindow } from "./records.ts";

export interface ListSpec {
  /** MATCH (and WHERE) clauses producing the rows; may use the parent variable `p`. */
  match: string;
  /** What to count for `totalCount`, e.g. `s` or `DISTINCT a`. */
  count: string;
  /** The WITH that carries the row variables into ordering, e.g. `s` or `DISTINCT a`. */
  carry: string;
  orderBy: string;
  /** Expression of one item, evaluated per row after ordering. */
  item: string;
}

export function assertWindow(window: PageWindow): PageWindow {
  const ok = (n: number, max: number) => Number.isSafeInteger(n) && n >= 0 && n <= max;
  if (!ok(window.offset, 1_000_000_000) || !ok(window.limit, 1000)) {
    throw new Error(`Invalid page window ${JSON.stringify(window)}`);
  }
  return window;
}

const body = (spec: ListSpec, scope: string) => `CALL (${scope}) {
  ${spec.match}
  RETURN count(${spec.count}) AS total
}
CALL (${scope}) {
  ${spec.match}
  WITH ${spec.carry}
  ORDER BY ${spec.orderBy}
  SKIP $offset LIMIT $limit
  RETURN collect(${spec.item}) AS items
}`;

/** A root list: one row `{total, items}`. */
export function rootPage(
  spec: ListSpec,
  window: PageWindow,
  params: Record<string, unknown> = {},
): CypherQuery {
  const { offset, limit } = assertWindow(window);
  return {
    text: `${body(spec, "")}
RETURN total, items`,
    params: { ...params, offset: int(offset), limit: int(limit) },
  };
}

/**
 * The same list for every parent id: rows `{id, total, items}`. `parent` binds `p` from `id`, e.g.
 * `MATCH (p:Actor {id: id})`; ids with no parent give no row.
 */
export function batchedPage(
  parent: string,
  spec: ListSpec,
  ids: readonly string[],
  window: PageWindow,
  params: Record<string, unknown> = {},
): CypherQuery {
  const { offset, limit } = assertWindow(window);
  return {
    text: `UNWIND $ids AS id
${parent}
${body(spec, "p")}
RETURN id, total, items`,
    params: { ...params, ids: [...ids], offset: int(offset), limit: int(limit) },
  };
}
