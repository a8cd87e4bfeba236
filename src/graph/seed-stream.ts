// The seed of `npm run seed`: file by file, read and extracted while the batch before is being
// written (SEED_BATCH_ARTICLES articles per transaction, see `ingestExtractions`). Results are
// reported in file order once committed. A bad file (missing,
// empty, binary, too large, no title or date) is reported and skipped — it writes nothing — and the
// rest go on. The database is opened only once a first article is good, so a run whose every input
// is bad starts nothing. A database outage stops the run.
import { access } from "node:fs/promises";
import { ConfigError } from "../config.ts";
import { ArticleFormatError, extractFromText } from "../extract/index.ts";
import type { Extraction } from "../extract/types.ts";
import { articleIdentityKey } from "./article-identity.ts";
import type { CypherExecutor } from "./executor.ts";
import { type IngestOutcome, ingestExtractions, MAX_BATCH_ARTICLES, prepareIngest } from "./ingest.ts";
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
  /** Articles per transaction (SEED_BATCH_ARTICLES); 1 stores each in its own. */
  batchArticles?: number;
}

export const DEFAULT_SEED_BATCH_ARTICLES = 50;

/** SEED_BATCH_ARTICLES: a whole number from 1 to MAX_BATCH_ARTICLES. */
export function seedBatchArticles(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_SEED_BATCH_ARTICLES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > MAX_BATCH_ARTICLES) {
    throw new ConfigError(
      `SEED_BATCH_ARTICLES must be a whole number from 1 to ${MAX_BATCH_ARTICLES}, got "${raw}".`,
    );
  }
  return value;
}

/** A file read: its extraction, or why it cannot be stored. */
type Entry = { file: string; extraction: Extraction } | { file: string; failure: SeedFailure };

/** Reports a batch in file order: failures as they are, articles as stored (or why not). */
async function storeBatch(
  executor: CypherExecutor,
  entries: Entry[],
  report: (entry: Entry, outcome?: IngestOutcome) => void,
  batchSize: number,
): Promise<void> {
  const articles = entries.filter((entry) => "extraction" in entry);
  const outcomes = await ingestExtractions(
    executor,
    articles.map((entry) => entry.extraction),
    batchSize,
  );
  for (const entry of entries)
    report(entry, "extraction" in entry ? outcomes[articles.indexOf(entry)] : undefined);
}

export async function seedFilesOneByOne(files: string[], events: SeedRunEvents): Promise<SeedRunReport> {
  const report: SeedRunReport = { articles: [], failures: [], warnings: [] };
  const firstFile = new Map<string, string>();
  const fail = (failure: SeedFailure) => {
    report.failures.push(failure);
    events.onFailure?.(failure);
  };
  const reportEntry = (entry: Entry, outcome?: IngestOutcome) => {
    if ("failure" in entry) return fail(entry.failure);
    const { file, extraction } = entry;
    if (!outcome?.ok) {
      const message = outcome ? (outcome.error as Error).message : "not stored";
      return fail({ file, message: `${file}: not stored: ${message}` });
    }
    const key = articleIdentityKey(extraction.article);
    const earlier = firstFile.get(key);
    if (earlier === undefined) firstFile.set(key, file);
    const repeat = earlier
      ? [`same article as ${earlier} (${key}): this file's version is the one kept`]
      : [];
    const article = { ...outcome.result, file, warnings: [...outcome.result.warnings, ...repeat] };
    report.articles.push(article);
    events.onArticle?.(article);
  };

  let executor: CypherExecutor | undefined;
  let waiting: Entry[] = [];
  const batchSize = events.batchArticles ?? DEFAULT_SEED_BATCH_ARTICLES;
  let writing: Promise<void> = Promise.resolve();
  // Starts writing what is waiting once the batch before is committed; the next files are read
  // and extracted meanwhile.
  const flush = async () => {
    await writing;
    if (!executor || waiting.length === 0) return;
    const [batch, into] = [waiting, executor];
    waiting = [];
    writing = storeBatch(into, batch, reportEntry, batchSize);
    writing.catch(() => {}); // awaited by the next flush
  };
  for (const file of files) {
    let entry: Entry;
    try {
      entry = { file, extraction: extractFromText(await readArticleFile(file), file) };
    } catch (error) {
      if (!(error instanceof ArticleFormatError)) throw error;
      entry = { file, failure: { file, message: error.message } };
    }
    if (!executor && "failure" in entry) {
      fail(entry.failure);
      continue;
    }
    if (!executor) {
      executor = await events.open();
      report.warnings.push(...(await prepareIngest(executor)));
    }
    waiting.push(entry);
    if (waiting.filter((e) => "extraction" in e).length >= batchSize) await flush();
  }
  await flush();
  await writing;
  return report;
}
