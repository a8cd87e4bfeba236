// `npm run bench:seed [-- N]`: how fast `npm run seed -- DIR` stores a generated corpus of N articles
// (default 1,000), extraction included, into an emptied graph; then how fast the same folder is
// seeded again (every article unchanged). Prints seconds and articles/s of each pass, and the CPU
// seconds this process and the bundled Neo4j spent (wall time on a shared machine depends on load).
//
//   SEED_BATCH_ARTICLES as for the seed. NEO4J_URI uses that server (its data is deleted!); otherwise a bundled Neo4j starts in a
//   temporary folder, deleted afterwards.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
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
import { assertScratch, failureText } from "./support/scratch-guard.ts";

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

/** CPU seconds (user + system) of a process, from /proc; undefined when it cannot be read. */
function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

interface Timed<T> {
  value: T;
  seconds: number;
  nodeCpu: number;
  neo4jCpu?: number;
}

/** Wall time and CPU time of this process and of the bundled Neo4j: CPU does not depend on other load. */
async function timed<T>(neo4jPid: number | undefined, work: () => Promise<T>): Promise<Timed<T>> {
  const [started, cpu, neo4j] = [performance.now(), process.cpuUsage(), cpuSecondsOf(neo4jPid)];
  const value = await work();
  const used = process.cpuUsage(cpu);
  const neo4jAfter = cpuSecondsOf(neo4jPid);
  return {
    value,
    seconds: (performance.now() - started) / 1000,
    nodeCpu: (used.user + used.system) / 1e6,
    ...(neo4j !== undefined && neo4jAfter !== undefined ? { neo4jCpu: neo4jAfter - neo4j } : {}),
  };
}

function line(what: string, run: Timed<unknown>, report?: SeedRunReport): string {
  const statuses = report
    ? ` (${["created", "updated", "unchanged"].map((s) => `${report.articles.filter((a) => a.status === s).length} ${s}`).join(", ")})`
    : "";
  const cpu = `CPU: node ${run.nodeCpu.toFixed(1)} s${run.neo4jCpu === undefined ? "" : `, neo4j ${run.neo4jCpu.toFixed(1)} s`}`;
  return `${what.padEnd(34)} ${run.seconds.toFixed(1).padStart(6)} s  ${(ARTICLES / run.seconds).toFixed(1).padStart(7)} articles/s  ${cpu}${statuses}`;
}

async function main(): Promise<void> {
  loadDotEnv();
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "news-graph-seed-speed-"));
  if (!process.env.NEO4J_URI) process.env.NEO4J_DATA_DIR = path.join(tempDir, "neo4j");
  const corpusDir = path.join(tempDir, "corpus");
  const config = loadConfig();
  const graph = await openGraph(config, (text) => console.log(`[neo4j] ${text}`));
  try {
    if (config.external)
      await assertScratch(graph.driver, config.database, "npm run bench:seed", config.external.uri);
    mkdirSync(corpusDir);
    const files = writeCorpus(corpusDir, ARTICLES);
    const pid = graph.local?.pid;
    const extraction = await timed(pid, async () => {
      for (const file of files) extractFromText(await readArticleFile(file), file);
    });
    console.log(line("extraction alone", extraction));
    await clearGraph(graph.executor);
    const first = await timed(pid, () => seedFolder(graph.executor, corpusDir));
    console.log(line(`seed ${ARTICLES} into an empty graph`, first, first.value));
    const again = await timed(pid, () => seedFolder(graph.executor, corpusDir));
    console.log(line("seed the same folder again", again, again.value));
  } finally {
    await graph.close();
    rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(failureText(error));
    process.exit(1);
  },
);
