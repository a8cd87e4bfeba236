// Turns driver failures into one line that names the cause and the variable that fixes it.
import { Neo4jError } from "neo4j-driver";

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** A transaction ran past its timeout and the server terminated it. */
export class DatabaseTimeoutError extends Error {
  override name = "DatabaseTimeoutError";
}

/** Refused before reaching the database: too many heavy reads at once (src/graph/read-gate.ts). */
export class DatabaseBusyError extends Error {
  override name = "DatabaseBusyError";
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);
const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);
// The pool's own timeout carries no code, only this message.
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out/;

/** Down, unreachable, restarting, or no connection free in time: the caller may try again shortly. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Neo4jError)) return false;
  if (ACQUISITION_TIMEOUT.test(error.message)) return true;
  return UNAVAILABLE_CODES.has(error.code) || error.code.startsWith("Neo.TransientError.");
}

export function isTimeout(error: unknown): boolean {
  if (error instanceof DatabaseTimeoutError) return true;
  return error instanceof Neo4jError && TIMEOUT_CODES.has(error.code);
}

export type DatabaseFailure = "unavailable" | "timeout" | "busy";

/** Follows `originalError`/`cause` (GraphQL wraps resolver errors) to a database failure, if any. */
export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof DatabaseBusyError) return "busy";
    if (isTimeout(current)) return "timeout";
    if (isUnavailable(current)) return "unavailable";
    const wrapper = current as { originalError?: unknown; cause?: unknown };
    current = wrapper.originalError ?? wrapper.cause;
  }
  return undefined;
}

/** The executor's typed form of a driver error; other errors pass through unchanged. */
export function classifyDatabaseError(error: unknown, timeoutMs: number, setting: string): unknown {
  if (isTimeout(error) && !(error instanceof DatabaseTimeoutError)) {
    return new DatabaseTimeoutError(
      `The query ran longer than ${timeoutMs} ms (${setting}) and was stopped.`,
      {
        cause: error,
      },
    );
  }
  if (isUnavailable(error) && !(error instanceof DatabaseUnavailableError)) {
    return new DatabaseUnavailableError("The graph database is unavailable.", { cause: error });
  }
  return error;
}

export function describeNeo4jError(error: unknown, uri: string, user: string, database: string): string {
  if (error instanceof Neo4jError) {
    if (error.code === "Neo.ClientError.Security.Unauthorized") {
      return `Neo4j at ${uri} rejected user "${user}": check NEO4J_USER and NEO4J_PASSWORD.`;
    }
    if (error.code === "Neo.ClientError.Security.AuthenticationRateLimit") {
      return `Neo4j at ${uri} locked user "${user}" after failed logins: wait, then check NEO4J_PASSWORD.`;
    }
    if (error.code === "Neo.ClientError.Database.DatabaseNotFound") {
      return `Neo4j at ${uri} has no database "${database}": check NEO4J_DATABASE.`;
    }
    if (UNAVAILABLE_CODES.has(error.code)) {
      return `Cannot reach Neo4j at ${uri}: check NEO4J_URI, or unset it to start the bundled Neo4j.`;
    }
    return `Neo4j at ${uri} failed: ${error.message.split("\n")[0]} (${error.code}).`;
  }
  return `Neo4j at ${uri} failed: ${error instanceof Error ? error.message : String(error)}`;
}
