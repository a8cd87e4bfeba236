// The accusation a party rejects is an accusation against it by its owner: "Chad rejected accusations
// by Sudan’s army that it …", "Peru denied Chile’s allegation that it had …" (Sudan's army accuses
// Chad; Chile accuses Peru), whatever words the rejection itself uses.
import { type ActorMention, type EntityDoc, evidence, inQuote, sentenceOf } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { findPhrases, phraseMatcher } from "../text/word-index.ts";
import { stateOf, type VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

// Not "claims": "rejects Beijing’s claims" is as often a claim to territory.
const NOUNS = ["accusation", "accusations", "allegation", "allegations", "charge", "charges"];
/** The rejecting subject and verb, then an article or nothing, right before the accuser or the noun. */
const REJECTED = new RegExp(
  `(?:rejected|rejects|denied|denies|dismissed|dismisses|rebuffed|rebuffs|refuted|refutes|brushed${WS}+aside|brushes${WS}+aside)${WS}+(?:the${WS}+)?(?:[\\p{Ll}-]+${WS}+)?$`,
  "u",
);
const BY_ACCUSER = new RegExp(`^${WS}+(?:by|from)${WS}+(?:the${WS}+)?`, "u");

const isParty = (doc: EntityDoc, m: ActorMention | undefined): m is ActorMention =>
  m !== undefined && m.kind !== "pronoun" && doc.actors.has(m.actorId);

/** Who owns the accusation at `hit`: "Chile’s accusation", "accusations by Sudan’s army". */
function accuserOf(doc: EntityDoc, start: number, end: number): ActorMention | undefined {
  const by = BY_ACCUSER.exec(doc.body.slice(end, end + 12));
  if (by) return doc.mentions.find((m) => m.start === end + by[0].length);
  const owner = doc.mentions.filter((m) => m.end <= start && m.end >= start - 25).pop();
  const between = owner ? doc.body.slice(owner.end, start) : "";
  return owner && /^(?:[’']s?)?(?:[\s\u00a0]+[\p{Ll}-]+)?[\s\u00a0]+$/u.test(between) ? owner : undefined;
}

/** ACCUSES from the owner of a rejected accusation (and whom it speaks for) to the rejecting party. */
export function rejectedAccusations(doc: EntityDoc, voiceOf: VoiceOf, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(NOUNS, "giu"))) {
    if (inQuote(doc, hit.start)) continue;
    const accuser = accuserOf(doc, hit.start, hit.end);
    if (!isParty(doc, accuser)) continue;
    const s = sentenceOf(doc, hit.start);
    const verbEnd = Math.min(hit.start, accuser.start);
    const verb = REJECTED.exec(doc.body.slice(s.start, verbEnd));
    if (!verb) continue;
    // The rejecting party is the sentence's subject: its first party, before the verb.
    const subject = doc.mentions.find(
      (m) => m.start >= s.start && m.end <= s.start + verb.index && isParty(doc, m),
    );
    if (!subject || stateOf(doc, subject.actorId) === stateOf(doc, accuser.actorId)) continue;
    const to = stateOf(doc, subject.actorId);
    for (const from of [accuser.actorId, ...(voiceOf.get(accuser.actorId) ?? [])])
      if (stateOf(doc, from) !== to)
        out.add("ACCUSES", from, to, { evidence: [evidence(doc, subject.start, hit.end)] });
  }
}
