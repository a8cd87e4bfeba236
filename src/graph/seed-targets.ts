// `npm run seed -- DIR|FILE…`: a folder stands for every .txt and .md file directly inside it, sorted.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { ArticleFormatError } from "../extract/index.ts";

export const ARTICLE_FILE = /\.(txt|md)$/i;

/** Article files in a folder (not its subfolders), sorted by name so every run goes in the same order. */
export async function articleFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && ARTICLE_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Folders become their article files; anything else is kept as a file, so a missing or unreadable one
 * is reported by the reader with its name. A folder without any article is an error naming it.
 */
export async function expandSeedTargets(targets: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const target of targets) {
    const isDir = await stat(target).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!isDir) {
      files.push(target);
      continue;
    }
    const inside = await articleFilesIn(target);
    if (inside.length === 0)
      throw new ArticleFormatError("folder holds no .txt or .md file", "other", target);
    files.push(...inside);
  }
  return files;
}
