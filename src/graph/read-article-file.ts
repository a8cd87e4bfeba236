// Reads an article file defensively: size, existence and encoding are checked before any parsing.
import { readFile, stat } from "node:fs/promises";
import { ArticleFormatError, MAX_ARTICLE_BYTES } from "../extract/index.ts";

export async function readArticleFile(file: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ArticleFormatError(`${file}: not a regular file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ArticleFormatError) throw error;
    throw new ArticleFormatError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code}).`);
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleFormatError(
      `${file}: ${size} bytes is over the ${MAX_ARTICLE_BYTES}-byte limit for one article.`,
    );
  }
  const bytes = await readFile(file);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleFormatError(`${file}: not UTF-8 text (binary content?).`);
  }
}
