import neo4j, { type Driver } from "neo4j-driver";
import { type DatabaseLimits, DEFAULT_DATABASE_LIMITS } from "./limits.ts";

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/**
 * One driver per process. Integers come back as JS numbers: graph sizes here stay far below 2^53.
 * The retry time is short so an outage is reported within a couple of seconds instead of hanging
 * requests; the acquisition timeout bounds both a full pool and opening a new connection.
 */
export function createDriver(
  connection: Neo4jConnection,
  limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS,
): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    connectionTimeout: Math.min(5_000, limits.acquisitionTimeoutMs),
    connectionAcquisitionTimeout: limits.acquisitionTimeoutMs,
    maxTransactionRetryTime: limits.retryTimeMs,
    userAgent: "news-knowledge-graph",
    logging: { level: "error", logger: () => {} },
  });
}
