// The short soak: 10 s of mixed reads at concurrency 32 against the real service (a child process)
// on 100 generated articles. No request may fail and the service's memory must not keep growing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { soak } from "../../bench/soak/run-soak.ts";
import { seedCorpus } from "../../bench/support/corpus.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";

const graph = connectTestGraph();

describe("soak (10 s)", () => {
  beforeAll(async () => {
    await seedCorpus(graph.executor, 100);
  }, 300_000);
  afterAll(() => graph.close());

  it("answers every request of a mixed load with bounded memory", async () => {
    const report = await soak({
      db: graph.info,
      executor: graph.executor,
      seconds: 10,
      concurrency: 32,
      warmupSeconds: 5,
    });
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    console.log(
      `soak: ${report.requests} requests, p50 ${report.p50.toFixed(0)} ms, p99 ${report.p99.toFixed(0)} ms, ` +
        `RSS ${mb(report.rssAtStart)} → ${mb(report.rssAtEnd)} MB`,
    );
    expect(report.failures).toEqual([]);
    expect(report.errors).toBe(0);
    expect(report.requests).toBeGreaterThan(100);
    expect(report.rssGrowth, `RSS ${report.rssAtStart} → ${report.rssAtEnd} bytes`).toBeLessThan(0.2);
    expect(report.healthAfter).toBe(true);
  }, 120_000);
});
