// Sub-graphs for drawing: `graph` (a neighbourhood) and `path` (a shortest path), in a shape that
// maps 1:1 onto Cytoscape.js, sigma/graphology, NVL, vis-network and react-force-graph (see
// docs/visualisation.md).
import { MAX_DEPTH, MAX_GRAPH_LIMIT, MAX_PATH_LENGTH } from "../../graph/queries/graph.ts";
import { builder } from "../builder.ts";
import { intInRange, validId } from "../validation.ts";
import { toVisualGraph, type VisualEdge, type VisualGraph, type VisualNode } from "../visual.ts";

export const DEFAULT_DEPTH = 1;
export const DEFAULT_GRAPH_LIMIT = 100;
export const DEFAULT_PATH_LENGTH = 4;

const GraphNodeRef = builder.objectRef<VisualNode>("GraphNode").implement({
  description: "A node to draw: an actor, a statement or an event.",
  fields: (t) => ({
    id: t.exposeID("id", {
      description: "The node's global id (usable with `node(id:)`); unique among nodes and edges together.",
    }),
    type: t.exposeString("type", {
      description: "GraphQL type of the node: `Person`, `Organization`, `Country`, `Statement` or `Event`.",
    }),
    label: t.exposeString("label", {
      description: "Short text to draw on the node: a name, a shortened statement, an event label.",
    }),
    caption: t.exposeString("caption", {
      description: "Secondary text (tooltip): a title, ISO code, reporting verb, or date and status.",
    }),
  }),
});

const GraphEdgeRef = builder.objectRef<VisualEdge>("GraphEdge").implement({
  description: "A directed edge to draw between two nodes of the same graph.",
  fields: (t) => ({
    id: t.exposeID("id", {
      description:
        "`<source>-[<TYPE>]-><target>`; unique among nodes and edges together. For actor-to-actor edges it is the `Relation` id.",
    }),
    source: t.exposeID("source", { description: "Id of the node the edge starts at." }),
    target: t.exposeID("target", { description: "Id of the node the edge ends at." }),
    type: t.exposeString("type", {
      description:
        "`SAID`, `ABOUT`, `PARTICIPATED_IN`, `TOOK_PLACE_IN`, or a relation kind such as `CRITICIZES`.",
    }),
    label: t.exposeString("label", {
      description: "Text to draw on the edge: `said`, `about`, the participant's role, `criticizes`, …",
    }),
  }),
});

const GraphRef = builder.objectRef<VisualGraph>("Graph").implement({
  description: "Nodes and edges ready for a graph-drawing library; every edge's ends are among the nodes.",
  fields: (t) => ({
    nodes: t.field({
      type: [GraphNodeRef],
      description: "The nodes, nearest to the start first.",
      resolve: (g) => g.nodes,
    }),
    edges: t.field({
      type: [GraphEdgeRef],
      description: "The edges between those nodes.",
      resolve: (g) => g.edges,
    }),
    truncated: t.exposeBoolean("truncated", {
      description: "True when `limit` cut nodes off: the neighbourhood is larger than shown.",
    }),
  }),
});

builder.queryFields((t) => ({
  graph: t.field({
    type: GraphRef,
    nullable: true,
    description:
      "The neighbourhood of an actor, statement or event: everything within `depth` hops over SAID, ABOUT, PARTICIPATED_IN, TOOK_PLACE_IN and actor relations, nearest first, at most `limit` nodes. Null when `center` names no actor, statement or event.",
    args: {
      center: t.arg.id({ required: true, description: "Id of the actor, statement or event in the middle." }),
      depth: t.arg.int({
        required: false,
        description: `How many hops to go out, 0 to ${MAX_DEPTH} (default ${DEFAULT_DEPTH}).`,
      }),
      limit: t.arg.int({
        required: false,
        description: `At most this many nodes, 1 to ${MAX_GRAPH_LIMIT} (default ${DEFAULT_GRAPH_LIMIT}).`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const center = validId("center", args.center);
      const depth = intInRange("depth", args.depth, 0, MAX_DEPTH, DEFAULT_DEPTH);
      const limit = intInRange("limit", args.limit, 1, MAX_GRAPH_LIMIT, DEFAULT_GRAPH_LIMIT);
      const raw = await ctx.loaders.neighbourhood(center, depth, limit);
      return raw ? toVisualGraph(raw) : null;
    },
  }),
  path: t.field({
    type: GraphRef,
    nullable: true,
    description:
      "A shortest path between two actors, statements or events over the same edges as `graph`, ignoring direction. Null when there is none within `maxLength` hops or an id names nothing.",
    args: {
      from: t.arg.id({ required: true, description: "Id where the path starts." }),
      to: t.arg.id({ required: true, description: "Id where the path ends." }),
      maxLength: t.arg.int({
        required: false,
        description: `Longest path to look for, in hops, 1 to ${MAX_PATH_LENGTH} (default ${DEFAULT_PATH_LENGTH}).`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const from = validId("from", args.from);
      const to = validId("to", args.to);
      const maxLength = intInRange("maxLength", args.maxLength, 1, MAX_PATH_LENGTH, DEFAULT_PATH_LENGTH);
      const raw =
        from === to
          ? await ctx.loaders.neighbourhood(from, 0, 1)
          : await ctx.loaders.path(from, to, maxLength);
      return raw ? toVisualGraph(raw) : null;
    },
  }),
}));
