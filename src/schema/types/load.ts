// Loads a node a non-null field points at. A dangling reference is reported as NOT_FOUND rather
// than an internal error.
import type { ActorRecord, EventRecord, NodeRecord, StatementRecord } from "../../graph/queries/records.ts";
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

/** Records a list may read with fewer than all their properties and parts. */
type ListedRecord = StatementRecord | EventRecord | ActorRecord;

/**
 * A relationship-backed part of a statement or event (`evidence`, `aboutIds`, …), or a property. A list that did
 * not expect it to be selected left it out: the full record is then read through the node cache.
 */
export async function partOf<T extends ListedRecord, K extends keyof T>(
  ctx: GraphQLContext,
  record: T,
  key: K,
): Promise<Exclude<T[K], undefined>> {
  if (record[key] !== undefined) return record[key] as Exclude<T[K], undefined>;
  const full = (await ctx.loaders.nodes.load(record.id)) as T | null;
  if (!full || full[key] === undefined) throw notFound(record.__typename, record.id);
  return full[key] as Exclude<T[K], undefined>;
}

/**
 * A stored property of a statement, event or actor. A list whose query did not select it left it
 * out (`StatementShape.properties`, `subjectProperties`): the full record is then read through the
 * node cache. Synchronous when the property is there, which is the usual case.
 */
export function propOf<T extends ListedRecord, K extends keyof T>(
  ctx: GraphQLContext,
  record: T,
  key: K,
): T[K] | Promise<Exclude<T[K], undefined>> {
  const value = record[key];
  return value !== undefined ? value : partOf(ctx, record, key);
}

/** The record itself when it holds every key, or the full record read through the node cache. */
export function withProps<T extends ListedRecord>(
  ctx: GraphQLContext,
  record: T,
  keys: readonly (keyof T)[],
): T | Promise<T> {
  if (keys.every((key) => record[key] !== undefined)) return record;
  return ctx.loaders.nodes.load(record.id).then((full) => {
    if (!full) throw notFound(record.__typename, record.id);
    return full as T;
  });
}

/** Applies `f` to a value, or to a promise's value: synchronous for a value already there. */
export function mapValue<T, R>(value: T | Promise<T>, f: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}
