// Turns driver failures into one line that names the cause and the variable that fixes it.
import { Neo4jError } from "neo4j-driver";

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Neo4jError)) return false;
  return UNAVAILABLE_CODES.has(error.code) || error.code.startsWith("Neo.TransientError.");
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
