// Public entry points of the text-to-facts pipeline: parse a raw article file, then extract
// sentences, actors, statements, events and relations with exact evidence offsets.
import type { Doc } from "./doc.ts";
import { extractEntities } from "./entities/entities.ts";
import { extractEvents } from "./events/events.ts";
import { loadKnowledge } from "./knowledge/knowledge.ts";
import { extractRelations } from "./relations/relations.ts";
import { resolveEvaluations, resolveEventReferences } from "./speech/evaluation.ts";
import { findQuotes } from "./speech/quotes.ts";
import { dropJunkStatements } from "./speech/statement-junk.ts";
import { extractStatements } from "./speech/statements.ts";
import { parseArticle } from "./text/parse.ts";
import { splitSentences } from "./text/sentences.ts";
import type { Extraction, ParsedArticle, Statement } from "./types.ts";

export { KnowledgeFileError } from "./knowledge/knowledge.ts";
export { ArticleFormatError, MAX_ARTICLE_BYTES, parseArticle } from "./text/parse.ts";
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
  const extracted = extractEvents(entityDoc, article.id, found);
  const { events } = extracted;
  resolveEvaluations(entityDoc, found, events);
  resolveEventReferences(entityDoc, found, events);
  const kept = dropJunkStatements(
    entityDoc,
    found,
    extractRelations(entityDoc, article.id, found, extracted, affiliations),
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
