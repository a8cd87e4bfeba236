// The bounds of this schema that `first` alone does not give: lists sized by an argument of the
// field above them (`graph(limit)`, `network(limit)`, `path(maxLength)`, `nodes(ids)`) and the
// country list.
import { MAX_GRAPH_LIMIT, MAX_PATH_LENGTH } from "../../graph/queries/graph.ts";
import { EDGES_PER_NODE, MAX_NETWORK_LIMIT } from "../../graph/queries/network.ts";
import { DEFAULT_NETWORK_LIMIT } from "../../schema/network-shape.ts";
import { DEFAULT_FIRST, MAX_FIRST } from "../../schema/pagination.ts";
import { DEFAULT_GRAPH_LIMIT, DEFAULT_PATH_LENGTH } from "../../schema/types/graph.ts";
import { MAX_NODES } from "../../schema/types/node.ts";
import type { Arguments, CostRules } from "./cost.ts";

/** Countries the curated table knows (ISO 3166-1 has 249). */
const MAX_COUNTRIES = 250;
/** Objects assumed in a list without a bound of its own (a sentence's mentions, an event's claims). */
const UNBOUNDED_LIST = 10;

const intArg = (args: Arguments, name: string, fallback: number, min: number, max: number) => {
  const value = args[name];
  const n = typeof value === "number" && Number.isFinite(value) ? value : fallback;
  return Math.min(max, Math.max(min, n));
};

export const COST_RULES: CostRules = {
  defaultFirst: DEFAULT_FIRST,
  maxFirst: MAX_FIRST,
  unboundedList: UNBOUNDED_LIST,
  fields: {
    "Query.countries": { items: () => MAX_COUNTRIES },
    "Query.nodes": {
      items: (args) => Math.min(Array.isArray(args.ids) ? args.ids.length : 1, MAX_NODES),
    },
    // A drawn graph: up to `limit` nodes, and as many edges assumed.
    "Query.graph": {
      listSize: (args) => intArg(args, "limit", DEFAULT_GRAPH_LIMIT, 1, MAX_GRAPH_LIMIT),
    },
    // The actor network: up to `limit` nodes and EDGES_PER_NODE × `limit` edges; both lists are
    // assumed at the larger bound.
    "Query.network": {
      listSize: (args) => intArg(args, "limit", DEFAULT_NETWORK_LIMIT, 1, MAX_NETWORK_LIMIT) * EDGES_PER_NODE,
    },
    // A path of n hops has n + 1 nodes and n edges.
    "Query.path": {
      listSize: (args) => intArg(args, "maxLength", DEFAULT_PATH_LENGTH, 1, MAX_PATH_LENGTH) + 1,
    },
  },
};
