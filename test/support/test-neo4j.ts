// What integration tests receive from the global setup, and helpers to use it.
import { inject } from "vitest";
import { clearGraph } from "../../bench/support/corpus.ts";
import { parseDatabaseLimits } from "../../src/config.ts";
import { createDriver } from "../../src/graph/driver.ts";
import { CypherExecutor } from "../../src/graph/executor.ts";

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  local: boolean;
  pid?: number;
}

export function testNeo4j(): TestNeo4j {
  return inject("neo4j");
}

/**
 * A driver and executor on the shared test database; call `close` in afterAll. The limits are the
 * service's (NEO4J_QUERY_TIMEOUT_MS…), so a run with a smaller timeout shows the tests' margin.
 */
export function connectTestGraph() {
  const info = testNeo4j();
  const limits = parseDatabaseLimits(process.env);
  const driver = createDriver(info, limits);
  const executor = new CypherExecutor(driver, info.database, limits);
  return {
    info,
    driver,
    executor,
    async clear() {
      await clearGraph(executor);
    },
    close: () => driver.close(),
  };
}
