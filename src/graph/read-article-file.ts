// Reads an article file defensively: existence, size and encoding are checked before any parsing.
import { readFile, stat } from "node:fs/promises";
import { ArticleFormatError, MAX_ARTICLE_BYTES } from "../extract/index.ts";

export async function readArticleFile(file: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ArticleFormatError("not a regular file", "other", file);
    size = info.size;
  } catch (error) {
    if (error instanceof ArticleFormatError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ArticleFormatError(
      code === "ENOENT" ? "no such file" : `cannot read the file (${code})`,
      "other",
      file,
    );
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleFormatError(
      `${size} bytes is over the ${MAX_ARTICLE_BYTES}-byte limit`,
      "too-large",
      file,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await readFile(file));
  } catch {
    throw new ArticleFormatError("not UTF-8 text (binary content?)", "binary", file);
  }
}
