// Stances told once for two sides or for a joiner: "Armenia and Azerbaijan accused each other of …",
// "India and Pakistan traded accusations / exchanged threats", "Sudan and Chad have traded barbs" (each
// party takes the stance against every other); "Chile joined Peru in condemning Bolivia" (the joiner
// takes the stance of the joined). Subjects and objects are read as for any stance clause
// (direct-stances.ts), so denials, conditions and quotes give nothing.
import { type EntityDoc, inQuote, mentionAt, sentenceOf } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { findPhrases, phraseMatcher } from "../text/word-index.ts";
import type { ObjectsOf, PhraseClause, SubjectsOf } from "./stance-phrases.ts";
import { alternation, STANCE_FORMS, STANCE_PARTICIPLES_ING, type StanceKind } from "./stance-verbs.ts";

/** "accused each other", "are blaming one another": the phrase, then the stance form right before it. */
const EACH_OTHER = ["each other", "one another"];
const FORM_BEFORE = /(\p{L}+)[\s\u00a0]+$/u;
/** The nouns two sides trade, and the stance each states. */
const TRADED_NOUNS: Record<string, StanceKind> = {
  accusations: "ACCUSES",
  allegations: "ACCUSES",
  blame: "ACCUSES",
  charges: "ACCUSES",
  recriminations: "ACCUSES",
  barbs: "CRITICIZES",
  insults: "CRITICIZES",
  criticism: "CRITICIZES",
  threats: "THREATENS",
  warnings: "THREATENS",
};
const TRADED = new RegExp(
  `\\b(?:traded|trade|trades|trading|exchanged|exchange|exchanges|exchanging)${WS}+` +
    `(?:(?!(?:of|with|over|on|for)\\b)\\p{Ll}[\\p{Ll}-]*${WS}+){0,2}?(${alternation(Object.keys(TRADED_NOUNS))})\\b`,
  "giu",
);
/** "joined Peru in condemning": the joined party's stance is the joiner's too. */
const JOINED_IN = new RegExp(`\\b(?:joined|joins|join)${WS}+(?:the${WS}+)?(?=\\p{Lu})`, "gu");
const IN_ING = new RegExp(
  `^${WS}+in${WS}+(?:(?:publicly|openly|sharply|strongly)${WS}+)?(${alternation(STANCE_PARTICIPLES_ING.keys())})(?![\\p{L}-])`,
  "iu",
);

/** Every ordered pair of distinct parties of the subject list takes the stance against the other. */
function pairs(
  doc: EntityDoc,
  subjects: SubjectsOf,
  kind: StanceKind,
  at: number,
  out: PhraseClause[],
): void {
  const s = sentenceOf(doc, at);
  if (s.text.trimEnd().endsWith("?")) return;
  // "are blaming each other": the auxiliary stands where a finite verb would.
  const aux = /(?:is|are|was|were|been)[\s\u00a0]+$/u.exec(doc.body.slice(Math.max(s.start, at - 8), at));
  const from = subjects(doc, s, at - (aux?.[0].length ?? 0));
  for (const a of from)
    for (const b of from) if (a.actorId !== b.actorId) out.push({ kind, at, from: [a], to: [b] });
}

function joiners(doc: EntityDoc, subjects: SubjectsOf, objects: ObjectsOf, out: PhraseClause[]): void {
  for (const hit of execAll(JOINED_IN, doc.body)) {
    const at = hit.index ?? 0;
    const joined = mentionAt(doc, at + hit[0].length);
    if (!joined || inQuote(doc, at)) continue;
    const tail = IN_ING.exec(doc.body.slice(joined.end, joined.end + 40));
    const kind = tail?.[1] ? STANCE_PARTICIPLES_ING.get(tail[1].toLowerCase()) : undefined;
    if (!tail || !kind) continue;
    const s = sentenceOf(doc, at);
    const from = subjects(doc, s, at);
    const to = from.length > 0 ? objects(doc, s, joined.end + tail[0].length) : [];
    if (to.length > 0) out.push({ kind, at, from, to });
  }
}

/** Every reciprocal or joined stance of the body. */
export function reciprocalClauses(doc: EntityDoc, subjects: SubjectsOf, objects: ObjectsOf): PhraseClause[] {
  const out: PhraseClause[] = [];
  for (const hit of findPhrases(doc, phraseMatcher(EACH_OTHER, "giu"))) {
    const verb = FORM_BEFORE.exec(doc.body.slice(Math.max(0, hit.start - 30), hit.start));
    const form = (verb?.[1] ?? "").toLowerCase();
    const kind = STANCE_FORMS.get(form) ?? STANCE_PARTICIPLES_ING.get(form);
    const at = hit.start - (verb?.[0].length ?? 0);
    if (kind && !inQuote(doc, at)) pairs(doc, subjects, kind, at, out);
  }
  for (const hit of execAll(TRADED, doc.body)) {
    const kind = TRADED_NOUNS[(hit[1] ?? "").toLowerCase()];
    if (kind && !inQuote(doc, hit.index ?? 0)) pairs(doc, subjects, kind, hit.index ?? 0, out);
  }
  joiners(doc, subjects, objects, out);
  return out;
}
