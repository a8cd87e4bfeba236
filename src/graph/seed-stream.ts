// The seed of `npm run seed`: file by file, each read and extracted just before its own transaction.
// A bad file (missing, empty, binary, too large, no title or date) is reported and skipped — it writes
// nothing — and the rest go on. The database is opened only once a first article is good, so a run
// whose every input is bad starts nothing. A database outage stops the run.
import { access } from "node:fs/promises";
import { ArticleFormatError, extractFromText } from "../extract/index.ts";
import { articleIdentityKey } from "./article-identity.ts";
import { databaseFailure } from "./errors.ts";
import type { CypherExecutor } from "./executor.ts";
import { ingestExtraction, prepareIngest } from "./ingest.ts";
import { readArticleFile } from "./read-article-file.ts";
import type { SeededArticle } from "./seed.ts";
import { expandGlob, hasWildcard } from "./seed-globs.ts";
import { expandSeedTargets } from "./seed-targets.ts";

export interface SeedFailure {
  file: string;
  message: string;
}

export interface SeedRunReport {
  articles: SeededArticle[];
  failures: SeedFailure[];
  warnings: string[];
}

const exists = (target: string) =>
  access(target).then(
    () => true,
    () => false,
  );

/** Files named by the targets (files, folders, `*`/`?` patterns), in order, once each; bad targets as failures. */
export async function resolveSeedTargets(
  targets: string[],
): Promise<{ files: string[]; failures: SeedFailure[] }> {
  const files: string[] = [];
  const failures: SeedFailure[] = [];
  for (const target of targets) {
    const matches = hasWildcard(target) && !(await exists(target)) ? await expandGlob(target) : [target];
    if (matches.length === 0)
      failures.push({ file: target, message: `${target}: the pattern matches no file` });
    for (const match of matches) {
      try {
        files.push(...(await expandSeedTargets([match])));
      } catch (error) {
        if (!(error instanceof ArticleFormatError)) throw error;
        failures.push({ file: match, message: error.message });
      }
    }
  }
  return { files: [...new Set(files)], failures };
}

export interface SeedRunEvents {
  /** The database, opened on the first good article. */
  open: () => Promise<CypherExecutor>;
  onArticle?: (article: SeededArticle) => void;
  onFailure?: (failure: SeedFailure) => void;
}

export async function seedFilesOneByOne(files: string[], events: SeedRunEvents): Promise<SeedRunReport> {
  const report: SeedRunReport = { articles: [], failures: [], warnings: [] };
  const firstFile = new Map<string, string>();
  let executor: CypherExecutor | undefined;
  const fail = (failure: SeedFailure) => {
    report.failures.push(failure);
    events.onFailure?.(failure);
  };
  for (const file of files) {
    let extraction: ReturnType<typeof extractFromText>;
    try {
      extraction = extractFromText(await readArticleFile(file), file);
    } catch (error) {
      if (!(error instanceof ArticleFormatError)) throw error;
      fail({ file, message: error.message });
      continue;
    }
    if (!executor) {
      executor = await events.open();
      report.warnings.push(...(await prepareIngest(executor)));
    }
    try {
      const result = await ingestExtraction(executor, extraction);
      const key = articleIdentityKey(extraction.article);
      const earlier = firstFile.get(key);
      if (earlier === undefined) firstFile.set(key, file);
      const repeat = earlier
        ? [`same article as ${earlier} (${key}): this file's version is the one kept`]
        : [];
      const article = { ...result, file, warnings: [...result.warnings, ...repeat] };
      report.articles.push(article);
      events.onArticle?.(article);
    } catch (error) {
      if (databaseFailure(error)) throw error;
      fail({ file, message: `${file}: not stored: ${(error as Error).message}` });
    }
  }
  return report;
}
