// `npm run bench:seed [-- N]`: how fast `npm run seed -- DIR` stores a generated corpus of N articles
// (default 1,000), extraction included, into an emptied graph; then how fast the same folder is
// seeded again (every article unchanged). Prints seconds and articles/s of each pass.
//
//   SEED_BATCH_ARTICLES as for the seed. NEO4J_URI uses that server (its data is deleted!); otherwise a bundled Neo4j starts in a
//   temporary folder, deleted afterwards.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, loadDotEnv } from "../src/config.ts";
import { extractFromText } from "../src/extract/index.ts";
import { openGraph } from "../src/graph/connect.ts";
import type { CypherExecutor } from "../src/graph/executor.ts";
import { readArticleFile } from "../src/graph/read-article-file.ts";
import {
  resolveSeedTargets,
  type SeedRunReport,
  seedBatchArticles,
  seedFilesOneByOne,
} from "../src/graph/seed-stream.ts";
import { clearGraph, writeCorpus } from "./support/corpus.ts";

const ARTICLES = Number(process.argv[2] ?? process.env.SEED_ARTICLES ?? 1000);
if (!Number.isInteger(ARTICLES) || ARTICLES <= 0)
  throw new Error("the article count must be a positive integer");

/** The seed CLI's path: resolve the folder, then read, extract and store file by file. */
async function seedFolder(executor: CypherExecutor, dir: string): Promise<SeedRunReport> {
  const { files, failures } = await resolveSeedTargets([dir]);
  if (failures.length > 0) throw new Error(failures.map((f) => f.message).join("\n"));
  const batchArticles = seedBatchArticles(process.env.SEED_BATCH_ARTICLES);
  const report = await seedFilesOneByOne(files, { open: async () => executor, batchArticles });
  if (report.failures.length > 0) throw new Error(report.failures.map((f) => f.message).join("\n"));
  return report;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

function line(what: string, seconds: number, report?: SeedRunReport): string {
  const statuses = report
    ? ` (${["created", "updated", "unchanged"].map((s) => `${report.articles.filter((a) => a.status === s).length} ${s}`).join(", ")})`
    : "";
  return `${what.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s  ${(ARTICLES / seconds).toFixed(1).padStart(7)} articles/s${statuses}`;
}

async function main(): Promise<void> {
  loadDotEnv();
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "news-graph-seed-speed-"));
  if (!process.env.NEO4J_URI) process.env.NEO4J_DATA_DIR = path.join(tempDir, "neo4j");
  const corpusDir = path.join(tempDir, "corpus");
  const graph = await openGraph(loadConfig(), (text) => console.log(`[neo4j] ${text}`));
  try {
    mkdirSync(corpusDir);
    const files = writeCorpus(corpusDir, ARTICLES);
    const extraction = await timed(async () => {
      for (const file of files) extractFromText(await readArticleFile(file), file);
    });
    console.log(line("extraction alone", extraction.seconds));
    await clearGraph(graph.executor);
    const first = await timed(() => seedFolder(graph.executor, corpusDir));
    console.log(line(`seed ${ARTICLES} into an empty graph`, first.seconds, first.value));
    const again = await timed(() => seedFolder(graph.executor, corpusDir));
    console.log(line("seed the same folder again", again.seconds, again.value));
  } finally {
    await graph.close();
    rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
