// Loads a node a non-null field points at. A dangling reference is reported as NOT_FOUND rather
// than an internal error.
import type { NodeRecord } from "../../graph/queries/records.ts";
import type { GraphQLContext } from "../context.ts";
import { notFound } from "../errors.ts";

export async function loadRequired<T extends NodeRecord>(
  ctx: GraphQLContext,
  what: string,
  id: string | null | undefined,
): Promise<T> {
  const node = id ? await ctx.loaders.nodes.load(id) : null;
  if (!node) throw notFound(what, id ?? "(none)");
  return node as T;
}
