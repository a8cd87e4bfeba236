// How long the service waits on Neo4j. Every transaction carries a server-side timeout, so a runaway
// query is terminated by the database and its connection returns to the pool.

export interface DatabaseLimits {
  /** Timeout of each read transaction (every API query), in ms. */
  queryTimeoutMs: number;
  /** Timeout of each write or schema transaction (the seed writes one article per transaction). */
  writeTimeoutMs: number;
  /** How long a session waits for a pooled connection, including opening one. */
  acquisitionTimeoutMs: number;
  /** How long the driver keeps retrying a transaction that failed on a connection or transient error. */
  retryTimeMs: number;
  /** Heavy reads (the whole-graph network) that may run at once, and callers that may wait for one. */
  heavyReadConcurrency: number;
  heavyReadQueue: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  queryTimeoutMs: 5_000,
  writeTimeoutMs: 60_000,
  acquisitionTimeoutMs: 2_000,
  retryTimeMs: 500,
  heavyReadConcurrency: 2,
  heavyReadQueue: 16,
};
