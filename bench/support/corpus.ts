// Replaces the graph's content with a generated corpus of `count` articles (bench, soak, scale tests).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCorpus } from "../../src/corpus/generate.ts";
import type { CypherExecutor } from "../../src/graph/executor.ts";
import { seedFiles } from "../../src/graph/seed.ts";

/**
 * Deletes every node, a few thousand per transaction: one `DETACH DELETE` of a 1,000-article graph
 * needs more than the server's transaction memory (256 MiB by default).
 */
export async function clearGraph(executor: CypherExecutor): Promise<void> {
  await executor.runAutoCommit({
    text: "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
    params: {},
  });
}

/** Writes a generated corpus of `count` articles into `dir`; returns the files in name order. */
export function writeCorpus(dir: string, count: number): string[] {
  return generateCorpus(count).map((article) => {
    const file = path.join(dir, article.fileName);
    writeFileSync(file, article.text);
    return file;
  });
}

export async function seedCorpus(
  executor: CypherExecutor,
  count: number,
): Promise<{ articles: number; ms: number }> {
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), "news-graph-corpus-"));
  try {
    const files = writeCorpus(dir, count);
    await clearGraph(executor);
    const report = await seedFiles(executor, files);
    return { articles: report.articles.length, ms: Date.now() - started };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
