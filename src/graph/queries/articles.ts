// Reads about articles and their sentences.
import type { CypherQuery } from "../executor.ts";
import { batchedPage, rootPage } from "./paging.ts";
import {
  actorProjection,
  articleProjection,
  eventProjection,
  sentenceProjection,
  statementProjection,
} from "./projections.ts";
import { type EventShape, FULL_SHAPE, type PageWindow, type StatementShape } from "./records.ts";

export function listArticles(window: PageWindow): CypherQuery {
  return rootPage(
    {
      match: "MATCH (art:Article)",
      count: "art",
      carry: "art",
      orderBy: "art.publishedAt DESC, art.id",
      item: articleProjection("art"),
    },
    window,
  );
}

const ARTICLE_PARENT = "MATCH (p:Article {id: id})";

export function sentencesOf(ids: readonly string[], window: PageWindow): CypherQuery {
  return batchedPage(
    ARTICLE_PARENT,
    {
      match: "MATCH (p)-[:HAS_SENTENCE]->(s:Sentence)",
      count: "s",
      carry: "s",
      orderBy: "s.index",
      item: sentenceProjection("s"),
    },
    ids,
    window,
  );
}

export function statementsIn(
  ids: readonly string[],
  window: PageWindow,
  shape: StatementShape = FULL_SHAPE.statement,
): CypherQuery {
  return batchedPage(
    ARTICLE_PARENT,
    {
      match: "MATCH (s:Statement) WHERE s.articleId = p.id",
      count: "s",
      carry: "s",
      orderBy: "coalesce(s.start, 0), s.id",
      item: statementProjection("s", shape),
    },
    ids,
    window,
  );
}

export function eventsIn(
  ids: readonly string[],
  window: PageWindow,
  shape: EventShape = FULL_SHAPE.event,
): CypherQuery {
  return batchedPage(
    ARTICLE_PARENT,
    {
      match: "MATCH (e:Event) WHERE e.articleId = p.id",
      count: "e",
      carry: "e",
      orderBy: "e.date, e.id",
      item: eventProjection("e", shape),
    },
    ids,
    window,
  );
}

export function actorsIn(ids: readonly string[], window: PageWindow): CypherQuery {
  return batchedPage(
    ARTICLE_PARENT,
    {
      match: "MATCH (p)-[:HAS_SENTENCE]->(:Sentence)<-[:MENTIONED_IN]-(a:Actor)",
      count: "DISTINCT a",
      carry: "DISTINCT a",
      orderBy: "a.name, a.id",
      item: actorProjection("a"),
    },
    ids,
    window,
  );
}

/**
 * What was extracted from each sentence: mentions, and the ids of statements, events, date claims
 * and (merged) relations evidenced by it. Rows `{id, mentions, statementIds, eventIds, dateClaimIds,
 * relationIds}`.
 */
export function sentenceContents(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (s:Sentence {id: id})
CALL (s) {
  OPTIONAL MATCH (:Article {id: s.articleId})-[:HAS_SENTENCE]->(:Sentence)<-[:MENTIONED_IN]-(x:Actor)
  WITH DISTINCT x
  OPTIONAL MATCH (x)-[r]->(y:Actor) WHERE r.articleId = s.articleId AND s.id IN r.sentenceIds
  WITH x, r, y WHERE r IS NOT NULL
  RETURN collect(DISTINCT x.id + '-[' + type(r) + ']->' + y.id) AS relationIds
}
RETURN id,
  [(a:Actor)-[m:MENTIONED_IN]->(s) | {actorId: a.id, sentenceId: s.id, start: m.start, end: m.end, text: m.text, kind: m.kind}] AS mentions,
  [(st:Statement)-[:EVIDENCED_BY]->(s) | st.id] AS statementIds,
  [(ev:Event)-[:EVIDENCED_BY]->(s) | ev.id] AS eventIds,
  [(dc:DateClaim)-[:EVIDENCED_BY]->(s) | dc.id] AS dateClaimIds,
  relationIds`,
    params: { ids: [...ids] },
  };
}
