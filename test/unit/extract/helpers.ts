// Shared fixtures for the extraction unit tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EntityDoc } from "../../../src/extract/doc.ts";
import { extractEntities } from "../../../src/extract/entities/entities.ts";
import { extractFromText } from "../../../src/extract/index.ts";
import { loadKnowledge } from "../../../src/extract/knowledge/knowledge.ts";
import { findQuotes } from "../../../src/extract/speech/quotes.ts";
import { splitSentences } from "../../../src/extract/text/sentences.ts";
import type { Extraction } from "../../../src/extract/types.ts";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const SEED_FILE = "seed/articles/2021-07-09-japan-cybersecurity-strategy-china-response.txt";
export const FIXTURE_FILE = "test/fixtures/articles/2022-03-17-kenya-recalls-ambassador-somalia.txt";

export const readRepoFile = (path: string): string => readFileSync(`${ROOT}${path}`, "utf8");

const cache = new Map<string, Extraction>();
export function extractFile(path: string): Extraction {
  let x = cache.get(path);
  if (!x) {
    x = extractFromText(readRepoFile(path), path);
    cache.set(path, x);
  }
  return x;
}

/** Entity-level view of a bare body text (no header), published on `publishedAt`. */
export function entityDoc(body: string, publishedAt = "2021-07-09"): EntityDoc {
  return extractEntities({
    body,
    publishedAt,
    sentences: splitSentences(body),
    quotes: findQuotes(body),
    knowledge: loadKnowledge(),
  }).doc;
}

/** A full extraction of a bare body under a minimal header. */
export function extractBody(body: string, date = "July 09, 2021"): Extraction {
  return extractFromText(`Test article\n\n${date} | 1 minutes read\n\n${body}`);
}

/** "source>target" of the relations of one kind, sorted, for order-free comparisons. */
export const relationPairs = (x: Extraction, kind: string): string[] =>
  x.relations
    .filter((r) => r.kind === kind)
    .map((r) => `${r.sourceId}>${r.targetId}`)
    .sort();

/** "KIND source>target" of the stance relations (accuses, criticises, threatens), sorted. */
export const stancePairs = (x: Extraction): string[] =>
  x.relations
    .filter((r) => ["ACCUSES", "CRITICIZES", "THREATENS"].includes(r.kind))
    .map((r) => `${r.kind} ${r.sourceId}>${r.targetId}`)
    .sort();

/** A full extraction of a raw file text (any accepted layout). */
export const extractFromTextHelper = (raw: string): Extraction => extractFromText(raw);

// Compact views of an extraction, shared by the stage test files. Each row holds only the fields
// its tests compare, so a failing assertion shows what changed.

/** Sorted ids of the actors entity recognition finds in a bare body. */
export const ids = (body: string) => [...entityDoc(body).actors.keys()].sort();
/** The aliases entity recognition gives actor `id` in a bare body. */
export const aliases = (body: string, id: string) => entityDoc(body).actors.get(id)?.aliases ?? [];
/** Sorted ids of the actors of a full extraction of a bare body. */
export const actorIds = (body: string) =>
  extractBody(body)
    .actors.map((a) => a.id)
    .sort();
/** "speaker|text" of each statement of a bare body. */
export const speakerTexts = (body: string) =>
  extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);
/** "speaker|verb|cameo|text" of each statement of a bare body. */
export const saidWithVerb = (body: string) =>
  extractBody(body).statements.map((s) => `${s.speakerId}|${s.verb}|${s.cameo}|${s.text}`);
/** [speaker, text] of each statement of a bare body. */
export const saidPairs = (body: string) => extractBody(body).statements.map((s) => [s.speakerId, s.text]);
/** [kind, speaker, verb, cameo, text, about] of each statement. */
export const statementRows = (x: Extraction) =>
  x.statements.map((s) => [s.kind, s.speakerId, s.verb, s.cameo, s.text, s.aboutIds]);
