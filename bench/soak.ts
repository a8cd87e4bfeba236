// `npm run soak`: 60 s of mixed reads at concurrency 32 against the real service on a generated
// corpus of 1,000 articles. Prints errors (must be 0), p50/p99 latency and the service's RSS at the
// start and the end of the load (growth must stay under 20 %); exits 1 when either fails.
//
//   SOAK_SECONDS (60), SOAK_CONCURRENCY (32), SOAK_ARTICLES (1000), SOAK_WARMUP_SECONDS (20: V8 grows
//   its heap to a steady size under load first; "start" RSS is read after the warm-up).
//   SOAK_SERVICE=dist (default) compiles and runs dist/server/main.js as `npm start` does;
//   SOAK_SERVICE=source runs it through tsx. NEO4J_URI uses that server
//   (its data is replaced, so it must be empty or NEO4J_URI_IS_SCRATCH=yes); otherwise a bundled Neo4j
//   starts in a temporary folder, deleted afterwards.
import { soak } from "./soak/run-soak.ts";
import { openBenchGraph } from "./support/bench-graph.ts";
import { seedCorpus } from "./support/corpus.ts";
import { failureText } from "./support/scratch-guard.ts";
import { buildService, SOURCE_SERVICE } from "./support/service.ts";

const numberEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
};
const SECONDS = numberEnv("SOAK_SECONDS", 60);
const CONCURRENCY = numberEnv("SOAK_CONCURRENCY", 32);
const ARTICLES = numberEnv("SOAK_ARTICLES", 1000);
const WARMUP = numberEnv("SOAK_WARMUP_SECONDS", 20);
const MB = 1024 * 1024;
const SERVICE = process.env.SOAK_SERVICE ?? "dist";
if (SERVICE !== "dist" && SERVICE !== "source") throw new Error("SOAK_SERVICE must be dist or source");

async function main(): Promise<number> {
  const { config, graph, close } = await openBenchGraph("soak", { replacesData: true });
  try {
    const seeded = await seedCorpus(graph.executor, ARTICLES);
    console.log(`seeded ${seeded.articles} generated articles in ${(seeded.ms / 1000).toFixed(1)} s`);
    console.log(
      `soak: ${SECONDS} s of mixed reads at concurrency ${CONCURRENCY} (after a ${WARMUP} s warm-up)…`,
    );
    const command = SERVICE === "dist" ? buildService() : SOURCE_SERVICE;
    console.log(`service: ${command.args.join(" ")}`);
    const report = await soak({
      command,
      db: { ...graph.connection, database: config.database },
      executor: graph.executor,
      seconds: SECONDS,
      concurrency: CONCURRENCY,
      warmupSeconds: WARMUP,
      ...(process.env.SOAK_NODE_OPTIONS ? { env: { NODE_OPTIONS: process.env.SOAK_NODE_OPTIONS } } : {}),
    });
    console.log(`\nrequests ${report.requests}, ${report.rps.toFixed(0)} req/s, errors ${report.errors}`);
    console.log(
      `latency p50 ${report.p50.toFixed(1)} ms, p99 ${report.p99.toFixed(1)} ms, max ${report.max.toFixed(0)} ms`,
    );
    console.log(
      `service RSS start ${(report.rssAtStart / MB).toFixed(0)} MB, end ${(report.rssAtEnd / MB).toFixed(0)} MB ` +
        `(growth ${(report.rssGrowth * 100).toFixed(1)} %), peak ${(report.rssPeak / MB).toFixed(0)} MB`,
    );
    console.log("\n| operation | requests | p50 ms | p99 ms |\n|---|---:|---:|---:|");
    for (const [name, list] of report.perOperation) {
      const sorted = [...list].sort((a, b) => a - b);
      const q = (p: number) =>
        (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1);
      console.log(`| ${name} | ${sorted.length} | ${q(0.5)} | ${q(0.99)} |`);
    }
    for (const failure of report.failures) console.log(`failure: ${failure}`);
    const passed = report.errors === 0 && report.rssGrowth < 0.2 && report.healthAfter;
    console.log(passed ? "\nsoak passed" : "\nsoak FAILED (errors, memory growth ≥ 20 %, or /health down)");
    return passed ? 0 : 1;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(failureText(error));
    process.exit(1);
  },
);
