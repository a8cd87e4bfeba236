// The schema as committed SDL: sorted, so the file only changes when the API does.
import path from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { PROJECT_ROOT } from "../project-root.ts";
import { schema } from "./index.ts";

export const SCHEMA_SDL_FILE = path.join(PROJECT_ROOT, "schema/schema.graphql");

export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
