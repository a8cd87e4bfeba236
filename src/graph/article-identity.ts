// What makes two files "the same article", and the readable id an article gets in the graph.
//   - With a URL, the article is its URL (normalised: scheme, `www.`, fragment, tracking parameters and a
//     trailing slash do not count), whatever its headline or date says: editors change headlines.
//   - Without one, it is its publication date and full headline (normalised: case, whitespace, quotes, dashes).
// The id stays `YYYY-MM-DD-<first words>` (src/extract/text/ids.ts); only when that id already belongs to another
// article does it get `-` and a few hex characters of a hash of the identity key.
import { createHash } from "node:crypto";

/** Quote marks of every kind, dropped from headlines: “China’s ‘threat’” and "Chinas threat" are one headline. */
const QUOTES = /["'`´‘’‚‛“”„‟«»‹›′″]/g;
const DASHES = /[‐‑‒–—―−]/g;
/** Query parameters that track a click, not an article. */
const TRACKING_PARAMETER = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/** Identity keys above this length keep a readable head and end in a hash (index keys have a size limit). */
export const MAX_IDENTITY_KEY_LENGTH = 500;

export function normaliseHeadline(title: string): string {
  return title
    .normalize("NFKC")
    .replace(QUOTES, "")
    .replace(DASHES, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** `https://www.Example.com/a/b/?utm_source=x#top` → `example.com/a/b`; a non-web URL is kept as written. */
export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return trimmed;
  const host = parsed.host.replace(/^www\./, "");
  const pathname = parsed.pathname.replace(/\/+$/, "");
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : "";
  return `${host}${pathname}${query}`;
}

export interface IdentitySource {
  title: string;
  publishedAt: string;
  url?: string | undefined;
}

/** `url:<normalised url>` or `headline:<YYYY-MM-DD>:<normalised headline>`. */
export function articleIdentityKey(article: IdentitySource): string {
  const url = article.url?.trim();
  const key = url
    ? `url:${normaliseUrl(url)}`
    : `headline:${article.publishedAt}:${normaliseHeadline(article.title)}`;
  if (key.length <= MAX_IDENTITY_KEY_LENGTH) return key;
  return `${key.slice(0, MAX_IDENTITY_KEY_LENGTH - 72)}#sha256:${sha256(key)}`;
}

const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** Hex characters of the disambiguator added when the readable id belongs to another article. */
export const DISAMBIGUATOR_LENGTH = 6;

/**
 * The ids an article may take, in order of preference: the readable id, then the readable id with
 * 6 and 12 hex characters of the identity key's hash, then the whole hash (distinct keys, distinct ids).
 */
export function candidateArticleIds(readableId: string, identityKey: string): string[] {
  const hash = sha256(identityKey);
  return [
    readableId,
    ...[DISAMBIGUATOR_LENGTH, 12, hash.length].map((n) => `${readableId}-${hash.slice(0, n)}`),
  ];
}
