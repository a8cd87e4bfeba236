// `npm run bench`: our service, the peer (@neo4j/graphql 7 on graphql-yoga) and the floor (raw
// Cypher on neo4j-driver behind a bare HTTP server) side by side, each in its own process on
// 127.0.0.1, measured by one client (autocannon) in alternating rounds, on generated corpora of
// several sizes. Before timing, each operation must return the same ids in the same order on every
// system that can express it, or the bench stops.
//
//   BENCH_SIZES (10,100,1000) corpus sizes in articles; BENCH_SECONDS (5) per system, operation and
//   round; BENCH_ROUNDS (3); BENCH_CONNECTIONS (8); BENCH_SEED=false times the graph as it is;
//   BENCH_OPS=actor,search times only the operations whose names contain one of those words.
//   NEO4J_URI uses that server (its data is replaced, unless BENCH_SEED=false; a database holding data
//   needs NEO4J_URI_IS_SCRATCH=yes for that); otherwise a bundled
//   Neo4j starts in a temporary folder, deleted afterwards.
import os from "node:os";
import path from "node:path";
import type { GraphHandle } from "../src/graph/connect.ts";
import { localNeo4jPid } from "../src/graph/runtime-file.ts";
import { PROJECT_ROOT } from "../src/project-root.ts";
import { bodyFor, checkSameItems, type SystemName, type Timing, timeRequests } from "./compare/measure.ts";
import { type BenchOperation, benchOperations } from "./compare/operations.ts";
import { sampleGraph } from "./compare/sample.ts";
import { cpuTable, growthTable, medianTiming, type Results, sizeTable } from "./compare/table.ts";
import { openBenchGraph } from "./support/bench-graph.ts";
import { seedCorpus } from "./support/corpus.ts";
import { failureText } from "./support/scratch-guard.ts";
import { buildService, type RunningService, startService } from "./support/service.ts";

const intEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
};
const SIZES = (process.env.BENCH_SIZES ?? "10,100,1000").split(",").map((s) => {
  const n = Number(s.trim());
  if (!Number.isInteger(n) || n <= 0) throw new Error(`BENCH_SIZES: "${s}" is not a positive integer`);
  return n;
});
const SECONDS = intEnv("BENCH_SECONDS", 5);
const ROUNDS = intEnv("BENCH_ROUNDS", 3);
const CONNECTIONS = intEnv("BENCH_CONNECTIONS", 8);
const SYSTEMS: SystemName[] = ["ours", "peer", "raw"];
/** BENCH_SEED=false: time the graph already in the database (one table), without clearing it. */
const KEEP_GRAPH = process.env.BENCH_SEED === "false";
const MB = 1024 * 1024;
/** The 1-, 5- and 15-minute load averages: how busy the machine was (the bench alone keeps it near 3). */
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");

async function startSystems(
  graph: GraphHandle,
  database: string,
): Promise<Record<SystemName, RunningService>> {
  const db = { ...graph.connection, database };
  const script = (file: string) => ({ args: ["--import", "tsx", path.join(PROJECT_ROOT, file)] });
  // Ours runs compiled, as `npm start` runs it.
  const service = buildService();
  const [ours, peer, raw] = await Promise.all([
    startService(db, {}, 60_000, service),
    startService(db, {}, 60_000, script("bench/peer/server.ts")),
    startService(db, {}, 60_000, script("bench/floor/server.ts")),
  ]);
  return { ours, peer, raw };
}

