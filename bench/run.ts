// `npm run bench`: GraphQL (in process, through app.fetch) against the same reads as raw Cypher on
// the neo4j-driver, at fixed concurrency, on the seeded bundled articles. Prints p50/p99 latency,
// requests per second and the GraphQL/raw ratio per operation, each the median of several rounds.
//
//   BENCH_REQUESTS (default 300) requests per op, mode and round; BENCH_CONCURRENCY (8);
//   BENCH_ROUNDS (3). NEO4J_URI uses that server (its data is replaced by the seed!); otherwise a
//   bundled Neo4j starts in NEO4J_DATA_DIR, or in a temporary folder that is deleted afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadConfig, loadDotEnv } from "../src/config.ts";
import { openGraph } from "../src/graph/connect.ts";
import type { CypherQuery } from "../src/graph/executor.ts";
import { neighbourhood } from "../src/graph/queries/graph.ts";
import { bundledArticleFiles, seedFiles } from "../src/graph/seed.ts";
import { createApp } from "../src/server/yoga.ts";

const numberEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
};
const REQUESTS = numberEnv("BENCH_REQUESTS", 300);
const CONCURRENCY = numberEnv("BENCH_CONCURRENCY", 8);
const ROUNDS = numberEnv("BENCH_ROUNDS", 3);
const WARMUP = Math.min(50, REQUESTS);

interface Operation {
  name: string;
  graphql: { query: string; variables?: Record<string, unknown> };
  /** The same read as one hand-written Cypher query. */
  raw: CypherQuery;
}

const OPERATIONS: Operation[] = [
  {
    name: "nested actors→statements→about",
    graphql: {
      query: `{ actors(first: 50) { edges { node { id name
        statements(first: 20) { edges { node { text about { id name } } } } } } } }`,
    },
    raw: {
      text: `MATCH (a:Actor) WITH a ORDER BY a.name, a.id LIMIT 50
CALL (a) {
  OPTIONAL MATCH (a)-[:SAID]->(s:Statement)
  WITH s ORDER BY s.articleId, coalesce(s.start, 0), s.id LIMIT 20
  RETURN collect(s {.text, about: [(s)-[:ABOUT]->(x:Actor) | x {.id, .name}]}) AS statements
}
RETURN a.id AS id, a.name AS name, statements`,
      params: {},
    },
  },
  {
    name: "graph around China, depth 2",
    graphql: {
      query: `{ graph(center: "country:cn", depth: 2, limit: 100) {
        nodes { id type label caption } edges { id source target type label } } }`,
    },
    raw: neighbourhood("country:cn", 2, 100),
  },
  {
    name: "search",
    graphql: {
      query: `{ search(query: "china japan", first: 10) { totalCount edges { score node {
        __typename ... on Actor { id name } ... on Statement { id text } ... on Event { id label } } } } }`,
    },
    raw: {
      text: `CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
RETURN node.id AS id, coalesce(node.name, node.text, node.label) AS text, score
ORDER BY score DESC LIMIT 10`,
      params: { query: "(china OR china*) (japan OR japan*)" },
    },
  },
];

interface Sample {
  p50: number;
  p99: number;
  rps: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** Runs `count` calls of `once`, `CONCURRENCY` at a time. */
async function measure(once: () => Promise<void>, count: number): Promise<Sample> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next += 1;
        const t0 = performance.now();
        await once();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), rps: count / seconds };
}

async function main() {
  loadDotEnv();
  let tempDir: string | undefined;
  if (!process.env.NEO4J_URI && !process.env.NEO4J_DATA_DIR) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "news-graph-bench-"));
    process.env.NEO4J_DATA_DIR = tempDir;
  }
  const config = loadConfig();
  const graph = await openGraph(config, (line) => console.log(`[neo4j] ${line}`));
  try {
    await graph.executor.writeTransaction((tx) => tx.run("MATCH (n) DETACH DELETE n"));
    const report = await seedFiles(graph.executor, bundledArticleFiles());
    for (const a of report.articles) {
      console.log(
        `seeded "${a.title}": ${a.counts.actors} actors, ${a.counts.statements} statements, ${a.counts.events} events, ${a.counts.relations} relations`,
      );
    }
    const app = createApp({ executor: graph.executor, maskErrors: true });

    const viaGraphQL = (op: Operation) => async () => {
      const response = await app.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(op.graphql),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors)}`);
    };
    const viaDriver = (op: Operation) => async () => {
      await graph.driver.executeQuery(op.raw.text, op.raw.params, {
        database: config.database,
        routing: "READ",
      });
    };

    console.log(
      `\n${REQUESTS} requests per op and mode, concurrency ${CONCURRENCY}, median of ${ROUNDS} rounds\n`,
    );
    const rows: string[][] = [];
    for (const op of OPERATIONS) {
      await measure(viaGraphQL(op), WARMUP);
      await measure(viaDriver(op), WARMUP);
      const graphql: Sample[] = [];
      const raw: Sample[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        // Interleaved so both modes see the same background noise.
        graphql.push(await measure(viaGraphQL(op), REQUESTS));
        raw.push(await measure(viaDriver(op), REQUESTS));
      }
      const g = {
        p50: median(graphql.map((s) => s.p50)),
        p99: median(graphql.map((s) => s.p99)),
        rps: median(graphql.map((s) => s.rps)),
      };
      const r = {
        p50: median(raw.map((s) => s.p50)),
        p99: median(raw.map((s) => s.p99)),
        rps: median(raw.map((s) => s.rps)),
      };
      rows.push(
        [op.name, "GraphQL", g.p50.toFixed(1), g.p99.toFixed(1), g.rps.toFixed(0), ""],
        [op.name, "raw Cypher", r.p50.toFixed(1), r.p99.toFixed(1), r.rps.toFixed(0), ""],
        [
          op.name,
          "GraphQL/raw",
          `×${(g.p50 / r.p50).toFixed(2)}`,
          `×${(g.p99 / r.p99).toFixed(2)}`,
          `×${(g.rps / r.rps).toFixed(2)}`,
          "",
        ],
      );
    }
    const header = ["operation", "mode", "p50 ms", "p99 ms", "req/s"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
    const line = (cells: string[]) =>
      `| ${cells
        .slice(0, header.length)
        .map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join(" | ")} |`;
    console.log(line(header));
    console.log(
      `|${widths.map((w, i) => (i < 2 ? `-${"-".repeat(w)}-` : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    );
    for (const row of rows) console.log(line(row));
  } finally {
    await graph.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
