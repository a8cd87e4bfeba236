// Public entry points of the text-to-facts pipeline: parse a raw article file, then extract
// sentences, actors, statements, events and relations with exact evidence offsets.
import type { Doc } from "./doc.ts";
import { extractEntities } from "./entities.ts";
import { resolveEvaluations, resolveEventReferences } from "./evaluation.ts";
import { extractEvents } from "./events.ts";
import { loadKnowledge } from "./knowledge.ts";
import { parseArticle } from "./parse.ts";
import { findQuotes } from "./quotes.ts";
import { extractRelations } from "./relations.ts";
import { splitSentences } from "./sentences.ts";
import { dropJunkStatements } from "./statement-junk.ts";
import { extractStatements } from "./statements.ts";
import type { Extraction, ParsedArticle, Statement } from "./types.ts";

export { ArticleFormatError, MAX_ARTICLE_BYTES, parseArticle } from "./parse.ts";
export type * from "./types.ts";

export function extractArticle(article: ParsedArticle): Extraction {
  const doc: Doc = {
    body: article.body,
    publishedAt: article.publishedAt,
    sentences: splitSentences(article.body),
    quotes: findQuotes(article.body),
    knowledge: loadKnowledge(),
  };
  const { doc: entityDoc, affiliations } = extractEntities(doc);
  const found = extractStatements(entityDoc, article.id);
  const events = extractEvents(entityDoc, article.id, found);
  resolveEvaluations(entityDoc, found, events);
  resolveEventReferences(entityDoc, found, events);
  const kept = dropJunkStatements(
    entityDoc,
    found,
    extractRelations(entityDoc, article.id, found, events, affiliations),
  );
  const relations = kept.relations;
  const statements: Statement[] = kept.statements.map(
    ({ at: _at, stance: _stance, objectIds: _objects, ...st }) => st,
  );
  return {
    article,
    sentences: doc.sentences,
    actors: [...entityDoc.actors.values()],
    statements,
    events,
    relations,
  };
}

export function extractFromText(raw: string, fileName?: string): Extraction {
  return extractArticle(parseArticle(raw, fileName));
}
