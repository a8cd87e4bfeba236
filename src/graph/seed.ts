// Seeding: every file is read and extracted before the first write, so bad input writes nothing.
// The articles are then stored in file order through `ingestExtractions`, several per transaction.
import { readdirSync } from "node:fs";
import path from "node:path";
import { extractFromText } from "../extract/index.ts";
import type { Extraction } from "../extract/types.ts";
import { PROJECT_ROOT } from "../project-root.ts";
import { articleIdentityKey } from "./article-identity.ts";
import type { CypherExecutor } from "./executor.ts";
import { type IngestResult, ingestExtractions, MAX_BATCH_ARTICLES, prepareIngest } from "./ingest.ts";
import { readArticleFile } from "./read-article-file.ts";
import { ARTICLE_FILE, expandSeedTargets } from "./seed-targets.ts";

export const BUNDLED_ARTICLES_DIR = path.join(PROJECT_ROOT, "seed/articles");

export function bundledArticleFiles(): string[] {
  return readdirSync(BUNDLED_ARTICLES_DIR)
    .filter((name) => ARTICLE_FILE.test(name))
    .sort()
    .map((name) => path.join(BUNDLED_ARTICLES_DIR, name));
}

export interface ExtractedFile {
  file: string;
  extraction: Extraction;
}

/** Reads and extracts every file or folder named (folders: their .txt/.md files, sorted); throws on the first bad one. */
export async function extractTargets(targets: string[]): Promise<ExtractedFile[]> {
  const files = [...new Set(await expandSeedTargets(targets))];
  const extracted: ExtractedFile[] = [];
  for (const file of files)
    extracted.push({ file, extraction: extractFromText(await readArticleFile(file), file) });
  return extracted;
}

export async function extractFiles(files: string[]): Promise<Extraction[]> {
  return (await extractTargets(files)).map((e) => e.extraction);
}

export interface SeededArticle extends IngestResult {
  file: string;
}

export interface SeedReport {
  articles: SeededArticle[];
  /** Problems that did not stop the seed: articles stored before identity keys that are one article. */
  warnings: string[];
}

/** Two inputs of one run that are the same article: the later one is a new version of the earlier. */
function repeatedIdentityWarnings(extracted: ExtractedFile[]): Map<string, string> {
  const firstFile = new Map<string, string>();
  const warnings = new Map<string, string>();
  for (const { file, extraction } of extracted) {
    const key = articleIdentityKey(extraction.article);
    const earlier = firstFile.get(key);
    if (earlier === undefined) firstFile.set(key, file);
    else warnings.set(file, `same article as ${earlier} (${key}): this file's version is the one kept`);
  }
  return warnings;
}

/**
 * Stores already-extracted files, several articles per transaction; `onArticle` hears of each once
 * committed. The first article that cannot be stored stops the seed with its error (articles after
 * it in its batch may be stored already: a re-run reports them unchanged).
 */
export async function seedExtracted(
  executor: CypherExecutor,
  extracted: ExtractedFile[],
  onArticle: (article: SeededArticle) => void = () => {},
): Promise<SeedReport> {
  const warnings = await prepareIngest(executor);
  const repeated = repeatedIdentityWarnings(extracted);
  const articles: SeededArticle[] = [];
  for (let start = 0; start < extracted.length; start += MAX_BATCH_ARTICLES) {
    const batch = extracted.slice(start, start + MAX_BATCH_ARTICLES);
    const outcomes = await ingestExtractions(
      executor,
      batch.map((e) => e.extraction),
    );
    batch.forEach(({ file }, i) => {
      const outcome = outcomes[i];
      if (!outcome?.ok) throw outcome?.error;
      const repeat = repeated.get(file);
      const { result } = outcome;
      const article = { ...result, file, warnings: repeat ? [...result.warnings, repeat] : result.warnings };
      articles.push(article);
      onArticle(article);
    });
  }
  return { articles, warnings };
}

export async function seedFiles(executor: CypherExecutor, targets: string[]): Promise<SeedReport> {
  return seedExtracted(executor, await extractTargets(targets));
}

/** For `npm start`: seed the bundled articles only when no article is stored yet. */
export async function seedIfEmpty(executor: CypherExecutor): Promise<SeedReport | undefined> {
  const [row] = await executor.read<{ articles: number }>({
    text: "MATCH (a:Article) RETURN count(a) AS articles",
    params: {},
  });
  if ((row?.articles ?? 0) > 0) return undefined;
  return seedFiles(executor, bundledArticleFiles());
}
