// `npm run bench:flood`: what a burst of whole-graph `network` reads does to the small reads beside
// it, with the heavy-read gate as configured by default (HEAVY_READ_CONCURRENCY=2) and without it
// (a concurrency no burst reaches), in alternating rounds against the same Neo4j. Prints the medians
// and the ratios gated / ungated.
//
//   FLOOD_ROUNDS (3), FLOOD_SECONDS (15), FLOOD_NETWORK (8 workers reading `network`), FLOOD_SMALL (2
//   workers reading one page of countries), FLOOD_ARTICLES (1000). NEO4J_URI uses that server as it is
//   (seed it first); otherwise a bundled Neo4j starts in a temporary folder with a generated corpus.
import { median } from "./compare/table.ts";
import { openBenchGraph } from "./support/bench-graph.ts";
import { seedCorpus } from "./support/corpus.ts";
import { type LoadResult, runLoad } from "./support/load.ts";
import { buildService, type ServiceDatabase, startService } from "./support/service.ts";

const numberEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
};
const ROUNDS = numberEnv("FLOOD_ROUNDS", 3);
const SECONDS = numberEnv("FLOOD_SECONDS", 15);
const NETWORK_WORKERS = numberEnv("FLOOD_NETWORK", 8);
const SMALL_WORKERS = numberEnv("FLOOD_SMALL", 2);
const ARTICLES = numberEnv("FLOOD_ARTICLES", 1000);

const NETWORK = {
  name: "network",
  query: "{ network(limit: 150) { nodes { id } edges { source target weight } } }",
};
const SMALL = {
  name: "countries",
  query: "{ actors(kind: COUNTRY, first: 10) { totalCount edges { node { id name } } } }",
};
const MODES = { gated: {}, ungated: { HEAVY_READ_CONCURRENCY: "100000" } } as const;
type Mode = keyof typeof MODES;

interface Round {
  small: LoadResult;
  network: LoadResult;
}

async function round(db: ServiceDatabase, mode: Mode): Promise<Round> {
  const service = await startService(db, { ...MODES[mode], HEAVY_READ_QUEUE: "64" }, 60_000, buildService());
  try {
    const [network, small] = await Promise.all([
      runLoad({ url: service.url, requests: [NETWORK], seconds: SECONDS, concurrency: NETWORK_WORKERS }),
      runLoad({ url: service.url, requests: [SMALL], seconds: SECONDS, concurrency: SMALL_WORKERS }),
    ]);
    return { small, network };
  } finally {
    await service.stop();
  }
}

function report(rounds: Record<Mode, Round[]>): void {
  const m = (mode: Mode, pick: (r: Round) => number) => median(rounds[mode].map(pick));
  const rows: [string, (r: Round) => number, number][] = [
    ["small reads p50 ms", (r) => r.small.p50, 1],
    ["small reads p99 ms", (r) => r.small.p99, 0],
    ["small reads req/s", (r) => r.small.rps, 0],
    ["network p50 ms", (r) => r.network.p50, 0],
    ["network p99 ms", (r) => r.network.p99, 0],
    ["network answers", (r) => r.network.requests - r.network.errors, 0],
    ["errors (all reads)", (r) => r.small.errors + r.network.errors, 0],
  ];
  console.log("\n| medians of rounds | gated | ungated | gated / ungated |\n|---|---:|---:|---:|");
  for (const [label, pick, digits] of rows) {
    const [g, u] = [m("gated", pick), m("ungated", pick)];
    console.log(
      `| ${label} | ${g.toFixed(digits)} | ${u.toFixed(digits)} | ${u ? `×${(g / u).toFixed(2)}` : "n/a"} |`,
    );
  }
  for (const r of [...rounds.gated, ...rounds.ungated])
    for (const f of [...r.small.failures, ...r.network.failures]) console.log(`failure: ${f}`);
}

async function main(): Promise<void> {
  const { config, graph, bundled, close } = await openBenchGraph("bench:flood", { replacesData: false }); // seeds only a bundled database
  try {
    if (bundled) {
      const seeded = await seedCorpus(graph.executor, ARTICLES);
      console.log(`seeded ${seeded.articles} generated articles in ${(seeded.ms / 1000).toFixed(1)} s`);
    }
    const db = { ...graph.connection, database: config.database };
    const rounds: Record<Mode, Round[]> = { gated: [], ungated: [] };
    console.log(
      `${ROUNDS} alternating rounds of ${SECONDS} s: ${NETWORK_WORKERS} workers read network, ${SMALL_WORKERS} read a page of countries`,
    );
    for (let i = 0; i < ROUNDS; i++) {
      for (const mode of (i % 2 === 0 ? ["gated", "ungated"] : ["ungated", "gated"]) as Mode[]) {
        const r = await round(db, mode);
        rounds[mode].push(r);
        console.log(
          `round ${i + 1} ${mode}: small p50 ${r.small.p50.toFixed(1)} ms, ${r.small.rps.toFixed(0)} req/s; network ${r.network.requests} answers, p50 ${r.network.p50.toFixed(0)} ms`,
        );
      }
    }
    report(rounds);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
