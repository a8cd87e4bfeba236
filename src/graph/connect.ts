// Opens the graph for a process: the server named by NEO4J_URI, or the bundled Neo4j started here.

import type { Driver } from "neo4j-driver";
import type { AppConfig } from "../config.ts";
import { type LocalNeo4j, startLocalNeo4j } from "../neo4j/launcher.ts";
import { createDriver, type Neo4jConnection } from "./driver.ts";
import { describeNeo4jError } from "./errors.ts";
import { CypherExecutor } from "./executor.ts";
import { heavyReadGate } from "./read-gate.ts";
import { removeRuntimeFile, writeRuntimeFile } from "./runtime-file.ts";

export class DatabaseConnectError extends Error {
  override name = "DatabaseConnectError";
}

export interface GraphHandle {
  connection: Neo4jConnection;
  driver: Driver;
  executor: CypherExecutor;
  /** Present when this process started the database. */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

/** Checks the server, the credentials and the database with one real query, within a bound time. */
export async function verifyDatabase(driver: Driver, connection: Neo4jConnection, database: string) {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("no answer within 20 s")), 20_000).unref(),
  );
  try {
    await Promise.race([driver.executeQuery("RETURN 1", {}, { database, routing: "READ" }), timeout]);
  } catch (error) {
    throw new DatabaseConnectError(describeNeo4jError(error, connection.uri, connection.user, database));
  }
}

export async function openGraph(
  config: AppConfig,
  log: (line: string) => void = () => {},
): Promise<GraphHandle> {
  const local = config.external
    ? undefined
    : await startLocalNeo4j({ homeDir: config.dataDir, boltPort: config.boltPort, log });
  const connection = config.external ?? (local as LocalNeo4j);
  const driver = createDriver(connection, config.databaseLimits);
  try {
    await verifyDatabase(driver, connection, config.database);
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  // Lets `npm run seed` find this database while we run (src/graph/runtime-file.ts).
  if (local) writeRuntimeFile(config.dataDir, { uri: local.uri, neo4jPid: local.pid });
  const restarting = () => local?.status().state === "restarting";
  return {
    connection: { uri: connection.uri, user: connection.user, password: connection.password },
    driver,
    executor: new CypherExecutor(
      driver,
      config.database,
      config.databaseLimits,
      restarting,
      heavyReadGate(config.databaseLimits),
    ),
    ...(local ? { local } : {}),
    async close() {
      await driver.close();
      if (local) removeRuntimeFile(config.dataDir);
      await local?.stop();
    },
  };
}
