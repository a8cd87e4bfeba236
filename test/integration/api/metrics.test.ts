// /metrics on the real test Neo4j: the counters move with requests, errors, transactions and ingests,
// both on the main server (METRICS=on) and on a listener of its own (METRICS=<port>).
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledArticleFiles } from "../../../src/graph/seed.ts";
import { listenForMetrics } from "../../../src/server/metrics/listener.ts";
import { Metrics } from "../../../src/server/metrics/metrics.ts";
import { createApp } from "../../../src/server/yoga.ts";
import { readText } from "../../support/article-variants.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";

const graph = connectTestGraph();
const TOKEN = "metrics-test-token-0123456789";
const metrics = new Metrics();
const app = createApp({ executor: graph.executor, ingestToken: TOKEN, metrics, serveMetrics: true });

beforeAll(() => graph.clear());
afterAll(() => graph.close());

async function scrape(): Promise<string> {
  const response = await app.fetch("http://localhost/metrics");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one sample (`name{labels}`), 0 when absent. Labels are matched as written by prom-client. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z0-9_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? "").split(",");
    if (wanted.every((pair) => have.includes(pair))) return Number(match[3]);
  }
  return 0;
}

const query = (body: string) =>
  app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body,
  });

describe("metrics", () => {
  it("count requests by operation, errors by code, transactions and ingests", async () => {
    const before = await scrape();
    await query(JSON.stringify({ query: "query Articles { articles(first: 1) { totalCount } }" }));
    await query(JSON.stringify({ query: "query Articles { articles(first: 1) { totalCount } }" }));
    await query(JSON.stringify({ query: "query Bad { actors(first: 1000) { totalCount } }" }));
    const text = readText(bundledArticleFiles()[0] as string);
    const ingest = await app.fetch("http://localhost/articles", {
      method: "POST",
      headers: { "content-type": "text/plain", authorization: `Bearer ${TOKEN}` },
      body: text,
    });
    expect(ingest.status).toBe(201);
    const after = await scrape();

    const op = { path: "/graphql", operation: "Articles", status: "200" };
    expect(
      sample(after, "newsgraph_http_requests_total", op) -
        sample(before, "newsgraph_http_requests_total", op),
    ).toBe(2);
    const timed = { path: "/graphql", operation: "Articles" };
    expect(sample(after, "newsgraph_http_request_duration_seconds_count", timed)).toBe(2);
    expect(sample(after, "newsgraph_http_request_duration_seconds_sum", timed)).toBeGreaterThan(0);
    const bad = { code: "BAD_USER_INPUT" };
    expect(sample(after, "newsgraph_errors_total", bad) - sample(before, "newsgraph_errors_total", bad)).toBe(
      1,
    );
    const reads = { mode: "read", outcome: "ok" };
    expect(sample(after, "newsgraph_neo4j_transaction_duration_seconds_count", reads)).toBeGreaterThan(
      sample(before, "newsgraph_neo4j_transaction_duration_seconds_count", reads),
    );
    expect(
      sample(after, "newsgraph_neo4j_transaction_duration_seconds_count", { mode: "write", outcome: "ok" }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(after, "newsgraph_neo4j_transactions_in_flight", { mode: "read" })).toBe(0);
    expect(sample(after, "newsgraph_ingests_total", { status: "created" })).toBe(1);
    const posted = { path: "/articles", operation: "ingestArticle", status: "201" };
    expect(sample(after, "newsgraph_http_requests_total", posted)).toBe(1);
    expect(sample(after, "newsgraph_process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("is not served when METRICS is off, and has its own 127.0.0.1 listener with a port", async () => {
    const plain = createApp({ executor: graph.executor });
    expect((await plain.fetch("http://localhost/metrics")).status).toBe(404);
    const counted = createApp({ executor: graph.executor, metrics, serveMetrics: false });
    expect((await counted.fetch("http://localhost/metrics")).status).toBe(404);
    const server = await listenForMetrics(metrics, 0);
    try {
      const { address, port } = server.address() as AddressInfo;
      expect(address).toBe("127.0.0.1");
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(sample(text, "newsgraph_ingests_total", { status: "created" })).toBe(1);
    } finally {
      server.close();
    }
  });
});
