// Stances told as a plain clause, "<party> <stance verb> <party>", wherever the clause stands: in
// narrative, or inside what a speaker reports ("Peru accused Bolivia of …, the foreign ministry said",
// "The ministry said Chile had condemned the Bolivian decision"). The subject (each party of a
// coordinated subject, and the state it speaks for) takes the stance against the object; a speaker
// whose statement holds the clause and who is on the subject's side takes it too (test/corpus/
// README.md: the official and their state). Denials, conditions and questions state no stance.
import { type ActorMention, type EntityDoc, evidence, inQuote, mentionAt, sentenceOf } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WEEKDAY_NAMES, WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { findPhrases, phraseMatcher } from "../text/word-index.ts";
import type { Sentence } from "../types.ts";
import { listBefore, listFrom } from "./actor-lists.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";
import { reciprocalClauses } from "./reciprocal-stances.ts";
import type { RelationSet } from "./relation-set.ts";
import { sharedSubject } from "./shared-subjects.ts";
import { phraseClauses } from "./stance-phrases.ts";
import {
  alternation,
  STANCE_FORMS,
  STANCE_LEMMAS,
  STANCE_PARTICIPLES_ING,
  type StanceKind,
  TAILED_FORMS,
} from "./stance-verbs.ts";

const VERB = new RegExp(
  `\\b(${alternation([...STANCE_FORMS.keys(), ...TAILED_FORMS.keys()])})(?![\\p{L}-])`,
  "gu",
);

/** ", castigating Bolivia for …": a participle clause whose subject opens the sentence. */
const PARTICIPLE = new RegExp(
  `,${WS}+(?:(?:also|again|further|openly|implicitly)${WS}+)?(${alternation(STANCE_PARTICIPLES_ING.keys())})(?![\\p{L}-])`,
  "gu",
);

/**
 * Continuous and habitual forms: "is accusing", "has been criticising", "was openly blaming", "kept
 * threatening", "continued to castigate". The verb is found by word lookup; what stands before it must
 * be an auxiliary (maybe with "-ly" adverbs) or "kept"/"continued (to)", whose start stands where a finite
 * verb would. "is not accusing" does not match.
 */
const CONTINUOUS_FORMS = [...STANCE_PARTICIPLES_ING.keys(), ...STANCE_LEMMAS.keys()];
const BEFORE_ING = new RegExp(
  `\\b(?:(?:is|are|was|were|been)(?:${WS}+(?:also|now|still|again|\\p{Ll}+ly))*|(?:keeps|kept|keep)(?:${WS}+on)?|` +
    `continues|continued|continue)${WS}+$`,
  "u",
);
const BEFORE_LEMMA = new RegExp(`\\b(?:continues|continued|continue)${WS}+to${WS}+$`, "u");

/** The stance a verb form states given what follows its objects, if any. */
function kindAfter(doc: EntityDoc, form: string, objectsEnd: number): StanceKind | undefined {
  const plain = STANCE_FORMS.get(form);
  if (plain) return plain;
  const tailed = TAILED_FORMS.get(form);
  return tailed?.tail.test(doc.body.slice(objectsEnd, objectsEnd + 120)) ? tailed.kind : undefined;
}

const DAY = `(?:(?:late|early)${WS}+)?on${WS}+(?:${WEEKDAY_NAMES.join("|")})`;
/** Auxiliaries and adverbials between subject and verb ("has also", "on Tuesday", "sharply"). */
const SUBJECT_GAP = new RegExp(
  `(?:${WS}+(?:has|have|had|also|again|then|later|earlier|itself|themselves|this${WS}+week|` +
    `last${WS}+week|${DAY}|(?!only\\b)\\p{Ll}+ly))*${WS}+$`,
  "u",
);
/** A subject inside a prepositional phrase ("talks with Peru") is no subject. */
const PREPOSITION_BEFORE =
  /\b(?:of|with|to|from|by|in|at|against|for|between|among)[\s\u00a0]+(?:the[\s\u00a0]+)?$/u;
/** Up to two modifiers that are no preposition before the object ("the recent Bolivian decision"). */
const OBJECT_LEAD = new RegExp(
  `^${WS}+(?:(?:the|a|an)${WS}+)?(?:(?!(?:of|on|in|to|at|by|for|from|with|against|over|about|and|that)\\b)` +
    `\\p{Ll}[\\p{Ll}-]*${WS}+){0,2}(?=\\p{Lu})`,
  "u",
);
/** Capitalised title words only, between a demonym and a name ("Bolivian President Marco Ruiz"). */
const TITLE_GAP = /^(?:[\s\u00a0]+\p{Lu}[\p{L}.-]*){1,4}[\s\u00a0]+$/u;
/** Words before the subject that deny, condition or question the stance. */
const HEDGE =
  /\b(?:if|unless|whether|lest|denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|not|never|no|rumours?|reports?|speculation)\b/iu;

