// Relay connections with `first`/`after` only. Cursors are opaque offsets, made and read by
// @pothos/plugin-relay's offset cursor helpers; every connection also has `totalCount`.
import { cursorToOffset, offsetToCursor } from "@pothos/plugin-relay";
import type { GraphQLResolveInfo } from "graphql";
import type { NodeRecord, PageResult, PageWindow } from "../graph/queries/records.ts";
import { builder } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";
import { infoNeedsTotal } from "./lookahead.ts";
import { badInput, intInRange } from "./validation.ts";

export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;

/** Cursors of the first offsets, made once: every page of every list starts there. */
const CURSORS: string[] = [];
const CACHED_CURSORS = 1024;

export const encodeCursor = (offset: number): string => {
  if (offset >= CACHED_CURSORS) return offsetToCursor(offset);
  let cursor = CURSORS[offset];
  if (cursor === undefined) {
    cursor = offsetToCursor(offset);
    CURSORS[offset] = cursor;
  }
  return cursor;
};

/** The offset in a cursor this API made; anything else (even one that decodes) is bad input. */
export function decodeCursor(argument: string, cursor: string): number {
  let offset = Number.NaN;
  try {
    if (cursor.length <= 60) offset = cursorToOffset(cursor);
  } catch {
    // Not base64 or not an offset cursor: reported below.
  }
  if (!Number.isSafeInteger(offset) || offset < 0 || offsetToCursor(offset) !== cursor) {
    throw badInput(argument, `is not a cursor from this API: "${cursor}".`);
  }
  return offset;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * Checks `first` and `after` and turns them into a window of rows. With the resolve info (or
 * `count` given), the list is counted only when `totalCount` or `pageInfo` is selected.
 */
export function pageWindow(
  args: PageArgs,
  defaultFirst = DEFAULT_FIRST,
  count: GraphQLResolveInfo | boolean = true,
): PageWindow {
  const limit = intInRange("first", args.first, 0, MAX_FIRST, defaultFirst);
  const offset = args.after == null ? 0 : decodeCursor("after", args.after) + 1;
  const counted = typeof count === "boolean" ? count : infoNeedsTotal(count);
  return counted ? { offset, limit } : { offset, limit, count: false };
}

export interface ConnectionResult<N, E = object> {
  totalCount: number;
  edges: ({ cursor: string; node: N } & E)[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** Builds a connection from a page of items; `edge` splits an item into its node and edge fields. */
export function toConnection<T, N = T, E = object>(
  page: PageResult<T>,
  window: PageWindow,
  edge?: (item: T) => { node: N } & E,
): ConnectionResult<N, E> {
  const edges = page.items.map((item, i) => {
    const cursor = encodeCursor(window.offset + i);
    return (edge ? { ...edge(item), cursor } : { node: item, cursor }) as { cursor: string; node: N } & E;
  });
  // An uncounted list (neither totalCount nor pageInfo selected) reports what it has seen.
  const total = page.total ?? window.offset + page.items.length;
  return {
    totalCount: total,
    edges,
    pageInfo: {
      hasNextPage: window.offset + page.items.length < total,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Pages a list already in memory (ids of a relation's statements, ...). */
export function slice<T>(items: readonly T[], window: PageWindow): PageResult<T> {
  return { total: items.length, items: items.slice(window.offset, window.offset + window.limit) };
}

/** A connection over a stored list of node ids: the window is cut first, then only its nodes load. */
export async function connectionOfIds<T extends NodeRecord>(
  ids: readonly string[],
  args: PageArgs,
  ctx: GraphQLContext,
) {
  const window = pageWindow(args);
  const page = slice(ids, window);
  return toConnection({ ...page, items: await ctx.loaders.nodesIn<T>(page.items) }, window);
}

/** The `first` and `after` arguments of every connection field. */
export const pageArgs = () =>
  builder.args((t) => ({
    first: t.int({
      required: false,
      description: `How many items to return, from 0 to ${MAX_FIRST} (default ${DEFAULT_FIRST}).`,
    }),
    after: t.string({
      required: false,
      description:
        "Return the items after this cursor (an `endCursor` or edge `cursor` from an earlier page).",
    }),
  }));

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "How many items the whole list holds, across all pages.",
    resolve: (parent) => parent.totalCount,
  }),
);

/** Resolver of a nested connection: the window from `first`/`after`, one loader call, the connection. */
export function pageOf<P, T>(
  load: (
    ctx: GraphQLContext,
    parent: P,
    window: PageWindow,
    info: GraphQLResolveInfo,
  ) => Promise<PageResult<T>>,
) {
  return async (parent: P, args: PageArgs, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
    const window = pageWindow(args, DEFAULT_FIRST, info);
    return toConnection(await load(ctx, parent, window, info), window);
  };
}
