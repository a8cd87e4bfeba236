import { builder } from "../builder.ts";

builder.queryType({
  description: "Entry points into the news knowledge graph.",
});
