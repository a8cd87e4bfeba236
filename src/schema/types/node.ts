// The Relay `Node` interface and the `node` / `nodes` root fields. Global ids are the readable ids
// stored in the graph (`country:jp`, `<articleId>/statement/3`); they are unique across types.
import { builder } from "../builder.ts";
import { actorPrefetch } from "../prefetch.ts";
import { NodeRef } from "../refs.ts";
import { validId, validIds } from "../validation.ts";

export const MAX_NODES = 100;

NodeRef.implement({
  description:
    "An object with a global id. Ids are the readable ids stored in the graph, unique across all types: `country:jp`, `person:katsunobu-kato`, `<articleId>/statement/3`, `<articleId>/event/1`, `<articleId>/sentence/4`, an article id, or for a relation `<sourceId>-[<KIND>]-><targetId>`.",
  resolveType: (value) => value.__typename,
  fields: (t) => ({
    id: t.exposeID("id", { description: "Global id: the stored readable id, unique across all types." }),
  }),
});

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    nullable: true,
    description: "Any object by its global id; null when nothing has that id.",
    args: { id: t.arg.id({ required: true, description: "A global id, e.g. `country:cn`." }) },
    // An actor's statements or events selected here are read with the actor, in one query.
    resolve: (_root, args, ctx, info) =>
      ctx.loaders.nodeWith(validId("id", args.id), actorPrefetch(info, [])),
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    description: `Objects by global id, in the order asked; null for each id that names nothing. At most ${MAX_NODES} ids.`,
    args: { ids: t.arg.idList({ required: true, description: `Up to ${MAX_NODES} global ids.` }) },
    resolve: async (_root, args, ctx) => {
      const ids = validIds("ids", args.ids, MAX_NODES);
      const nodes = await ctx.loaders.nodes.loadMany(ids);
      return nodes.map((node) => {
        if (node instanceof Error) throw node;
        return node;
      });
    },
  }),
}));
