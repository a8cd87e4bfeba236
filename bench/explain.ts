// `npm run bench:explain`: where one request of each bench operation spends its time, on the graph
// already in the database (NEO4J_URI, or NEO4J_DATA_DIR's bundled Neo4j; nothing is written). For
// our service, run in process: round trips, the database hits of each of its Cypher queries
// (PROFILE), time inside the executor and the whole request; for the floor, its one query the same
// way. Sequential requests, so the figures are per request, not under load.
//
//   EXPLAIN_RUNS (50) requests per operation and system; EXPLAIN_CYPHER=true prints each query.
import type { Driver } from "neo4j-driver";
import { loadConfig, loadDotEnv } from "../src/config.ts";
import { openGraph } from "../src/graph/connect.ts";
import { CypherExecutor, type CypherQuery } from "../src/graph/executor.ts";
import { createLogger } from "../src/server/log.ts";
import { createApp } from "../src/server/yoga.ts";
import { benchOperations } from "./compare/operations.ts";
import { sampleGraph } from "./compare/sample.ts";
import { median } from "./compare/table.ts";
import { asFloor } from "./support/floor-params.ts";
import { profile } from "./support/profile.ts";

const RUNS = Number(process.env.EXPLAIN_RUNS ?? 50);
const PRINT_CYPHER = process.env.EXPLAIN_CYPHER === "true";

/** Remembers the queries of the latest request and the time spent in the executor. */
class TracingExecutor extends CypherExecutor {
  queries: CypherQuery[] = [];
  /** Time of each query of the latest request, in order. */
  queryMs: number[] = [];
  readMs = 0;

  override async read<T extends Record<string, unknown>>(query: CypherQuery): Promise<T[]> {
    const started = performance.now();
    try {
      return await super.read<T>(query);
    } finally {
      const ms = performance.now() - started;
      this.readMs += ms;
      this.queryMs.push(ms);
      this.queries.push(query);
    }
  }

  override fork(): CypherExecutor {
    this.queries = [];
    this.queryMs = [];
    this.readMs = 0;
    return this;
  }
}

async function dbHits(driver: Driver, database: string, queries: CypherQuery[]): Promise<number[]> {
  const hits: number[] = [];
  for (const query of queries) hits.push((await profile(driver, database, query)).dbHits);
  return hits;
}

async function main() {
  loadDotEnv();
  const config = loadConfig();
  const graph = await openGraph(config, (line) => console.log(`[neo4j] ${line}`));
  try {
    const executor = new TracingExecutor(graph.driver, config.database);
    const app = createApp({ executor, logger: createLogger({ level: "error", format: "text" }) });
    const sample = await sampleGraph(graph.executor);
    console.log(`sample: ${JSON.stringify(sample)}; ${RUNS} sequential requests each, medians in ms`);
    console.log(
      "| operation | ours trips | ours dbHits | raw dbHits | ours request | ours in executor | raw in executor |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---:|");
    for (const op of benchOperations(sample)) {
      const request = () =>
        app.fetch("http://localhost/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify(op.ours),
        });
      const raw = asFloor(op.raw);
      const total: number[] = [];
      const inDb: number[] = [];
      const perQuery: number[][] = [];
      const rawMs: number[] = [];
      for (let i = 0; i < RUNS + 5; i += 1) {
        const started = performance.now();
        const response = await request();
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors)}`);
        if (i < 5) continue;
        total.push(performance.now() - started);
        inDb.push(executor.readMs);
        executor.queryMs.forEach((ms, q) => {
          perQuery[q] = [...(perQuery[q] ?? []), ms];
        });
        const rawStarted = performance.now();
        await graph.executor.read(raw);
        rawMs.push(performance.now() - rawStarted);
      }
      const ours = await dbHits(graph.driver, config.database, executor.queries);
      const [rawHits] = await dbHits(graph.driver, config.database, [raw]);
      console.log(
        `| ${op.name} | ${ours.length} | ${ours.join(" + ")} | ${rawHits} | ${median(total).toFixed(1)} | ${perQuery.map((list) => median(list).toFixed(1)).join(" + ")} | ${median(rawMs).toFixed(1)} |`,
      );
      if (PRINT_CYPHER) for (const query of executor.queries) console.log(`\n${query.text}\n`);
    }
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
