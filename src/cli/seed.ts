// `npm run seed [-- DIR|FILE|GLOB…]`: extract and store articles; without arguments, the bundled ones.
// Articles are stored SEED_BATCH_ARTICLES (50) per transaction, each wholly or not at all; a bad
// file is reported (stderr) and skipped, and the exit code is 1 when any file failed. While `npm start` runs on the
// bundled Neo4j, the seed writes through that running database (src/graph/runtime-file.ts).
import path from "node:path";
import { loadConfig, loadDotEnv } from "../config.ts";
import { type GraphHandle, openGraph } from "../graph/connect.ts";
import { findRunningNeo4j } from "../graph/runtime-file.ts";
import { bundledArticleFiles, type SeededArticle } from "../graph/seed.ts";
import {
  resolveSeedTargets,
  type SeedRunReport,
  seedBatchArticles,
  seedFilesOneByOne,
} from "../graph/seed-stream.ts";
import { countGraph } from "../graph/write-article.ts";
import { Progress } from "./progress.ts";
import { runCli } from "./run-cli.ts";

function describeSeeded(a: SeededArticle): string {
  const c = a.counts;
  const line =
    `${a.status} ${a.id}: ${c.sentences} sentences, ${c.actors} actors, ${c.statements} statements, ` +
    `${c.events} events, ${c.dateClaims} date claims, ${c.relations} relations`;
  return [line, ...a.warnings.map((w) => `  warning: ${w}`)].join("\n");
}

/** The closing table: one row per figure, aligned. */
export function summaryTable(report: SeedRunReport, seconds: number): string {
  const tally = (status: string) => report.articles.filter((a) => a.status === status).length;
  const sum = (key: "actors" | "statements" | "events") =>
    report.articles.reduce((total, a) => total + a.counts[key], 0);
  const rows: [string, string][] = [
    ["created", String(tally("created"))],
    ["updated", String(tally("updated"))],
    ["unchanged", String(tally("unchanged"))],
    ["failed", String(report.failures.length)],
    ["actors", String(sum("actors"))],
    ["statements", String(sum("statements"))],
    ["events", String(sum("events"))],
    ["time", `${seconds.toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([, value]) => value.length));
  return rows.map(([name, value]) => `${name.padEnd(10)} ${value.padStart(width)}`).join("\n");
}

runCli(async () => {
  loadDotEnv();
  let config = loadConfig();
  const batchArticles = seedBatchArticles(process.env.SEED_BATCH_ARTICLES);
  const args = process.argv.slice(2).map((target) => path.resolve(target));
  const { files, failures } = await resolveSeedTargets(args.length > 0 ? args : bundledArticleFiles());
  const progress = new Progress(files.length + failures.length, process.stderr, (line) => console.log(line));
  const failed = (line: string) => console.error(`failed ${line}`);
  for (const failure of failures) progress.step(failure.message, failed);

  let graph: GraphHandle | undefined;
  const open = async () => {
    const running = config.external ? undefined : findRunningNeo4j(config.dataDir);
    if (running) {
      progress.note(`using the running service's Neo4j at ${running.uri} (pid ${running.pid})`);
      config = { ...config, external: { uri: running.uri, user: running.user, password: running.password } };
    }
    graph = await openGraph(config, (line) => progress.note(line));
    return graph.executor;
  };
  try {
    const report = await seedFilesOneByOne(files, {
      open,
      batchArticles,
      onArticle: (a) => progress.step(describeSeeded(a)),
      onFailure: (f) => progress.step(f.message, failed),
    });
    report.failures.unshift(...failures);
    progress.finish();
    for (const warning of report.warnings) console.log(`warning: ${warning}`);
    if (graph) {
      const counts = await countGraph(graph.executor);
      console.log(`graph now holds ${counts.nodes} nodes and ${counts.relationships} relationships`);
    }
    console.log(summaryTable(report, progress.elapsedSeconds()));
    if (report.failures.length > 0) process.exitCode = 1;
  } finally {
    progress.finish();
    await graph?.close();
  }
});
