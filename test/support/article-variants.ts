// Real articles, and variants of them written to a temporary folder: another headline, edited text,
// Markdown with a URL. Used to make creates, updates and id collisions on demand.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./processes.ts";

/** The bundled article and the test fixtures: seven real articles of different days. */
export function sourceArticles(): string[] {
  const from = (dir: string) =>
    readdirSync(path.join(ROOT, dir))
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => path.join(ROOT, dir, name));
  return [...from("seed/articles"), ...from("test/fixtures/articles")];
}

export const readText = (file: string): string => readFileSync(file, "utf8");

/** Replaces the headline (the first line of a plain article). */
export function withTitle(raw: string, title: string): string {
  const lines = raw.split("\n");
  lines[0] = title;
  return lines.join("\n");
}

export const titleOf = (raw: string): string => raw.split("\n")[0] ?? "";

/** The same article, edited: one paragraph added at the end. */
export function withExtraParagraph(raw: string, paragraph: string): string {
  return `${raw.trimEnd()}\n\n${paragraph}\n`;
}

/** The same article, edited: its last paragraph removed. */
export function withoutLastParagraph(raw: string): string {
  const paragraphs = raw.trimEnd().split(/\n\s*\n/);
  return `${paragraphs.slice(0, -1).join("\n\n")}\n`;
}

/** A plain article as a Markdown file with front matter. */
export function asMarkdown(raw: string, front: { title: string; date: string; url?: string }): string {
  const body = raw
    .split(/\n\s*\n/)
    .slice(2)
    .join("\n\n");
  const url = front.url ? `url: ${front.url}\n` : "";
  return `---\ntitle: "${front.title}"\ndate: ${front.date}\n${url}---\n\n${body}`;
}

export function writeArticle(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
