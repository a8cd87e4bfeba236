// Builds the Cypher that stores one Extraction. Pure: the text is constant, every value is a
// parameter, and labels or relationship types come only from closed sets checked here.

import {
  type Actor,
  type ActorKind,
  type Extraction,
  RELATION_KINDS,
  type RelationKind,
} from "../../extract/types.ts";
import { articleIdentityKey } from "../article-identity.ts";
import type { CypherQuery } from "../executor.ts";
import { extractionFingerprint } from "../with-article-id.ts";

export const ACTOR_LABELS: readonly ActorKind[] = ["Person", "Organization", "Country"];

export const RELATION_TYPES: readonly RelationKind[] = RELATION_KINDS;

export const sentenceId = (articleId: string, index: number) => `${articleId}/sentence/${index}`;

function assertKnown<T extends string>(value: T, known: readonly T[], what: string): T {
  if (!known.includes(value)) throw new Error(`Unknown ${what} "${value}"`);
  return value;
}

/** Every actor id the article's writes link to (its actors, and any other actor they name). */
export function referencedActorIds(extraction: Extraction): string[] {
  const ids = [
    ...extraction.actors.map((a) => a.id),
    ...extraction.statements.flatMap((s) => [s.speakerId, ...s.aboutIds]),
    ...extraction.events.flatMap((e) => [
      ...e.participants.map((p) => p.actorId),
      ...(e.placeId ? [e.placeId] : []),
    ]),
    ...extraction.relations.flatMap((r) => [r.sourceId, r.targetId]),
  ];
  return [...new Set(ids)];
}

/**
 * Removes what an earlier version of this article wrote, so an update replaces it exactly; each
 * part is found through an index (per label, and per relation type on articleId). The actors only
 * the old version linked to, which the new one does not name, are deleted here once nothing else
 * links to them: no later write of this article can link them again.
 */
function clearArticle(articleId: string, keepActorIds: string[]): CypherQuery {
  const relationTypes = RELATION_TYPES.map((t) => assertKnown(t, RELATION_TYPES, "relation kind")).join("|");
  return {
    text: `CALL () {
  MATCH (n:Sentence|Statement|Event WHERE n.articleId = $articleId)--(a:Actor) RETURN a
  UNION
  MATCH (a:Actor)-[r:${relationTypes}]-(:Actor) WHERE r.articleId = $articleId RETURN a
}
WITH collect(a) AS touched
CALL () {
  MATCH ()-[r:${relationTypes}]->() WHERE r.articleId = $articleId DELETE r
}
CALL () {
  MATCH (n) WHERE (n:Sentence OR n:Statement OR n:Event OR n:DateClaim) AND n.articleId = $articleId
  DETACH DELETE n
}
UNWIND touched AS a
WITH a WHERE NOT a.id IN $keepActorIds AND NOT (a)--()
DELETE a`,
    params: { articleId, keepActorIds },
  };
}

/** What identifies the stored article and its version: see src/graph/article-identity.ts. */
export interface ArticleStamp {
  identityKey: string;
  extractionHash: string;
}

export const stampOf = (extraction: Extraction): ArticleStamp => ({
  identityKey: articleIdentityKey(extraction.article),
  extractionHash: extractionFingerprint(extraction),
});

/**
 * `create`: the article is new. CREATE, not MERGE: when a concurrent ingest took the same id first, the
 * id constraint fails this transaction (and the ingest decides again) instead of writing over that article.
 */
