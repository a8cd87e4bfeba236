// Replaces the graph's content with a generated corpus of `count` articles (bench, soak, scale tests).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCorpus } from "../../src/corpus/generate.ts";
import type { CypherExecutor } from "../../src/graph/executor.ts";
import { seedFiles } from "../../src/graph/seed.ts";

export async function seedCorpus(
  executor: CypherExecutor,
  count: number,
): Promise<{ articles: number; ms: number }> {
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), "news-graph-corpus-"));
  try {
    const files = generateCorpus(count).map((article) => {
      const file = path.join(dir, article.fileName);
      writeFileSync(file, article.text);
      return file;
    });
    await executor.writeTransaction((tx) => tx.run("MATCH (n) DETACH DELETE n"));
    const report = await seedFiles(executor, files);
    return { articles: report.articles.length, ms: Date.now() - started };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
