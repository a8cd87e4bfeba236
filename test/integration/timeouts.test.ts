// A read that runs past its timeout: the server stops it, the client gets QUERY_TIMEOUT quickly, and
// the connection goes back to the pool. Real slow Cypher against the real Neo4j, no mock.
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { createDriver } from "../../src/graph/driver.ts";
import { DatabaseTimeoutError } from "../../src/graph/errors.ts";
import { CypherExecutor, type CypherQuery } from "../../src/graph/executor.ts";
import { DEFAULT_DATABASE_LIMITS } from "../../src/graph/limits.ts";
import { testNeo4j } from "../support/test-neo4j.ts";
import { testApp } from "./api/helpers.ts";

const MARKER = "slow-read-marker";
// 4·10^8 rows streamed through a filter: far longer than any bound below, almost no memory.
const SLOW: CypherQuery = {
  text: `UNWIND range(1, 20000) AS a UNWIND range(1, 20000) AS b WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*) AS n, '${MARKER}' AS marker`,
  params: {},
};

const info = testNeo4j();
// How late the server may stop a timed-out transaction: its monitor wakes every 200 ms here
// (conf.ts; every 2 s on a default server), and a shared, busy machine adds seconds.
const SERVER_LAG_MS = 4_000;
// One connection only: if a timed-out read kept it, the next read could not get one.
const driver = createDriver(info, { ...DEFAULT_DATABASE_LIMITS, acquisitionTimeoutMs: 2_000 });
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
  new CypherExecutor(tinyPoolDriver, info.database, {
    ...DEFAULT_DATABASE_LIMITS,
    queryTimeoutMs: timeoutMs,
  });

async function runningSlowQueries(): Promise<number> {
  const admin = new CypherExecutor(driver, "system", { ...DEFAULT_DATABASE_LIMITS, queryTimeoutMs: 30_000 });
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
    expect(elapsed).toBeLessThan(1_500 + SERVER_LAG_MS);
  });

  it("stops a read at its timeout, frees the connection and ends the server transaction", async () => {
    const started = Date.now();
    const error = await quick(300)
      .read(SLOW)
      .catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(DatabaseTimeoutError);
    expect((error as Error).message).toMatch(/longer than 300 ms \(NEO4J_QUERY_TIMEOUT_MS\)/);
    expect(elapsed).toBeLessThan(300 + SERVER_LAG_MS);
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
      const executor = new SlowExecutor(driver, info.database, {
        ...DEFAULT_DATABASE_LIMITS,
        queryTimeoutMs: 300,
      });
      const { gql } = testApp(executor, mask);
      const started = Date.now();
      const response = await gql("{ articles { totalCount } }");
      expect(Date.now() - started).toBeLessThan(300 + SERVER_LAG_MS);
      expect(response.errors).toHaveLength(1);
      const [error] = response.errors ?? [];
      expect(error?.extensions?.code).toBe("QUERY_TIMEOUT");
      expect(error?.message).toBe("The query took too long and was stopped; ask for less (first, depth).");
      expect(error?.path).toEqual(["articles"]);
      expect(JSON.stringify(error)).not.toMatch(/Neo\.|stack|bolt:/);
    }
  });
});

async function servingJvmPid(): Promise<number> {
  const session = driver.session({ database: info.database });
  try {
    const result = await session.run(
      'CALL dbms.queryJmx("java.lang:type=Runtime") YIELD attributes RETURN attributes.Name.value AS name',
    );
    const name = String(result.records[0]?.get("name")); // "<pid>@<host>"
    const pid = Number(name.split("@")[0]);
    if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no pid in the JVM name "${name}"`);
    return pid;
  } finally {
    await session.close();
  }
}

describe.skipIf(!info.local || !info.pid)(
  "a frozen database (the test's Neo4j JVM stopped with SIGSTOP)",
  () => {
    it("gets /ready 503 within 1 s and SERVICE_UNAVAILABLE for reads shortly after the timeout", async () => {
      // Ask the JVM that answers for its own pid: the one recorded at start-up is stale if the
      // supervisor restarted Neo4j earlier in the run.
      const pid = await servingJvmPid();
      const executor = new CypherExecutor(driver, info.database, {
        ...DEFAULT_DATABASE_LIMITS,
        queryTimeoutMs: 500,
      });
      const { app, gql } = testApp(executor, true);
      await gql("{ articles { totalCount } }"); // a pooled connection that the freeze will strand
      process.kill(pid, "SIGSTOP");
      try {
        let started = Date.now();
        const ready = await app.fetch("http://localhost/ready");
        const readyMs = Date.now() - started;
        expect(ready.status).toBe(503);
        expect(await ready.json()).toEqual({ ready: false, reason: "neo4j did not answer within 800 ms" });
        expect(readyMs).toBeLessThan(1_000);

        started = Date.now();
        const response = await gql("{ articles { totalCount } }");
        const readMs = Date.now() - started;
        console.log(
          `[frozen] /ready in ${readyMs} ms; GraphQL ${response.errors?.[0]?.extensions?.code} in ${readMs} ms`,
        );
        expect(response.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
        // At most the 500 ms timeout plus the client's 2 s grace (the server cannot stop what it
        // never runs); a read that needs a new connection gives up sooner, at the connection timeout.
        expect(readMs).toBeLessThan(5_000);
      } finally {
        process.kill(pid, "SIGCONT");
      }
      expect((await app.fetch("http://localhost/ready")).status).toBe(200);
    });
  },
);
