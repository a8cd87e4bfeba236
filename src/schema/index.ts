import { builder } from "./builder.ts";
import "./types/query.ts";

export const schema = builder.toSchema({ sortSchema: true });
