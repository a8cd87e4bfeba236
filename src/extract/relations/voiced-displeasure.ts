// Displeasure voiced at another party is criticism of it (CAMEO 11x disapprove): "Peru conveyed its
// strong displeasure to Chile’s envoy", "expressed dissatisfaction with Chile over the arrests",
// "voiced its opposition to Chile’s plan". Concern alone is left alone: it also voices sympathy.
import { type EntityDoc, evidence, inQuote, lastMentionBefore, sentenceOf } from "../doc.ts";
import { WEEKDAY_NAMES, WS } from "../text/patterns.ts";
import { findPhrases, phraseMatcher } from "../text/word-index.ts";
import { stateOf, type VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

const VOICING = [
  "expressed",
  "expresses",
  "voiced",
  "voices",
  "conveyed",
  "conveys",
  "registered",
  "registers",
  "made clear",
];
/** The feeling voiced, then the party it is voiced to or at ("to Chile’s envoy", "with Chile", "at Chile’s …"). */
const DISPLEASURE = new RegExp(
  `^${WS}+(?:(?:its|their|his|her|a|an|the)${WS}+)?(?:(?:strong|strongest|deep|grave|serious|profound|great|firm|sharp|utmost)${WS}+)?` +
    `(?:displeasure|dissatisfaction|indignation|outrage|anger|disappointment|discontent|objections?|opposition|disapproval|condemnation)` +
    `${WS}+(?:to|with|at|over|against)${WS}+(?:the${WS}+)?`,
  "iu",
);
const DAY = `on${WS}+(?:${WEEKDAY_NAMES.join("|")})`;
/** Between the subject and the verb: auxiliaries and adverbials only. */
const GAP = new RegExp(`^(?:${WS}+(?:has|have|had|also|again|formally|officially|${DAY}))*${WS}+$`, "u");

/** CRITICIZES from the party voicing displeasure (and whom it speaks for) to the state it is voiced at. */
export function voicedDispleasure(doc: EntityDoc, voiceOf: VoiceOf, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(VOICING, "giu"))) {
    if (inQuote(doc, hit.start)) continue;
    const tail = DISPLEASURE.exec(doc.body.slice(hit.end, hit.end + 90));
    if (!tail) continue;
    const at = hit.end + tail[0].length;
    const target = doc.mentions.find((m) => m.start === at);
    const subject = lastMentionBefore(doc, hit.start);
    if (!target || target.kind === "pronoun" || !doc.actors.has(target.actorId)) continue;
    if (!subject || subject.kind === "pronoun" || !doc.actors.has(subject.actorId)) continue;
    if (subject.start < sentenceOf(doc, hit.start).start || !GAP.test(doc.body.slice(subject.end, hit.start)))
      continue;
    // "… to Chile’s envoy", "to the Chilean embassy": the state behind the one addressed.
    const to = stateOf(doc, target.actorId);
    const from = [subject.actorId, ...(voiceOf.get(subject.actorId) ?? [])];
    if (from.some((f) => stateOf(doc, f) === to)) continue;
    for (const source of from)
      out.add("CRITICIZES", source, to, { evidence: [evidence(doc, subject.start, target.end)] });
  }
}
