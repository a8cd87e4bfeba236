import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../project-root.ts";
import type { CypherExecutor } from "./executor.ts";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema/constraints.cypher");

/** Splits a Cypher script into statements, dropping `//` comment lines. */
export function splitCypherScript(script: string): string[] {
  return script
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export async function applySchema(executor: CypherExecutor): Promise<void> {
  const commands = splitCypherScript(readFileSync(SCHEMA_FILE, "utf8"));
  // Indexes populate in the background; wait so the first search after a seed sees everything.
  await executor.runSchemaCommands([...commands, "CALL db.awaitIndexes(60)"]);
}
