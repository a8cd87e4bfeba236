// Turns a raw article file into a ParsedArticle. Two layouts are accepted:
//   1. plain: title line, blank line, "Month DD, YYYY | N minutes read", blank line, paragraphs;
//   2. Markdown with a `---` front matter block (title, date, url, source) followed by the body.
// The body keeps every character of the paragraphs (curly quotes, NBSPs, double spaces):
// all offsets downstream point into it.
import { createHash } from "node:crypto";
import type { ParsedArticle } from "../types.ts";
import { articleId } from "./ids.ts";
import { MONTH_NAMES } from "./patterns.ts";

/** Largest accepted article, in UTF-8 bytes. News articles are a few KiB; anything bigger is not one. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export type ArticleFormatProblem =
  | "empty"
  | "too-large"
  | "binary"
  | "no-title"
  | "no-date"
  | "no-body"
  | "other";

/** A file that is not an article. The message names the file (when known) and the cause. */
export class ArticleFormatError extends Error {
  readonly problem: ArticleFormatProblem;
  readonly fileName: string | undefined;
  constructor(detail: string, problem: ArticleFormatProblem = "other", fileName?: string) {
    super(`${fileName ? `${fileName}: ` : ""}${detail}`);
    this.name = "ArticleFormatError";
    this.problem = problem;
    this.fileName = fileName;
  }
}

function fail(problem: ArticleFormatProblem, detail: string, fileName?: string): ArticleFormatError {
  return new ArticleFormatError(detail, problem, fileName);
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

/** "July 09, 2021", "9 July 2021", "2021-07-09" → "2021-07-09"; undefined when not a real date. */
export function parseDateText(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  let ymd: [number, number, number];
  if (iso) ymd = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (monthFirst) ymd = [Number(monthFirst[3]), monthNumber(monthFirst[1] ?? ""), Number(monthFirst[2])];
  else if (dayFirst) ymd = [Number(dayFirst[3]), monthNumber(dayFirst[2] ?? ""), Number(dayFirst[1])];
  else return undefined;
  const [y, m, d] = ymd;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

/** The dateline: a date, optionally followed by "| N minutes read". */
const DATELINE = /^(?<date>[^|]+?)\s*(?:\|\s*(?<minutes>\d+)\s+min(?:ute)?s?\.?\s+read\s*)?$/i;

function assertText(raw: string, fileName?: string): void {
  if (Buffer.byteLength(raw, "utf8") > MAX_ARTICLE_BYTES) {
    throw fail(
      "too-large",
      `article is larger than the ${MAX_ARTICLE_BYTES} byte limit (${Buffer.byteLength(raw, "utf8")} bytes)`,
      fileName,
    );
  }
  if (raw.includes("\u0000")) {
    throw fail("binary", "binary content: the file contains NUL bytes", fileName);
  }
  // Control characters (other than tab/newlines) and U+FFFD (undecodable bytes) mean this is not text.
  let junk = 0;
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (
      (code < 32 && ch !== "\t" && ch !== "\n" && ch !== "\r" && ch !== "\f") ||
      code === 0x7f ||
      code === 0xfffd
    )
      junk++;
  }
  if (raw.length > 0 && junk / raw.length > 0.05) {
    throw fail(
      "binary",
      `binary content: ${junk} of ${raw.length} characters are control or undecodable characters`,
      fileName,
    );
  }
  if (raw.trim() === "") throw fail("empty", "article is empty", fileName);
}

/** Splits text into paragraphs on blank lines (a line holding only whitespace counts as blank). */
function paragraphsOf(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (/^\s*$/.test(line)) {
      if (current.length > 0) paragraphs.push(current.join("\n"));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current.join("\n"));
  return paragraphs;
}

interface Header {
  title?: string;
  date?: string;
  url?: string;
  source?: string;
  readingMinutes?: number;
  bodyLines: string[];
}

function readFrontMatter(lines: string[]): Header | undefined {
  if (lines[0]?.trim() !== "---") return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (end < 0) return undefined;
  const header: Header = { bodyLines: lines.slice(end + 1) };
  for (const line of lines.slice(1, end)) {
    const m = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const value = (m[2] ?? "").replace(/^(["'])(.*)\1$/, "$2");
    const key = (m[1] ?? "").toLowerCase();
    if (key === "title" || key === "date" || key === "url" || key === "source") header[key] = value;
  }
  // A Markdown body often repeats the title as a heading; it is not body text.
  const first = header.bodyLines.findIndex((l) => l.trim() !== "");
  if (first >= 0 && /^#\s/.test(header.bodyLines[first] ?? "")) header.bodyLines.splice(first, 1);
  return header;
}

function readPlainHeader(lines: string[], fileName?: string): Header {
  const titleIndex = lines.findIndex((l) => l.trim() !== "");
  const title = lines[titleIndex]?.trim() ?? "";
  if (parseDateText(title.split("|")[0] ?? "")) {
    throw fail("no-title", "no title: the first line is a date line", fileName);
  }
  const dateIndex = lines.findIndex((l, i) => i > titleIndex && l.trim() !== "");
  const dateline = DATELINE.exec(lines[dateIndex]?.trim() ?? "");
  const date = dateline?.groups?.date ? parseDateText(dateline.groups.date) : undefined;
  if (!date) {
    throw fail(
      "no-date",
      `no parsable date: expected a line like "July 09, 2021 | 2 minutes read" after the title, found ${JSON.stringify(lines[dateIndex]?.trim() ?? "")}`,
      fileName,
    );
  }
  const minutes = dateline?.groups?.minutes;
  return {
    title,
    date,
    ...(minutes ? { readingMinutes: Number(minutes) } : {}),
    bodyLines: lines.slice(dateIndex + 1),
  };
}

/** Parses and validates one article file; throws ArticleFormatError naming the problem. */
export function parseArticle(raw: string, fileName?: string): ParsedArticle {
  assertText(raw, fileName);
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const header = readFrontMatter(lines) ?? readPlainHeader(lines, fileName);
  if (!header.title) throw fail("no-title", "no title: front matter has no `title`", fileName);
  const publishedAt = header.date ? parseDateText(header.date) : undefined;
  if (!publishedAt) {
    throw fail(
      "no-date",
      `no parsable date: front matter date ${JSON.stringify(header.date ?? "")} is missing or not a date`,
      fileName,
    );
  }
  const body = paragraphsOf(header.bodyLines).join("\n\n");
  if (body.trim() === "") throw fail("no-body", "article has a title and date but no body", fileName);
  return {
    id: articleId(publishedAt, header.title),
    title: header.title,
    publishedAt,
    ...(header.source ? { source: header.source } : {}),
    ...(header.url ? { url: header.url } : {}),
    ...(header.readingMinutes !== undefined ? { readingMinutes: header.readingMinutes } : {}),
    body,
    contentHash: createHash("sha256").update(raw, "utf8").digest("hex"),
  };
}
