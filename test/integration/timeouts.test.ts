// A read that runs past its timeout: the server stops it, the client gets QUERY_TIMEOUT quickly, and
// the connection goes back to the pool. Real slow Cypher against the real Neo4j, no mock.
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { createDriver } from "../../src/graph/driver.ts";
import { DatabaseTimeoutError } from "../../src/graph/errors.ts";
import { CypherExecutor, type CypherQuery } from "../../src/graph/executor.ts";
import { DEFAULT_LIMITS } from "../../src/graph/limits.ts";
import { testNeo4j } from "../support/test-neo4j.ts";
import { testApp } from "./api/helpers.ts";

const MARKER = "slow-read-marker";
// 10^8 rows streamed through a filter: many seconds of CPU, almost no memory.
const SLOW: CypherQuery = {
  text: `UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*) AS n, '${MARKER}' AS marker`,
  params: {},
};

const info = testNeo4j();
// One connection only: if a timed-out read kept it, the next read could not get one.
const driver = createDriver(info, { ...DEFAULT_LIMITS, acquisitionTimeoutMs: 2_000 });
const tinyPoolDriver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), {
  maxConnectionPoolSize: 1,
  connectionAcquisitionTimeout: 1_000,
  disableLosslessIntegers: true,
  logging: { level: "error", logger: () => {} },
});
afterAll(async () => {
  await driver.close();
  await tinyPoolDriver.close();
});

const quick = (timeoutMs: number) =>
  new CypherExecutor(tinyPoolDriver, info.database, { ...DEFAULT_LIMITS, queryTimeoutMs: timeoutMs });

async function runningSlowQueries(): Promise<number> {
  const admin = new CypherExecutor(driver, "system");
  const rows = await admin.read<{ query: string }>({
    text: "SHOW TRANSACTIONS YIELD currentQuery AS query RETURN query",
    params: {},
  });
  return rows.filter((row) => row.query.includes(MARKER) && !row.query.includes("SHOW")).length;
}

/** An executor whose every read is the slow query, to reach the GraphQL error mapping for real. */
class SlowExecutor extends CypherExecutor {
  override read<T>(_query: CypherQuery): Promise<T[]> {
    return super.read(SLOW) as Promise<T[]>;
  }
  override fork() {
    return this;
  }
}

describe("transaction timeouts", () => {
  it("the slow query really is slow without a tight timeout", async () => {
    const started = Date.now();
    await expect(quick(1_500).read(SLOW)).rejects.toBeInstanceOf(DatabaseTimeoutError);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1_400);
    expect(elapsed).toBeLessThan(info.local ? 2_500 : 4_000);
  });

  it("stops a read at its timeout, frees the connection and ends the server transaction", async () => {
    const started = Date.now();
    const error = await quick(300)
      .read(SLOW)
      .catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(DatabaseTimeoutError);
    expect((error as Error).message).toMatch(/longer than 300 ms \(NEO4J_QUERY_TIMEOUT_MS\)/);
    // The bundled Neo4j checks timeouts every 200 ms (conf.ts); an external one may take up to 2 s.
    expect(elapsed).toBeLessThan(info.local ? 1_000 : 2_600);
    // The pool holds one connection: this read only succeeds if the timed-out one gave it back.
    const [row] = await quick(5_000).read<{ one: number }>({ text: "RETURN 1 AS one", params: {} });
    expect(row?.one).toBe(1);
    // And the database is no longer running it.
    let left = await runningSlowQueries();
    for (let i = 0; i < 10 && left > 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      left = await runningSlowQueries();
    }
    expect(left).toBe(0);
  });

  it("gives clients QUERY_TIMEOUT, masked or not, without internals", async () => {
    for (const mask of [true, false]) {
      const executor = new SlowExecutor(driver, info.database, { ...DEFAULT_LIMITS, queryTimeoutMs: 300 });
      const { gql } = testApp(executor, mask);
      const started = Date.now();
      const response = await gql("{ articles { totalCount } }");
      expect(Date.now() - started).toBeLessThan(info.local ? 1_500 : 3_000);
      expect(response.errors).toHaveLength(1);
      const [error] = response.errors ?? [];
      expect(error?.extensions?.code).toBe("QUERY_TIMEOUT");
      expect(error?.message).toBe("The query took too long and was stopped; ask for less (first, depth).");
      expect(error?.path).toEqual(["articles"]);
      expect(JSON.stringify(error)).not.toMatch(/Neo\.|stack|bolt:/);
    }
  });
});