async function benchSize(
  graph: GraphHandle,
  servers: Record<SystemName, RunningService>,
  articles: number,
  databasePid: number | undefined,
): Promise<{ ops: BenchOperation[]; results: Results; items: Map<string, number> }> {
  if (KEEP_GRAPH) {
    console.log(`\n## the graph as it is (BENCH_SEED=false; BENCH_SIZES ignored)`);
  } else {
    const seeded = await seedCorpus(graph.executor, articles);
    console.log(
      `\n## ${articles} articles\nseeded in ${(seeded.ms / 1000).toFixed(1)} s, clearing the graph first included (${((seeded.articles * 1000) / seeded.ms).toFixed(1)} articles/s)`,
    );
  }
  const sample = await sampleGraph(graph.executor);
  console.log(`sample: ${JSON.stringify(sample)}`);
  const wanted = (process.env.BENCH_OPS ?? "")
    .split(",")
    .map((w) => w.trim())
    .filter(Boolean);
  const ops = benchOperations(sample).filter(
    (op) => wanted.length === 0 || wanted.some((w) => op.name.includes(w)),
  );
  if (ops.length === 0) throw new Error(`BENCH_OPS "${process.env.BENCH_OPS}" matches no operation`);
  const urls = Object.fromEntries(SYSTEMS.map((s) => [s, `${servers[s].url}/graphql`])) as Record<
    SystemName,
    string
  >;
  const peerFailed = new Set<string>();
  const items = new Map<string, number>();
  for (const op of ops) {
    const { count, peerError } = await checkSameItems(op, urls);
    items.set(op.name, count);
    console.log(`same items: ${op.name} (${count} ids${op.peer ? "" : `; peer n/a: ${op.peerNote}`})`);
    if (peerError) {
      peerFailed.add(op.name);
      console.log(`  peer FAILED, not timed: ${peerError}`);
    }
  }
  const samples = new Map<string, Partial<Record<SystemName, Timing[]>>>();
  const failedUnderLoad = new Set<string>();
  for (let round = 0; round <= ROUNDS; round += 1) {
    for (const op of ops) {
      for (const system of SYSTEMS) {
        const body = bodyFor(op, system);
        const key = `${op.name}|${system}`;
        if (!body || (system === "peer" && peerFailed.has(op.name)) || failedUnderLoad.has(key)) continue;
        // Round 0 is a short warm-up (JIT, plan caches) and is not kept.
        const pids = { server: servers[system].pid, ...(databasePid ? { database: databasePid } : {}) };
        const seconds = round === 0 ? 1 : SECONDS;
        const timing = await timeRequests(urls[system], body, seconds, CONNECTIONS, pids).catch(
          (error: Error) => {
            // Our service failing under load stops the bench; the peer or the floor failing is reported.
            if (system === "ours") throw new Error(`${op.name} on ours: ${error.message}`);
            console.log(`  ${system} FAILED under load, not timed further: ${op.name}: ${error.message}`);
            const said = servers[system].output().trim().split("\n").slice(-3).join("\n    ");
            if (said) console.log(`    its last output: ${said}`);
            failedUnderLoad.add(key);
            return undefined;
          },
        );
        if (round === 0 || !timing) continue;
        const entry = samples.get(op.name) ?? {};
        entry[system] = [...(entry[system] ?? []), timing];
        samples.set(op.name, entry);
      }
    }
  }
  const results: Results = new Map(
    [...samples].map(([name, bySystem]) => [
      name,
      Object.fromEntries(Object.entries(bySystem).map(([s, list]) => [s, medianTiming(list)])),
    ]),
  );
  console.log(`\n${sizeTable(ops, results)}`);
  console.log(`\nCPU per request, ms:\n\n${cpuTable(ops, results)}`);
  console.log(`\nour service's RSS after this size: ${(servers.ours.rss() / MB).toFixed(0)} MB`);
  console.log(`load average after this size: ${loadAverage()}`);
  return { ops, results, items };
}

async function main() {
  const { config, graph, close } = await openBenchGraph("bench", { replacesData: !KEEP_GRAPH });
  let servers: Record<SystemName, RunningService> | undefined;
  try {
    servers = await startSystems(graph, config.database);
    // The Neo4j JVM's CPU time: the one this process started, or the bundled one NEO4J_URI points at.
    const databasePid =
      graph.local?.pid ?? (config.external ? localNeo4jPid(config.dataDir, config.external.uri) : undefined);
    console.log(
      `${os.cpus().length} CPUs, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}; ` +
        `autocannon ${CONNECTIONS} connections, ${SECONDS} s per system and operation, ${ROUNDS} rounds (median); ` +
        `load average ${loadAverage()}; Neo4j CPU ${databasePid ? `read from pid ${databasePid}` : "not visible (n/a)"}`,
    );
    const bySize: [number, Results, Map<string, number>][] = [];
    let ops: BenchOperation[] = [];
    for (const size of KEEP_GRAPH ? [0] : SIZES) {
      const done = await benchSize(graph, servers, size, databasePid);
      ops = done.ops;
      bySize.push([size, done.results, done.items]);
    }
    const small = bySize[0];
    const large = bySize.at(-1);
    if (small && large && small !== large) console.log(`\n${growthTable(ops, small, large)}`);
  } finally {
    if (servers) await Promise.all(Object.values(servers).map((s) => s.stop()));
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(failureText(error));
  process.exit(1);
});
