import SchemaBuilder from "@pothos/core";
import RelayPlugin from "@pothos/plugin-relay";
import type { GraphQLContext } from "./context.ts";

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
  Connection: { totalCount: number };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    // `Node`, `node` and `nodes` are defined in types/node.ts: ids are the stored readable ids.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false, description: "The items of this page, each with its cursor." },
    nodeFieldOptions: { nullable: false, description: "The item." },
    cursorFieldOptions: {
      description: "Opaque cursor of this item: pass it as `after` to get the items after it.",
    },
    pageInfoFieldOptions: { description: "Where this page sits in the whole list." },
    pageInfoTypeOptions: { description: "Relay page information of a connection." },
    hasNextPageFieldOptions: { description: "True when more items follow this page." },
    hasPreviousPageFieldOptions: { description: "True when items come before this page." },
    startCursorFieldOptions: {
      description: "Cursor of the first item of this page; null when the page is empty.",
    },
    endCursorFieldOptions: {
      description: "Cursor of the last item of this page; null when the page is empty.",
    },
  },
});
