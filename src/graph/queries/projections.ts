// Cypher map projections that turn stored nodes into the records of ./records.ts. `v` is always a
// variable name written in this folder, never user input.
import { RELATION_TYPES } from "../cypher/article-writes.ts";
import {
  ACTOR_PROPERTIES,
  type ActorProperty,
  EVENT_PROPERTIES,
  type EventProperty,
  type EventShape,
  FULL_SHAPE,
  STATEMENT_PROPERTIES,
  type StatementShape,
} from "./records.ts";

const VARIABLE = /^[a-z][A-Za-z0-9]*$/;

function variable(v: string): string {
  if (!VARIABLE.test(v)) throw new Error(`Not a Cypher variable name: "${v}"`);
  return v;
}

export const ACTOR_TYPENAME = (v: string) => {
  const n = variable(v);
  return `CASE WHEN ${n}:Person THEN 'Person' WHEN ${n}:Organization THEN 'Organization' ELSE 'Country' END`;
};

const actorProperty = (n: string, key: ActorProperty) =>
  property(key, ACTOR_PROPERTIES) === "aliases" ? `aliases: coalesce(${n}.aliases, [])` : `.${key}`;

/** An actor record; `properties` (besides `id`) leaves the others out, all when absent. */
export const actorProjection = (v: string, properties?: readonly ActorProperty[]) => {
  const n = variable(v);
  if (properties) {
    const keys = properties.map((key) => `, ${actorProperty(n, key)}`).join("");
    return `${n} {.id${keys}, __typename: ${ACTOR_TYPENAME(n)}}`;
  }
  return `${n} {.id, .name, aliases: coalesce(${n}.aliases, []), .isoCode, .wikidataId, .orgType, .title, .countryId, __typename: ${ACTOR_TYPENAME(n)}}`;
};

export const articleProjection = (v: string) => {
  const n = variable(v);
  return `${n} {.id, .title, publishedAt: toString(${n}.publishedAt), .source, .url, .readingMinutes, .sentenceCount, __typename: 'Article'}`;
};

export const sentenceProjection = (v: string) => {
  const n = variable(v);
  return `${n} {.id, .articleId, .index, .paragraph, .text, .start, .end, __typename: 'Sentence'}`;
};

/** A property key from the closed lists in ./records.ts, never anything else. */
function property<K extends string>(key: K, allowed: readonly string[]): K {
  if (!allowed.includes(key)) throw new Error(`Not a stored property: "${key}"`);
  return key;
}

const evidenceOf = (n: string) =>
  `[(${n})-[ev_r:EVIDENCED_BY]->(ev_s:Sentence) | {sentenceId: ev_s.id, start: ev_r.start, end: ev_r.end, text: ev_r.text}]`;

export const statementProjection = (v: string, shape: StatementShape = FULL_SHAPE.statement) => {
  const n = variable(v);
  const parts = [
    shape.speaker ? `speakerId: head([(sp_a:Actor)-[:SAID]->(${n}) | sp_a.id])` : "",
    shape.about === "ids" ? `aboutIds: [(${n})-[:ABOUT]->(ab_a:Actor) | ab_a.id]` : "",
    shape.about === "actors"
      ? `aboutActors: [(${n})-[:ABOUT]->(subject:Actor) | ${actorProjection("subject", shape.subjectProperties)}]`
      : "",
    shape.evidence ? `evidence: ${evidenceOf(n)}` : "",
  ].filter(Boolean);
  const properties = shape.properties
    ? shape.properties.map((key) => `, .${property(key, STATEMENT_PROPERTIES)}`).join("")
    : `, .articleId, .kind, .verb, .text, .cameo, .start, .end, .attributionSieve,
  .attributionConfidence`;
  return `${n} {.id${properties}, __typename: 'Statement'${parts.map((part) => `,\n  ${part}`).join("")}}`;
};

export const dateClaimProjection = (v: string) => {
  const n = variable(v);
  return `${n} {.id, .articleId, .value, .precision, .text, .start, .end, __typename: 'DateClaim',
  eventId: head([(dc_e:Event)-[:HAS_DATE_CLAIM]->(${n}) | dc_e.id]),
  sentenceId: head([(${n})-[:EVIDENCED_BY]->(dc_s:Sentence) | dc_s.id])}`;
};

const eventDateClaims = (n: string) =>
  `[(${n})-[:HAS_DATE_CLAIM]->(dc:DateClaim) | dc {.id, .articleId, .value, .precision, .text, .start, .end,
    __typename: 'DateClaim', eventId: ${n}.id, sentenceId: head([(dc)-[:EVIDENCED_BY]->(dc_s:Sentence) | dc_s.id])}]`;

/** An event property; the flags, stored only when true, read as false when absent. */
function eventProperty(n: string, key: EventProperty): string {
  property(key, EVENT_PROPERTIES);
  return key === "dateConflict" || key === "negated" ? `${key}: coalesce(${n}.${key}, false)` : `.${key}`;
}

export const eventProjection = (v: string, shape: EventShape = FULL_SHAPE.event) => {
  const n = variable(v);
  const parts = [
    shape.place ? `placeId: head([(${n})-[:TOOK_PLACE_IN]->(pl_a:Actor) | pl_a.id])` : "",
    shape.participants
      ? `participants: [(pa_a:Actor)-[pa_r:PARTICIPATED_IN]->(${n}) | {actorId: pa_a.id, role: pa_r.role}]`
      : "",
    shape.evidence ? `evidence: ${evidenceOf(n)}` : "",
    shape.dateClaims ? `dateClaims: ${eventDateClaims(n)}` : "",
  ].filter(Boolean);
  const properties = shape.properties
    ? shape.properties.map((key) => `, ${eventProperty(n, key)}`).join("")
    : `, .articleId, .label, .cameo, .cameoLabel, .plover, .status, .date, .datePrecision,
  dateConflict: coalesce(${n}.dateConflict, false), negated: coalesce(${n}.negated, false), .type,
  .placeName`;
  return `${n} {.id${properties}, __typename: 'Event'${parts.map((part) => `,\n  ${part}`).join("")}}`;
};

/** The relationship types between actors, as a Cypher type union (closed set from the writer). */
export const RELATION_TYPE_UNION = RELATION_TYPES.join("|");

/**
 * Merges the per-article relationships `rs` between `a` and `b` of type `kind` into one record.
 * `direction` is a Cypher expression giving OUTGOING or INCOMING.
 */
export const relationProjection = (
  a: string,
  kind: string,
  b: string,
  rs: string,
  direction = "'OUTGOING'",
) => {
  const [x, k, y, r] = [variable(a), variable(kind), variable(b), variable(rs)];
  return `{__typename: 'Relation', id: ${x}.id + '-[' + ${k} + ']->' + ${y}.id, kind: ${k}, sourceId: ${x}.id,
  targetId: ${y}.id, direction: ${direction},
  roles: [rel IN ${r} WHERE rel.role IS NOT NULL | rel.role],
  statementIds: reduce(acc = [], rel IN ${r} | acc + coalesce(rel.statementIds, [])),
  eventIds: reduce(acc = [], rel IN ${r} | acc + coalesce(rel.eventIds, [])),
  sentenceIds: reduce(acc = [], rel IN ${r} | acc + coalesce(rel.sentenceIds, [])),
  evidenceText: reduce(acc = [], rel IN ${r} | acc + coalesce(rel.evidenceText, [])),
  articleIds: [rel IN ${r} | rel.articleId]}`;
};