/** [speaker, verb, cameo, text] of each statement. */
export const statementTexts = (x: Extraction) =>
  x.statements.map((s) => [s.speakerId, s.verb, s.cameo, s.text]);
/** "source>target" of the relations of one kind, in extraction order. */
export const rels = (x: Extraction, kind: string) =>
  x.relations.filter((r) => r.kind === kind).map((r) => `${r.sourceId}>${r.targetId}`);
/** "source target" of the COOPERATES_WITH relations, in extraction order. */
export const cooperatingPairs = (x: Extraction) =>
  x.relations.filter((r) => r.kind === "COOPERATES_WITH").map((r) => `${r.sourceId} ${r.targetId}`);
/** The actor with this id. */
export const person = (x: Extraction, id: string) => x.actors.find((a) => a.id === id);
/** "type cameo [dates]" of each event. */
export const summary = (x: Extraction) =>
  x.events.map((e) => `${e.type} ${e.cameo} [${e.dates.map((d) => d.value).join(",")}]`);
/** "type cameo status [dates]" of each event. */
export const summaryWithStatus = (x: Extraction) =>
  x.events.map((e) => `${e.type} ${e.cameo} ${e.status} [${e.dates.map((d) => d.value).join(",")}]`);
/** "type cameo dates" of each event of a bare body published on Friday 2022-06-10. */
export const kinds = (body: string) =>
  extractBody(body, "June 10, 2022").events.map(
    (e) => `${e.type} ${e.cameo} ${e.dates.map((d) => d.value).join()}`,
  );
/** [type, cameo, dates, participant ids] of each event of a bare body (published 2022-06-10 unless told). */
export const acts = (body: string, published = "June 10, 2022") =>
  extractBody(body, published).events.map((e) => [
    e.type,
    e.cameo,
    e.dates.map((d) => d.value).join(),
    e.participants.map((p) => p.actorId).join(" "),
  ]);
/** The source participants of each event, comma-joined. */
export const sources = (x: Extraction) =>
  x.events.map((e) =>
    e.participants
      .filter((p) => p.role === "source")
      .map((p) => p.actorId)
      .join(","),
  );
/** The source participants of each event of a bare body published on 2022-06-10. */
export const sourcesOf = (body: string) =>
  extractBody(body, "June 10, 2022").events.map((e) =>
    e.participants
      .filter((p) => p.role === "source")
      .map((p) => p.actorId)
      .join(),
  );
/** "role:actor" of the participants of the first event of a type. */
export const roles = (x: Extraction, type: string) =>
  x.events.find((e) => e.type === type)?.participants.map((p) => `${p.role}:${p.actorId}`);
/** [type, cameo, dates, "role:actor" participants] of each event. */
export const eventRows = (x: Extraction) =>
  x.events.map((e) => [
    e.type,
    e.cameo,
    e.dates.map((d) => d.value).join(","),
    e.participants.map((p) => `${p.role}:${p.actorId}`).join(","),
  ]);
/** [type, cameo, status, dates, "role:actor" participants] of each event. */
export const eventStatuses = (x: Extraction) =>
  x.events.map((e) => [
    e.type,
    e.cameo,
    e.status,
    e.dates.map((d) => d.value).join(","),
    e.participants.map((p) => `${p.role}:${p.actorId}`).join(","),
  ]);
/** [type, cameo, PLOVER, status, dates] of each event. */
export const eventCodes = (x: Extraction) =>
  x.events.map((e) => [e.type, e.cameo, e.plover, e.status, e.dates.map((d) => d.value).join(",")]);
/** [type, cameo, status, "date/precision", place, "role:actor" participants] of each event. */
export const plannedEvents = (x: Extraction) =>
  x.events.map((e) => [
    e.type,
    e.cameo,
    e.status,
    e.dates.map((d) => `${d.value}/${d.precision}`).join(","),
    e.placeName ?? e.placeId ?? "",
    e.participants.map((p) => `${p.role}:${p.actorId}`).join(","),
  ]);
/** A Saturday publication date: "on Friday" is the day before. */
export const SATURDAY = "March 09, 2030";