function articleAndSentences(extraction: Extraction, stamp: ArticleStamp, create: boolean): CypherQuery[] {
  const { article } = extraction;
  return [
    {
      text: `${create ? "CREATE" : "MERGE"} (a:Article {id: $article.id})
SET a.title = $article.title, a.publishedAt = date($article.publishedAt), a.source = $article.source,
    a.url = $article.url, a.contentHash = $article.contentHash, a.readingMinutes = $article.readingMinutes,
    a.sentenceCount = $sentenceCount, a.identityKey = $article.identityKey,
    a.extractionHash = $article.extractionHash`,
      params: {
        article: {
          ...stamp,
          id: article.id,
          title: article.title,
          publishedAt: article.publishedAt,
          source: article.source ?? null,
          url: article.url ?? null,
          contentHash: article.contentHash,
          readingMinutes: article.readingMinutes ?? null,
        },
        sentenceCount: extraction.sentences.length,
      },
    },
    {
      text: `MATCH (a:Article {id: $articleId})
UNWIND $sentences AS s
CREATE (n:Sentence {id: s.id, articleId: $articleId, index: s.index, paragraph: s.paragraph,
                    text: s.text, start: s.start, end: s.end})
CREATE (a)-[:HAS_SENTENCE]->(n)`,
      params: {
        articleId: article.id,
        sentences: extraction.sentences.map((s) => ({ ...s, id: sentenceId(article.id, s.index) })),
      },
    },
  ];
}

function actorRow(actor: Actor) {
  return {
    id: actor.id,
    name: actor.name,
    aliases: actor.aliases,
    aliasText: actor.aliases.join(" | "),
    isoCode: actor.isoCode ?? null,
    wikidataId: actor.wikidataId ?? null,
    orgType: actor.orgType ?? null,
    title: actor.title ?? null,
    countryId: actor.countryId ?? null,
  };
}

/** Actors are global: the same Japan in every article. Known values are kept, gaps are filled. */
function actors(extraction: Extraction): CypherQuery[] {
  const articleId = extraction.article.id;
  // The label is a value (one statement and plan for every kind), so it is checked here first.
  const rows = extraction.actors.map((a) => ({
    ...actorRow(a),
    label: assertKnown(a.kind, ACTOR_LABELS, "actor label"),
  }));
  const merges =
    rows.length === 0
      ? []
      : [
          {
            text: `UNWIND $actors AS row
MERGE (n:Actor {id: row.id})
SET n:$(row.label)
SET n.name = coalesce(n.name, row.name),
    n.isoCode = coalesce(n.isoCode, row.isoCode), n.wikidataId = coalesce(n.wikidataId, row.wikidataId),
    n.orgType = coalesce(n.orgType, row.orgType), n.title = coalesce(row.title, n.title),
    n.countryId = coalesce(n.countryId, row.countryId)
WITH n, row, [x IN coalesce(n.aliases, []) WHERE NOT x IN row.aliases] + row.aliases AS aliases
SET n.aliases = aliases, n.aliasText = reduce(acc = '', x IN aliases | acc + x + ' | ')`,
            params: { actors: rows },
          },
        ];
  const mentions = extraction.actors.flatMap((actor) =>
    actor.mentions.map((m) => ({
      actorId: actor.id,
      sentenceId: sentenceId(articleId, m.sentence),
      start: m.start,
      end: m.end,
      text: m.text,
      kind: m.kind,
    })),
  );
  return [
    ...merges,
    {
      text: `UNWIND $mentions AS m
MATCH (a:Actor {id: m.actorId}), (s:Sentence {id: m.sentenceId})
CREATE (a)-[:MENTIONED_IN {articleId: $articleId, start: m.start, end: m.end, text: m.text, kind: m.kind}]->(s)`,
      params: { articleId, mentions },
    },
  ];
}

const evidenceRows = (
  articleId: string,
  ownerId: string,
  evidence: Extraction["statements"][number]["evidence"],
) =>
  evidence.map((e) => ({
    ownerId,
    sentenceId: sentenceId(articleId, e.sentence),
    start: e.start,
    end: e.end,
    text: e.text,
  }));

const LINK_EVIDENCE = `UNWIND $evidence AS e
MATCH (o {id: e.ownerId}), (s:Sentence {id: e.sentenceId})
CREATE (o)-[:EVIDENCED_BY {start: e.start, end: e.end, text: e.text}]->(s)`;

