// A burst of whole-graph `network` reads cannot crowd the small reads out of Neo4j: beyond
// HEAVY_READ_CONCURRENCY they wait, and beyond HEAVY_READ_QUEUE they are refused at once with
// SERVICE_BUSY (GraphQL) or 503 + Retry-After (the export route), while other reads still answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseTimeoutError } from "../../../src/graph/errors.ts";
import { CypherExecutor } from "../../../src/graph/executor.ts";
import { ReadGate } from "../../../src/graph/read-gate.ts";
import { Metrics } from "../../../src/server/metrics/metrics.ts";
import { createApp } from "../../../src/server/yoga.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { resetGraph } from "./fixture.ts";
import { ok, oneError, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const gate = new ReadGate({ concurrency: 1, queue: 1, waitMs: 10_000 });
const executor = new CypherExecutor(
  graph.driver,
  graph.info.database,
  graph.executor.timeouts,
  () => false,
  gate,
);
const { app, gql } = testApp(executor);
const metricsApp = createApp({
  executor,
  metrics: new Metrics({ processMetrics: false }),
  serveMetrics: true,
});
const NETWORK = "{ network(limit: 20) { nodes { id } edges { source target } } }";

beforeAll(() => resetGraph(graph.executor));
afterAll(() => graph.close());

/** Takes the gate's only slot until `release` is called, as a long network read would. */
function occupy() {
  let release!: () => void;
  const done = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
  return { release: () => release(), done };
}

describe("heavy read gate", () => {
  it("queues a network read behind a running one and refuses the next, while small reads answer", async () => {
    const slot = occupy();
    const queued = gql(NETWORK);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gate.load).toEqual({ running: 1, waiting: 1 });

    const refused = oneError(await gql(NETWORK));
    expect(refused.extensions?.code).toBe("SERVICE_BUSY");
    expect(refused.message).toMatch(/Too many heavy reads .* at once; try again shortly/);
    const file = await app.fetch("http://localhost/export/network.json?limit=20");
    expect(file.status).toBe(503);
    expect(file.headers.get("retry-after")).toBe("1");
    expect(await file.text()).toMatch(
      /Too many heavy reads at once \(1 may run and 1 wait; the queue is full\)/,
    );

    const scrape = await (await metricsApp.fetch("http://localhost/metrics")).text();
    expect(scrape).toMatch(/^newsgraph_heavy_reads\{state="running"\} 1$/m);
    expect(scrape).toMatch(/^newsgraph_heavy_reads\{state="waiting"\} 1$/m);

    const small = ok(await gql("{ actors(kind: COUNTRY, first: 2) { totalCount } }"));
    expect(small.actors.totalCount).toBeGreaterThan(0);

    slot.release();
    await slot.done;
    const answer = ok(await queued);
    expect(answer.network.nodes.length).toBeGreaterThan(0);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("runs a queued read within what the wait left of the query timeout", async () => {
    const timeoutMs = 3_000;
    const budgetGate = new ReadGate({ concurrency: 1, queue: 1, waitMs: timeoutMs / 2 });
    const budgeted = new CypherExecutor(
      graph.driver,
      graph.info.database,
      { ...graph.executor.timeouts, queryTimeoutMs: timeoutMs },
      () => false,
      budgetGate,
    );
    let release!: () => void;
    const held = budgetGate.run(() => new Promise<void>((resolve) => (release = resolve)));
    // Far longer than any budget here, so only the transaction timeout can end it.
    const slow = budgeted
      .readHeavy({ text: "UNWIND range(1, 2000000000) AS x RETURN count(x) AS n", params: {} })
      .catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    release();
    await held;
    const error = await slow;
    expect(error).toBeInstanceOf(DatabaseTimeoutError);
    const [, runMs, waitedMs] =
      /ran longer than (\d+) ms \(NEO4J_QUERY_TIMEOUT_MS, 3000 ms, less (\d+) ms waiting/.exec(
        (error as Error).message,
      ) ?? [];
    expect(Number(waitedMs)).toBeGreaterThanOrEqual(950);
    expect(Number(runMs) + Number(waitedMs)).toBe(timeoutMs);
  }, 30_000);
});
