// Loads a node a non-null field points at. A dangling reference is reported as NOT_FOUND rather
// than an internal error.
import type { EventRecord, NodeRecord, StatementRecord } from "../../graph/queries/records.ts";
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

/**
 * A relationship-backed part of a statement or event (`evidence`, `aboutIds`, …). A list that did
 * not expect it to be selected left it out: the full record is then read through the node cache.
 */
export async function partOf<T extends StatementRecord | EventRecord, K extends keyof T>(
  ctx: GraphQLContext,
  record: T,
  key: K,
): Promise<Exclude<T[K], undefined>> {
  if (record[key] !== undefined) return record[key] as Exclude<T[K], undefined>;
  const full = (await ctx.loaders.nodes.load(record.id)) as T | null;
  if (!full || full[key] === undefined) throw notFound(record.__typename, record.id);
  return full[key] as Exclude<T[K], undefined>;
}