function statements(extraction: Extraction): CypherQuery[] {
  const articleId = extraction.article.id;
  const rows = extraction.statements.map((s) => ({
    id: s.id,
    kind: s.kind,
    verb: s.verb,
    text: s.text,
    cameo: s.cameo,
    speakerId: s.speakerId,
    aboutIds: s.aboutIds,
    start: s.evidence[0]?.start ?? null,
    end: s.evidence[0]?.end ?? null,
    // Why this speaker: the attribution sieve that decided it and how sure that reading is.
    attributionSieve: s.attribution?.sieve ?? null,
    attributionConfidence: s.attribution?.confidence ?? null,
  }));
  return [
    {
      text: `UNWIND $statements AS row
MATCH (speaker:Actor {id: row.speakerId})
CREATE (st:Statement {id: row.id, articleId: $articleId, kind: row.kind, verb: row.verb, text: row.text,
                      cameo: row.cameo, start: row.start, end: row.end,
                      attributionSieve: row.attributionSieve, attributionConfidence: row.attributionConfidence})
CREATE (speaker)-[:SAID]->(st)
WITH st, row
UNWIND row.aboutIds AS aboutId
MATCH (about:Actor {id: aboutId})
CREATE (st)-[:ABOUT]->(about)`,
      params: { articleId, statements: rows },
    },
    {
      text: LINK_EVIDENCE.replace("MATCH (o {id: e.ownerId})", "MATCH (o:Statement {id: e.ownerId})"),
      params: { evidence: extraction.statements.flatMap((s) => evidenceRows(articleId, s.id, s.evidence)) },
    },
  ];
}

/** The earliest date claim orders the timeline; all claims stay as DateClaim nodes. */
function earliestClaim(event: Extraction["events"][number]) {
  return [...event.dates].sort((a, b) => a.value.localeCompare(b.value))[0];
}

function events(extraction: Extraction): CypherQuery[] {
  const articleId = extraction.article.id;
  const rows = extraction.events.map((e) => ({
    id: e.id,
    label: e.label,
    type: e.type ?? null,
    negated: e.negated ?? false,
    cameo: e.cameo,
    cameoLabel: e.cameoLabel,
    plover: e.plover,
    status: e.status,
    date: earliestClaim(e)?.value ?? null,
    datePrecision: earliestClaim(e)?.precision ?? null,
    dateConflict: new Set(e.dates.map((d) => d.value)).size > 1,
    placeId: e.placeId ?? null,
    placeName: e.placeName ?? null,
    participants: e.participants,
  }));
  const claims = extraction.events.flatMap((e) =>
    e.dates.map((d, i) => ({
      id: `${e.id}/date/${i}`,
      eventId: e.id,
      value: d.value,
      precision: d.precision,
      text: d.evidence.text,
      start: d.evidence.start,
      end: d.evidence.end,
      sentenceId: sentenceId(articleId, d.evidence.sentence),
    })),
  );
  return [
    {
      text: `UNWIND $events AS row
CREATE (ev:Event {id: row.id, articleId: $articleId, label: row.label, type: row.type, negated: row.negated, cameo: row.cameo,
                  cameoLabel: row.cameoLabel, plover: row.plover, status: row.status, date: row.date,
                  datePrecision: row.datePrecision, dateConflict: row.dateConflict, placeName: row.placeName})
WITH ev, row
CALL (ev, row) {
  MATCH (place:Actor {id: row.placeId})
  CREATE (ev)-[:TOOK_PLACE_IN]->(place)
}
WITH ev, row
UNWIND row.participants AS p
MATCH (actor:Actor {id: p.actorId})
CREATE (actor)-[:PARTICIPATED_IN {role: p.role}]->(ev)`,
      params: { articleId, events: rows },
    },
    {
      text: `UNWIND $claims AS c
MATCH (ev:Event {id: c.eventId}), (s:Sentence {id: c.sentenceId})
CREATE (d:DateClaim {id: c.id, articleId: $articleId, value: c.value, precision: c.precision,
                     text: c.text, start: c.start, end: c.end})
CREATE (ev)-[:HAS_DATE_CLAIM]->(d)
CREATE (d)-[:EVIDENCED_BY {start: c.start, end: c.end, text: c.text}]->(s)`,
      params: { articleId, claims },
    },
    {
      text: LINK_EVIDENCE.replace("MATCH (o {id: e.ownerId})", "MATCH (o:Event {id: e.ownerId})"),
      params: { evidence: extraction.events.flatMap((e) => evidenceRows(articleId, e.id, e.evidence)) },
    },
  ];
}

