// Lists of an actor that the rest of the query will ask for, found by looking ahead, so they can be
// read in the same query as the actor (or the page of actors) itself. The windows and shapes are
// the ones the nested resolvers will compute, so their loaders find the pages already there.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo } from "graphql";
import type { ActorPrefetch } from "../graph/loaders.ts";
import type { RecordShape } from "../graph/queries/records.ts";
import { needsTotal, selectedField } from "./lookahead.ts";
import { DEFAULT_FIRST, pageWindow } from "./pagination.ts";
import { connectionShape } from "./shapes.ts";

/** What a list's selection asks of every page: whether it is counted, and its items' shape. */
interface ListSelection {
  counted: boolean;
  shape: RecordShape;
}

/**
 * Keyed by the nodes of one selected list: `selectedField` hands out the same array for the same
 * field node of a cached document, so the selection is walked once per document, not per request.
 */
const listSelections = new WeakMap<readonly FieldNode[], ListSelection>();

function listSelection(
  nodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): ListSelection {
  let found = listSelections.get(nodes);
  if (!found) {
    found = { counted: needsTotal(nodes, fragments), shape: connectionShape(nodes, fragments) };
    listSelections.set(nodes, found);
  }
  return found;
}

/**
 * `statements(…)` and `events(…)` selected on the actor(s) at `path` below the resolved field
 * (`[]` for the field itself, `["edges", "node"]` for a connection of actors).
 */
export function actorPrefetch(info: GraphQLResolveInfo, path: readonly string[]): ActorPrefetch {
  const prefetch: Required<ActorPrefetch> = { statementsBy: [], eventsOf: [] };
  const nested = (name: string) => selectedField(info, [...path, name], "Actor");
  for (const { args, nodes } of nested("statements")) {
    try {
      const { counted, shape } = listSelection(nodes, info.fragments);
      const window = pageWindow(args, DEFAULT_FIRST, counted);
      const kind = (args.kind as string | null | undefined) ?? null;
      prefetch.statementsBy.push({ kind, window, shape: shape.statement });
    } catch {
      // An invalid window: the nested resolver reports it.
    }
  }
  for (const { args, nodes } of nested("events")) {
    try {
      const { counted, shape } = listSelection(nodes, info.fragments);
      const window = pageWindow(args, DEFAULT_FIRST, counted);
      prefetch.eventsOf.push({ window, shape: shape.event });
    } catch {
      // As above.
    }
  }
  return prefetch;
}
