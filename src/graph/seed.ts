// Seeding: every file is read and extracted before the first write, so bad input writes nothing.
import { readdirSync } from "node:fs";
import path from "node:path";
import { extractFromText } from "../extract/index.ts";
import type { Extraction } from "../extract/types.ts";
import { PROJECT_ROOT } from "../neo4j/install.ts";
import { applySchema } from "./apply-schema.ts";
import type { CypherExecutor } from "./executor.ts";
import { readArticleFile } from "./read-article-file.ts";
import { writeArticle } from "./write-article.ts";

export const BUNDLED_ARTICLES_DIR = path.join(PROJECT_ROOT, "seed/articles");

export function bundledArticleFiles(): string[] {
  return readdirSync(BUNDLED_ARTICLES_DIR)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => path.join(BUNDLED_ARTICLES_DIR, name));
}

export async function extractFiles(files: string[]): Promise<Extraction[]> {
  const extractions: Extraction[] = [];
  for (const file of files) extractions.push(extractFromText(await readArticleFile(file), file));
  return extractions;
}

export interface SeedReport {
  articles: {
    id: string;
    title: string;
    actors: number;
    statements: number;
    events: number;
    relations: number;
  }[];
}

export async function seedFiles(executor: CypherExecutor, files: string[]): Promise<SeedReport> {
  const extractions = await extractFiles(files);
  await applySchema(executor);
  for (const extraction of extractions) await writeArticle(executor, extraction);
  return {
    articles: extractions.map((e) => ({
      id: e.article.id,
      title: e.article.title,
      actors: e.actors.length,
      statements: e.statements.length,
      events: e.events.length,
      relations: e.relations.length,
    })),
  };
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
