// The bench, the soak, the seed-speed script and the integration tests delete everything in their
// database. On a bundled Neo4j in a temporary folder that is the point; on the server NEO4J_URI
// names (perhaps read from .env, perhaps a production Aura) it must never happen by accident. So a
// database that already holds data is only cleared when its owner has said it is a scratch copy.
import type { Driver } from "neo4j-driver";

/** The variable an owner sets to say the database at NEO4J_URI may be emptied. */
export const SCRATCH_VARIABLE = "NEO4J_URI_IS_SCRATCH";

export class NotScratchError extends Error {
  override name = "NotScratchError";
}

/** Whether the owner has confirmed that NEO4J_URI's database is a scratch copy. */
export const scratchConfirmed = (env: NodeJS.ProcessEnv = process.env) =>
  env[SCRATCH_VARIABLE]?.trim().toLowerCase() === "yes";

/** The message for a refused run; pure, so its wording is tested without a database. */
export function notScratchMessage(what: string, uri: string, nodes: number): string {
  return (
    `${what} deletes everything in its database, and the database at NEO4J_URI (${uri}) holds ` +
    `${nodes.toLocaleString("en")} node${nodes === 1 ? "" : "s"}. Unset NEO4J_URI to run on a temporary bundled Neo4j, or set ` +
    `${SCRATCH_VARIABLE}=yes if that database is a scratch copy whose data may be lost.`
  );
}

/**
 * Throws `NotScratchError` unless the database behind `driver` is empty or confirmed as scratch.
 * Counting nodes reads the count store, so it costs nothing even on a large graph.
 */
export async function assertScratch(
  driver: Driver,
  database: string,
  what: string,
  uri: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (scratchConfirmed(env)) return;
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const result = await session.executeRead((tx) => tx.run("MATCH (n) RETURN count(n) AS nodes"));
    const nodes = Number(result.records[0]?.get("nodes") ?? 0);
    if (nodes > 0) throw new NotScratchError(notScratchMessage(what, uri, nodes));
  } finally {
    await session.close();
  }
}

/** What a script prints when it fails: a refusal is one sentence, anything else keeps its stack. */
export const failureText = (error: unknown): unknown =>
  error instanceof NotScratchError ? error.message : error;
