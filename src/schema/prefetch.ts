// Lists of an actor that the rest of the query will ask for, found by looking ahead, so they can be
// read in the same query as the actor (or the page of actors) itself. The windows and shapes are
// the ones the nested resolvers will compute, so their loaders find the pages already there.
import type { GraphQLResolveInfo } from "graphql";
import type { ActorPrefetch } from "../graph/loaders.ts";
import { needsTotal, selectedField } from "./lookahead.ts";
import { DEFAULT_FIRST, pageWindow } from "./pagination.ts";
import { connectionShape } from "./shapes.ts";

/**
 * `statements(…)` and `events(…)` selected on the actor(s) at `path` below the resolved field
 * (`[]` for the field itself, `["edges", "node"]` for a connection of actors).
 */
export function actorPrefetch(info: GraphQLResolveInfo, path: readonly string[]): ActorPrefetch {
  const prefetch: Required<ActorPrefetch> = { statementsBy: [], eventsOf: [] };
  const nested = (name: string) => selectedField(info, [...path, name], "Actor");
  for (const { args, nodes } of nested("statements")) {
    try {
      const window = pageWindow(args, DEFAULT_FIRST, needsTotal(nodes, info.fragments));
      const kind = (args.kind as string | null | undefined) ?? null;
      prefetch.statementsBy.push({ kind, window, shape: connectionShape(nodes, info.fragments).statement });
    } catch {
      // An invalid window: the nested resolver reports it.
    }
  }
  for (const { args, nodes } of nested("events")) {
    try {
      const window = pageWindow(args, DEFAULT_FIRST, needsTotal(nodes, info.fragments));
      prefetch.eventsOf.push({ window, shape: connectionShape(nodes, info.fragments).event });
    } catch {
      // As above.
    }
  }
  return prefetch;
}
