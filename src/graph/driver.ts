import neo4j, { type Driver } from "neo4j-driver";

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/** One driver per process. Integers come back as JS numbers: graph sizes here stay far below 2^53. */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    userAgent: "news-knowledge-graph",
    logging: { level: "error", logger: () => {} },
  });
}
