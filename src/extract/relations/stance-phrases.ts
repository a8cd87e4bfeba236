// Stances told with a light verb and a stance noun, or as a threatened act:
// - "Peru issued a sharp condemnation of Bolivia", "Chile levelled fresh accusations against Peru",
//   "Ghana made threats against Togo", "Quito filed a complaint against Lima" (CAMEO 111/112/13x told
//   as a noun object);
// - "Peru threatened to sue Bolivia", "Russia is threatening to cut gas supplies to Moldova", "Chile
//   threatened to expel Peruvian diplomats", "threatened to quit ECOWAS": a threatened act names its
//   target (CAMEO 13x; leaving a bloc is a threat against it, as the dev gold reads it).
// The clause's subject is found as for any stance clause (direct-stances.ts), so negation, conditions,
// questions and quotes are handled there.
import { type ActorMention, type EntityDoc, inQuote, sentenceOf } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { findPhrases, phraseMatcher } from "../text/word-index.ts";
import type { Sentence } from "../types.ts";
import { alternation, STANCE_NOUNS, type StanceKind } from "./stance-verbs.ts";

/** The verbs that carry a stance noun, in every finite form. */
const LIGHT_VERBS = [
  ...["issue", "issues", "issued"],
  ...["make", "makes", "made"],
  ...["level", "levels", "levelled", "leveled"],
  ...["lodge", "lodges", "lodged"],
  ...["file", "files", "filed"],
  ...["voice", "voices", "voiced"],
  ...["deliver", "delivers", "delivered"],
  ...["launch", "launches", "launched"],
  ...["renew", "renews", "renewed"],
  ...["repeat", "repeats", "repeated"],
  ...["reiterate", "reiterates", "reiterated"],
  ...["hurl", "hurls", "hurled"],
  ...["direct", "directs", "directed"],
  ...["step up", "steps up", "stepped up"],
];
/** Up to three determiners or modifiers before the noun ("a sharply worded", "its latest"), no preposition. */
const NOUN_LEAD = `(?:(?!(?:of|on|in|to|at|by|for|from|with|against|over|about|and|that)\\b)\\p{Ll}[\\p{Ll}-]*${WS}+){0,3}`;
/** What follows a light verb (found by word lookup): modifiers, the stance noun, the preposition. */
const NOUN_TAIL = new RegExp(
  `^${WS}+${NOUN_LEAD}(${alternation(STANCE_NOUNS.keys())})${WS}+(of|against|at|toward|towards|to)(?![\\p{L}-])`,
  "iu",
);
/** "to" names the target only of a protest, a threat or an ultimatum ("a complaint to the WTO" does not). */
const TO_NOUNS = /^(?:protests?|threats?|ultimatums?)$/iu;
/** "at" is the venue of a complaint or protest ("filed a complaint at the WTO"), the target of the rest. */
const VENUE_NOUNS = /^(?:protests?|complaints?|charges?)$/iu;

/** "threatened to <verb> (up to three words) (to|with|against|from|on) (the) <party>". */
const THREATENED_ACT = new RegExp(
  `\\b(?:threatened|threatens|threatening|threaten)${WS}+to${WS}+(?!(?:resign|step|join|help|back|support|assist|follow|side)\\b)\\p{Ll}+` +
    `(?:${WS}+(?!(?:if|unless|when|after|because|and|but)\\b)\\p{Ll}[\\p{Ll}-]*){0,3}?` +
    `(?:${WS}+(?:to|with|against|from|on|into|off|for))?(?=${WS}+(?:the${WS}+)?\\p{Lu})`,
  "gu",
);

/** A stance clause as direct-stances.ts reads it. */
export interface PhraseClause {
  kind: StanceKind;
  at: number;
  from: ActorMention[];
  to: ActorMention[];
}
export type SubjectsOf = (doc: EntityDoc, s: Sentence, verbAt: number) => ActorMention[];
export type ObjectsOf = (doc: EntityDoc, s: Sentence, at: number) => ActorMention[];

function nounClauses(doc: EntityDoc, subjects: SubjectsOf, objects: ObjectsOf, out: PhraseClause[]): void {
  for (const verb of findPhrases(doc, phraseMatcher(LIGHT_VERBS, "giu"))) {
    const hit = NOUN_TAIL.exec(doc.body.slice(verb.end, verb.end + 90));
    if (!hit) continue;
    const at = verb.start;
    const noun = (hit[1] ?? "").toLowerCase();
    const kind = STANCE_NOUNS.get(noun);
    const prep = hit[2]?.toLowerCase();
    if (!kind || inQuote(doc, at) || (prep === "to" && !TO_NOUNS.test(noun))) continue;
    if (prep === "at" && VENUE_NOUNS.test(noun)) continue;
    const s = sentenceOf(doc, at);
    if (s.text.trimEnd().endsWith("?")) continue;
    const from = subjects(doc, s, at);
    const to = from.length > 0 ? objects(doc, s, verb.end + hit[0].length) : [];
    if (to.length > 0) out.push({ kind, at, from, to });
  }
}

function threatenedActs(doc: EntityDoc, subjects: SubjectsOf, objects: ObjectsOf, out: PhraseClause[]): void {
  for (const hit of execAll(THREATENED_ACT, doc.body)) {
    const at = hit.index ?? 0;
    if (inQuote(doc, at)) continue;
    const s = sentenceOf(doc, at);
    if (s.text.trimEnd().endsWith("?")) continue;
    // "is threatening to": the auxiliary stands where a finite verb would.
    const aux = /(?:is|are|was|were|been)[\s\u00a0]+$/u.exec(doc.body.slice(Math.max(s.start, at - 8), at));
    const from = subjects(doc, s, at - (aux?.[0].length ?? 0));
    const to = from.length > 0 ? objects(doc, s, at + hit[0].length) : [];
    if (to.length > 0) out.push({ kind: "THREATENS", at, from, to });
  }
}

/** Every stance told by a light verb and noun, or by a threatened act. */
export function phraseClauses(doc: EntityDoc, subjects: SubjectsOf, objects: ObjectsOf): PhraseClause[] {
  const out: PhraseClause[] = [];
  nounClauses(doc, subjects, objects, out);
  threatenedActs(doc, subjects, objects, out);
  return out;
}
