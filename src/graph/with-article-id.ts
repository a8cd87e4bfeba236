// Statement, event and relation ids are `<articleId>/…`, built while extracting from the readable id.
// The graph may give the article another id (a disambiguated one, or the id it was first stored under),
// so every article-scoped id is moved under the final id before writing.
import { createHash } from "node:crypto";
import type { Extraction } from "../extract/types.ts";

export function withArticleId(extraction: Extraction, articleId: string): Extraction {
  const from = `${extraction.article.id}/`;
  if (extraction.article.id === articleId) return extraction;
  const move = (id: string): string => (id.startsWith(from) ? `${articleId}/${id.slice(from.length)}` : id);
  return {
    ...extraction,
    article: { ...extraction.article, id: articleId },
    statements: extraction.statements.map((s) => ({ ...s, id: move(s.id) })),
    events: extraction.events.map((e) => ({ ...e, id: move(e.id) })),
    relations: extraction.relations.map((r) => ({
      ...r,
      id: move(r.id),
      statementIds: r.statementIds.map(move),
      eventIds: r.eventIds.map(move),
    })),
  };
}

/**
 * SHA-256 of what would be written, independent of the article's id. With the file's content hash it
 * tells "unchanged" apart from "same file, but a changed extractor now finds other facts".
 */
export function extractionFingerprint(extraction: Extraction): string {
  const placed = withArticleId(extraction, "");
  return createHash("sha256").update(JSON.stringify(placed), "utf8").digest("hex");
}