/** An event's date as `events()` stores it: the earliest of its date claims, or null. */
function earliestEventDate(event: Extraction["events"][number]): string | null {
  return earliestClaim(event)?.value ?? null;
}

/**
 * One relationship per (source, kind, target, article); the API merges them across articles. Each
 * carries the dates the network view aggregates, so it reads no Article or Event: `published` (the
 * article's date, as `toString(article.publishedAt)`) and `eventDates`, parallel to `eventIds` (each
 * event's earliest date, else the article's).
 */
function relations(extraction: Extraction): CypherQuery[] {
  const articleId = extraction.article.id;
  const eventDates = new Map(extraction.events.map((e) => [e.id, earliestEventDate(e)]));
  const rows = extraction.relations.map((r) => ({
    // The type is a value here (one statement for every kind, one plan), so it is checked first.
    kind: assertKnown(r.kind, RELATION_TYPES, "relation kind"),
    id: r.id,
    sourceId: r.sourceId,
    targetId: r.targetId,
    role: r.role ?? null,
    statementIds: r.statementIds,
    eventIds: r.eventIds,
    eventDates: r.eventIds.map((id) => eventDates.get(id) ?? null),
    sentenceIds: [...new Set(r.evidence.map((e) => sentenceId(articleId, e.sentence)))],
    evidenceText: r.evidence.map((e) => e.text),
  }));
  if (rows.length === 0) return [];
  return [
    {
      // date() then toString(): the same text the article node gives back for its publishedAt.
      text: `WITH toString(date($publishedAt)) AS published
UNWIND $relations AS row
MATCH (a:Actor {id: row.sourceId}), (b:Actor {id: row.targetId})
CREATE (a)-[:$(row.kind) {id: row.id, articleId: $articleId,
  role: row.role, statementIds: row.statementIds, eventIds: row.eventIds, sentenceIds: row.sentenceIds,
  evidenceText: row.evidenceText, published: published,
  eventDates: [d IN row.eventDates | coalesce(d, published)]}]->(b)`,
      params: { articleId, publishedAt: extraction.article.publishedAt, relations: rows },
    },
  ];
}

/** Actors the article names that nothing links to (after an update, or an actor without mentions). */
function removeOrphanActors(extraction: Extraction): CypherQuery {
  return {
    text: `UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId}) WHERE NOT (a)--() DELETE a`,
    params: { actorIds: referencedActorIds(extraction) },
  };
}

/**
 * Every query needed to (re)write one article under `extraction.article.id`, in order, for a single
 * transaction. The id must already be the final one (src/graph/ingest.ts decides it). `create`: the
 * article is new, so there is nothing of it to clear.
 */
export function buildArticleWrites(
  extraction: Extraction,
  stamp: ArticleStamp = stampOf(extraction),
  { create = false }: { create?: boolean } = {},
): CypherQuery[] {
  return [
    ...(create ? [] : [clearArticle(extraction.article.id, referencedActorIds(extraction))]),
    ...articleAndSentences(extraction, stamp, create),
    ...actors(extraction),
    ...statements(extraction),
    ...events(extraction),
    ...relations(extraction),
    removeOrphanActors(extraction),
  ];
}
