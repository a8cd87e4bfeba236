// The root field `search`: full text over actor names and aliases, statement text and event labels.
import { builder } from "../builder.ts";
import { DEFAULT_FIRST, pageArgs, pageWindow, toConnection } from "../pagination.ts";
import { SearchResultConnection } from "../refs.ts";
import { itemShape } from "../shapes.ts";
import { searchText } from "../validation.ts";

builder.queryFields((t) => ({
  search: t.field({
    type: SearchResultConnection,
    description:
      "Full-text search over actor names and aliases, statement text and event labels, best match first. Each word matches as a whole word or as the start of one; each edge has a `score`.",
    args: {
      query: t.arg.string({ required: true, description: "Words to look for, e.g. `groundless slander`." }),
      ...pageArgs(),
    },
    resolve: async (_root, args, ctx, info) => {
      const window = pageWindow(args, DEFAULT_FIRST, info);
      const text = searchText("query", args.query, { required: true }) ?? "";
      return toConnection(await ctx.loaders.search(text, window, itemShape(info)), window, (hit) => hit);
    },
  }),
}));
