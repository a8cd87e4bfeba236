// The actor network (`network`) and the events-per-month histogram (`eventHistogram`): who is
// connected to whom, how strongly and when, in the same drawable shape as `graph` plus weights.
import {
  EDGES_PER_NODE,
  eventHistogram,
  MAX_NETWORK_LIMIT,
  type MonthCount,
  network,
} from "../../graph/queries/network.ts";
import { builder } from "../builder.ts";
import { ActorKindEnum, RelationKindEnum } from "../enums.ts";
import type { VisualNetwork, VisualNetworkEdge, VisualNetworkNode } from "../network-shape.ts";
import { type NetworkArgs, readNetwork, validNetworkArgs } from "../network-shape.ts";
import { badInput, fuzzyDate } from "../validation.ts";

export { DEFAULT_NETWORK_LIMIT } from "../network-shape.ts";

const NetworkNodeRef = builder.objectRef<VisualNetworkNode>("NetworkNode").implement({
  description: "An actor in the network, with how much it is involved.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The actor's global id (usable with `node(id:)`)." }),
    type: t.exposeString("type", { description: "`Person`, `Organization` or `Country`." }),
    label: t.exposeString("label", { description: "The actor's name." }),
    caption: t.exposeString("caption", { description: "A title, organisation type or ISO code." }),
    weight: t.exposeInt("weight", {
      description: "Sum of the weights of the actor's edges under the filters (before `limit`).",
    }),
    degree: t.exposeInt("degree", {
      description: "How many other actors it is linked to under the filters (before `limit`).",
    }),
  }),
});

const NetworkEdgeRef = builder.objectRef<VisualNetworkEdge>("NetworkEdge").implement({
  description:
    "One relation kind from one actor to another, aggregated over every article: its weight is the number of statements and events that support it.",
  fields: (t) => ({
    id: t.exposeID("id", {
      description: "`<source>-[<KIND>]-><target>`: also the `Relation` id, for its full evidence.",
    }),
    source: t.exposeID("source", { description: "Id of the actor the relation goes from." }),
    target: t.exposeID("target", { description: "Id of the actor the relation goes to." }),
    type: t.exposeString("type", { description: "The relation kind, e.g. `CRITICIZES`." }),
    label: t.exposeString("label", { description: "Text to draw: `criticizes`, `cooperates with`, …" }),
    weight: t.exposeInt("weight", {
      description:
        "Distinct statements and events supporting it in the date range; 0 when articles state it without either (an apposition).",
    }),
    articleCount: t.exposeInt("articleCount", { description: "Articles that state it, in the date range." }),
    firstDate: t.exposeString("firstDate", {
      nullable: true,
      description:
        "Earliest date of its support: an event's date, or a statement's article date (`YYYY[-MM[-DD]]`).",
    }),
    lastDate: t.exposeString("lastDate", { nullable: true, description: "Latest date of its support." }),
    evidenceIds: t.exposeIDList("evidenceIds", {
      description: "A few ids of the statements and events behind it; the `Relation` pages all of them.",
    }),
  }),
});

const NetworkRef = builder.objectRef<VisualNetwork>("Network").implement({
  description: "Actors and the aggregated relations between them, heaviest first, ready to draw.",
  fields: (t) => ({
    nodes: t.field({
      type: [NetworkNodeRef],
      description: "Actors, heaviest first.",
      resolve: (n) => n.nodes,
    }),
    edges: t.field({
      type: [NetworkEdgeRef],
      description: "Edges, heaviest first.",
      resolve: (n) => n.edges,
    }),
    truncated: t.exposeBoolean("truncated", { description: "True when `limit` left nodes or edges out." }),
    omittedNodes: t.exposeInt("omittedNodes", { description: "Actors that matched but were left out." }),
    omittedEdges: t.exposeInt("omittedEdges", { description: "Edges that matched but were left out." }),
  }),
});

const MonthCountRef = builder.objectRef<MonthCount>("MonthCount").implement({
  description: "How many events fall in one month.",
  fields: (t) => ({
    month: t.exposeString("month", { description: "`YYYY-MM`." }),
    count: t.exposeInt("count", { description: "Events dated in that month (to the month or the day)." }),
  }),
});

builder.queryFields((t) => ({
  network: t.field({
    type: NetworkRef,
    nullable: true,
    description: `The actor network: one edge per (source, relation kind, target), aggregated over all articles, weighted by the statements and events behind it, with article count and first and last date. With \`center\`, only that actor, the actors linked to it and the edges among them. At most \`limit\` nodes (the heaviest; the centre always) and ${EDGES_PER_NODE} × \`limit\` edges (the heaviest among them). Null when \`center\` names no actor.`,
    args: {
      center: t.arg.id({
        required: false,
        description: "Only this actor's neighbourhood (its ego network).",
      }),
      from: t.arg.string({
        required: false,
        description: "Only support dated on or after this `YYYY[-MM[-DD]]`.",
      }),
      to: t.arg.string({
        required: false,
        description: "Only support dated on or before this `YYYY[-MM[-DD]]`.",
      }),
      kinds: t.arg({ type: [RelationKindEnum], required: false, description: "Only these relation kinds." }),
      actorKinds: t.arg({
        type: [ActorKindEnum],
        required: false,
        description: "Only edges whose two ends are of these kinds.",
      }),
      country: t.arg.string({
        required: false,
        description: "ISO 3166-1 alpha-2 code: only edges with an end that is, or belongs to, this country.",
      }),
      minWeight: t.arg.int({ required: false, description: "Only edges at least this heavy (default 0)." }),
      limit: t.arg.int({
        required: false,
        description: `At most this many nodes, 1 to ${MAX_NETWORK_LIMIT} (default 150).`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = validNetworkArgs(args as NetworkArgs);
      return readNetwork(ctx.executor, network(filter));
    },
  }),
  eventHistogram: t.field({
    type: [MonthCountRef],
    description:
      "Events per month, oldest first, for a time-range brush. Events dated only to the year are not counted.",
    args: {
      from: t.arg.string({ required: false, description: "First month, `YYYY[-MM[-DD]]`." }),
      to: t.arg.string({ required: false, description: "Last month, `YYYY[-MM[-DD]]`." }),
    },
    resolve: async (_root, args, ctx) => {
      const from = fuzzyDate("from", args.from);
      const to = fuzzyDate("to", args.to);
      if (from && to && from > `${to}~`) throw badInput("to", `must not be before "from" (${from}).`);
      return ctx.executor.read<MonthCount & Record<string, unknown>>(eventHistogram(from, to));
    },
  }),
}));