const isParty = (doc: EntityDoc, m: ActorMention | undefined): m is ActorMention =>
  m !== undefined && doc.actors.has(m.actorId) && m.kind !== "pronoun";

/** A parenthetical that is no clause of its own: "…, Peru’s foreign minister, …", "…, in a statement, …". */
const CLAUSE_OPENER =
  /^[\s\u00a0]*(?:which|who|whom|whose|that|where|when|while|after|before|as|because|although|though|if|unless|and|but)\b/iu;

/** Where the subject ends: before `end`, or before a parenthetical ending with a comma at `end`. */
function subjectEnd(doc: EntityDoc, s: Sentence, end: number): number[] {
  if (doc.body[end - 1] !== ",") return [end];
  const open = doc.body.lastIndexOf(",", end - 2);
  if (open < s.start || end - open > 90) return [];
  const inner = doc.body.slice(open + 1, end - 1);
  if (CLAUSE_OPENER.test(inner) || /[“”"]/.test(inner)) return [];
  return [open];
}

/** The subject list ending right before `verbAt`, past auxiliaries, adverbials and a parenthetical. */
function subjects(doc: EntityDoc, s: Sentence, verbAt: number): ActorMention[] {
  const before = doc.body.slice(s.start, verbAt);
  const gap = SUBJECT_GAP.exec(before);
  if (!gap) return [];
  const [end] = subjectEnd(doc, s, verbAt - gap[0].length);
  if (end === undefined) return [];
  const last = doc.mentions.find((m) => m.end === end && m.start >= s.start);
  if (!isParty(doc, last)) return [];
  const list = doc.actors.get(last.actorId)?.kind === "Person" ? [last] : listBefore(doc, end, true);
  const first = list[0] ?? last;
  const lead = doc.body.slice(s.start, first.start);
  if (PREPOSITION_BEFORE.test(lead) || HEDGE.test(lead)) return [];
  return list.filter((m) => isParty(doc, m) && m.start >= s.start);
}

/** The object list right after the verb. */
function objects(doc: EntityDoc, s: Sentence, verbEnd: number): ActorMention[] {
  const lead = OBJECT_LEAD.exec(doc.body.slice(verbEnd, s.end));
  if (!lead) return [];
  const at = verbEnd + lead[0].length;
  const first = mentionAt(doc, at);
  if (!isParty(doc, first)) return [];
  if (doc.actors.get(first.actorId)?.kind === "Person") return [first];
  const list = listFrom(doc, at, s.end).filter((m) => isParty(doc, m));
  // "Bolivian President Marco Ruiz": the person after a demonym and a title is a target too.
  const last = list[list.length - 1];
  const next = last ? doc.mentions.find((m) => m.start >= last.end) : undefined;
  const titled = next && TITLE_GAP.test(doc.body.slice(last?.end ?? 0, next.start));
  return titled && doc.actors.get(next.actorId)?.kind === "Person" ? [...list, next] : list;
}

/** Speakers whose statement holds the clause at `at` and who are on the subject's side. */
function reportingSpeakers(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  subject: string,
  at: number,
): string[] {
  const side = sideOf(doc, voiceOf, subject);
  return statements
    .filter((st) => {
      const start = startOf(doc, st);
      return start !== undefined && start <= at && at < start + st.text.length;
    })
    .map((st) => st.speakerId)
    .filter((id) => sideOf(doc, voiceOf, id) === side);
}

/** Every source of a stance by `subject`: itself, whom it speaks for, and reporting speakers on its side. */
function sourcesOf(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  subject: string,
  at: number,
): Set<string> {
  return new Set([
    subject,
    ...(voiceOf.get(subject) ?? []),
    ...reportingSpeakers(doc, statements, voiceOf, subject, at).flatMap((id) => [
      id,
      ...(voiceOf.get(id) ?? []),
    ]),
  ]);
}

function addStances(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  out: RelationSet,
  clause: StanceClause,
): void {
  const { kind, at, from, to } = clause;
  const ev = [evidence(doc, Math.min(from[0]?.start ?? at, at), to[to.length - 1]?.end ?? at)];
  for (const subject of from) {
    const side = sideOf(doc, voiceOf, subject.actorId);
    for (const target of to) {
      if (sideOf(doc, voiceOf, target.actorId) === side) continue;
      for (const source of sourcesOf(doc, statements, voiceOf, subject.actorId, at))
        out.add(kind, source, target.actorId, { evidence: ev });
    }
  }
}

/** A dateline ("LIMA, March 5 (Andina) — ") and "The" before the opening party. */
const OPENING = /^(?:\p{Lu}[\p{Lu} .’'-]+,[^—–\n]{0,40}[—–][\s\u00a0]*)?(?:The[\s\u00a0]+)?/u;

/** The party that opens the sentence ("Peru recalled …", "The Peruvian ministry said …"). */
function openingSubject(doc: EntityDoc, s: Sentence): ActorMention[] {
  const lead = OPENING.exec(s.text)?.[0].length ?? 0;
  const first = mentionAt(doc, s.start + lead);
  if (!isParty(doc, first) || HEDGE.test(s.text)) return [];
  return [first];
}

/** A stance clause: its kind, the verb's offset, its subjects and objects. */
export interface StanceClause {
  kind: StanceKind;
  at: number;
  from: ActorMention[];
  to: ActorMention[];
}

/** Clauses with a continuous or habitual verb ("Peru is accusing Bolivia of …"). */
function continuousClauses(doc: EntityDoc, clauses: StanceClause[]): void {
  for (const hit of findPhrases(doc, phraseMatcher(CONTINUOUS_FORMS, "gu"))) {
    const verb = hit.text.toLowerCase();
    const ing = STANCE_PARTICIPLES_ING.get(verb);
    const kind = ing ?? STANCE_LEMMAS.get(verb);
    const lead = (ing ? BEFORE_ING : BEFORE_LEMMA).exec(
      doc.body.slice(Math.max(0, hit.start - 40), hit.start),
    );
    if (!kind || !lead || inQuote(doc, hit.start) || /[\p{L}-]/u.test(doc.body[hit.end] ?? "")) continue;
    const at = hit.start - lead[0].length;
    const s = sentenceOf(doc, at);
    if (s.text.trimEnd().endsWith("?")) continue;
    const from = subjects(doc, s, at);
    const to = from.length > 0 ? objects(doc, s, hit.end) : [];
    if (to.length > 0) clauses.push({ kind, at, from, to });
  }
}

/** Every stance clause of the body (finite verbs, continuous forms, then participle clauses). */
export function stanceClauses(doc: EntityDoc): StanceClause[] {
  const clauses: StanceClause[] = [];
  continuousClauses(doc, clauses);
  clauses.push(...phraseClauses(doc, subjects, objects), ...reciprocalClauses(doc, subjects, objects));
  for (const hit of execAll(VERB, doc.body)) {
    const at = hit.index ?? 0;
    // "much-criticised": part of a compound, no verb.
    if (inQuote(doc, at) || doc.body[at - 1] === "-") continue;
    const s = sentenceOf(doc, at);
    if (s.text.trimEnd().endsWith("?")) continue;
    const own = subjects(doc, s, at);
    const from = own.length > 0 ? own : sharedSubject(doc, s, at, openingSubject);
    const to = from.length > 0 ? objects(doc, s, at + hit[0].length) : [];
    const kind = kindAfter(doc, (hit[1] ?? "").replace(/[\s\u00a0]+/gu, " "), to[to.length - 1]?.end ?? at);
    if (to.length > 0 && kind) clauses.push({ kind, at, from, to });
  }
  for (const hit of execAll(PARTICIPLE, doc.body)) {
    const at = (hit.index ?? 0) + hit[0].length - (hit[1]?.length ?? 0);
    const kind = STANCE_PARTICIPLES_ING.get(hit[1] ?? "");
    if (!kind || inQuote(doc, at)) continue;
    const s = sentenceOf(doc, at);
    const from = openingSubject(doc, s);
    const to = from.length > 0 ? objects(doc, s, at + (hit[1]?.length ?? 0)) : [];
    if (to.length > 0) clauses.push({ kind, at, from, to });
  }
  inProtestClauses(doc, clauses);
  return clauses;
}

const IN_PROTEST = ["in protest at", "in protest against", "in protest over", "in protest of"];

/** "Peru recalled its ambassador in protest at Chile’s decision": the sentence's opening party criticises. */
function inProtestClauses(doc: EntityDoc, clauses: StanceClause[]): void {
  for (const hit of findPhrases(doc, phraseMatcher(IN_PROTEST, "giu"))) {
    if (inQuote(doc, hit.start)) continue;
    const s = sentenceOf(doc, hit.start);
    const from = openingSubject(doc, s);
    const to = from.length > 0 ? objects(doc, s, hit.end) : [];
    if (to.length > 0) clauses.push({ kind: "CRITICIZES", at: hit.start, from, to });
  }
}

export function directStances(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  out: RelationSet,
  clauses: readonly StanceClause[] = stanceClauses(doc),
): void {
  for (const clause of clauses) addStances(doc, statements, voiceOf, out, clause);
}
