// Two shapes of paged read, both pure: a root list, and the same list for many parents at once
// (`UNWIND $ids`, one round trip for a whole DataLoader batch). Counting and slicing run in
// separate subqueries so the page never materialises the whole list; the count is left out when
// the window says nobody asked for it (`count: false`). A root list can also carry the first
// page of nested lists for every item of its page (`NestedList`), so two levels of a GraphQL
// query cost one round trip.
import { int } from "neo4j-driver";
import type { CypherQuery } from "../executor.ts";
import type { PageWindow } from "./records.ts";

export interface ListSpec {
  /** MATCH (and WHERE) clauses producing the rows; may use the parent variable `p`. */
  match: string;
  /** What to count for `totalCount`, e.g. `s` or `DISTINCT a`. */
  count: string;
  /**
   * When the list is every relationship of one type at the parent `p`, the count as its degree,
   * e.g. `COUNT { (p)-[:SAID]->() }`: read from the node's relationship counts instead of
   * walking and counting the rows.
   */
  degree?: string;
  /** The WITH that carries the row variables into ordering, e.g. `s` or `DISTINCT a`. */
  carry: string;
  orderBy: string;
  /** Expression of one item, evaluated per row after ordering. */
  item: string;
}

/** Names a query parameter; nested lists prefix theirs so they cannot clash with the root's. */
export type ParamName = (name: string) => string;
export const plainParam: ParamName = (name) => `$${name}`;

/** A list hanging off each item of a root page (`p` is the item), with its own window. */
export interface NestedList {
  spec: ListSpec;
  window: PageWindow;
  /** Parameters of `spec`, already named with `prefixedParam(prefix)`. */
  params: Record<string, unknown>;
  prefix: string;
}

export const prefixedParam =
  (prefix: string): ParamName =>
  (name) =>
    `$${prefix}${name}`;

export function assertWindow(window: PageWindow): PageWindow {
  const ok = (n: number, max: number) => Number.isSafeInteger(n) && n >= 0 && n <= max;
  if (!ok(window.offset, 1_000_000_000) || !ok(window.limit, 1000)) {
    throw new Error(`Invalid page window ${JSON.stringify(window)}`);
  }
  return window;
}

const counted = (window: PageWindow) => window.count !== false;

const countCall = (spec: ListSpec, scope: string) =>
  spec.degree && scope === "p"
    ? `CALL (p) {
  RETURN ${spec.degree} AS total
}
`
    : `CALL (${scope}) {
  ${spec.match}
  RETURN count(${spec.count}) AS total
}
`;

/** `first: 0` asks only for the count: the rows are then not read (nor sorted) at all. */
const emptyItems = (scope: string) => `CALL (${scope}) {
  RETURN [] AS items
}`;

const body = (spec: ListSpec, scope: string, window: PageWindow, param: ParamName = plainParam) =>
  `${counted(window) ? countCall(spec, scope) : ""}${
    window.limit === 0
      ? emptyItems(scope)
      : `CALL (${scope}) {
  ${spec.match}
  WITH ${spec.carry}
  ORDER BY ${spec.orderBy}
  SKIP ${param("offset")} LIMIT ${param("limit")}
  RETURN collect(${spec.item}) AS items
}`
  }`;

const total = (window: PageWindow) => (counted(window) ? "total" : "null AS total");

const windowParams = (window: PageWindow, param: ParamName = plainParam) => {
  const { offset, limit } = assertWindow(window);
  return { [param("offset").slice(1)]: int(offset), [param("limit").slice(1)]: int(limit) };
};

const VARIABLE = /^[a-z][A-Za-z0-9]*$/;

/**
 * A root list: one row `{total, items}` (`total` null when not counted), plus one column
 * `nested<i>` per nested list: `[{id, total, items}]`, one entry per item of the page.
 */
export function rootPage(
  spec: ListSpec,
  window: PageWindow,
  params: Record<string, unknown> = {},
  nested: readonly NestedList[] = [],
): CypherQuery {
  if (nested.length === 0) {
    return {
      text: `${body(spec, "", window)}
RETURN ${total(window)}, items`,
      params: { ...params, ...windowParams(window) },
    };
  }
  // The page is cut as nodes first, then each nested list runs once per item of the page.
  if (!VARIABLE.test(spec.carry)) throw new Error(`Nested lists need a node variable, got "${spec.carry}"`);
  const v = spec.carry;
  return {
    text: `${counted(window) ? countCall(spec, "") : ""}CALL () {
  ${spec.match}
  WITH ${v}
  ORDER BY ${spec.orderBy}
  SKIP $offset LIMIT $limit
  RETURN collect(${v}) AS page
}
${nestedCalls(nested)}
RETURN ${total(window)}, [${v} IN page | ${spec.item}] AS items, ${nestedColumns(nested)}`,
    params: { ...params, ...windowParams(window), ...nestedParams(nested) },
  };
}

/** Each nested list, once per node of `page`, as the column `nested<i>`: `[{id, total, items}]`. */
const nestedCalls = (nested: readonly NestedList[]) =>
  nested
    .map(
      (list, i) => `CALL (page) {
  UNWIND page AS p
  ${body(list.spec, "p", list.window, prefixedParam(list.prefix)).replaceAll("\n", "\n  ")}
  RETURN collect({id: p.id, total: ${counted(list.window) ? "total" : "null"}, items: items}) AS nested${i}
}`,
    )
    .join("\n");

const nestedColumns = (nested: readonly NestedList[]) => nested.map((_, i) => `nested${i}`).join(", ");

const nestedParams = (nested: readonly NestedList[]) =>
  Object.assign(
    {},
    ...nested.map((list) => ({ ...list.params, ...windowParams(list.window, prefixedParam(list.prefix)) })),
  );

/**
 * At most one node, found by `match` (which binds `n`), with lists nested in it (`NestedList`):
 * one row `{items, nested<i>…}`, `items` holding the node's `item` or nothing. The node and its
 * first pages cost one round trip.
 */
export function nodeWithNested(
  match: string,
  item: string,
  params: Record<string, unknown>,
  nested: readonly NestedList[],
): CypherQuery {
  if (nested.length === 0) throw new Error("nodeWithNested needs a nested list");
  return {
    text: `CALL () {
  ${match}
  RETURN collect(n) AS page
}
${nestedCalls(nested)}
RETURN [n IN page | ${item}] AS items, ${nestedColumns(nested)}`,
    params: { ...params, ...nestedParams(nested) },
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
  return {
    text: `UNWIND $ids AS id
${parent}
${body(spec, "p", window)}
RETURN id, ${total(window)}, items`,
    params: { ...params, ids: [...ids], ...windowParams(window) },
  };
}
