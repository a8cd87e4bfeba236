import { builder } from "./builder.ts";
import "./types/query.ts";
import "./types/node.ts";
import "./types/actor.ts";
import "./types/article.ts";
import "./types/statement.ts";
import "./types/event.ts";
import "./types/relation.ts";
import "./types/search.ts";
import "./types/graph.ts";
import "./types/network.ts";
import "./types/ingest.ts";

export const schema = builder.toSchema({ sortSchema: true });
