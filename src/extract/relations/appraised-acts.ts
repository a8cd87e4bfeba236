// Criticism told in passing as the reaction to the sentence's act: "Chile deployed two frigates near
// the islets, a step that Peru described as unacceptable", "…, a move Bolivia condemned as reckless",
// "…, a decision condemned by Peru", "…, drawing sharp criticism from Peru", "…, prompting a protest
// from Lima", "…, which Peru denounced". The reacting party criticises the sentence's subject.
import { type EntityDoc, evidence, mentionsIn } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll, phrasesRegex } from "../text/text.ts";
import { stateOf, type VoiceOf } from "./adversaries.ts";
import { CONDEMNING_LABEL } from "./labelled-acts.ts";
import type { RelationSet } from "./relation-set.ts";

const ACT = `(?:step|move|decision|measure|act|action|deployment|incident)`;
/** ", a step (that) " / ", which ": the reaction clause opening after the act. */
const OPENING = new RegExp(
  `,${WS}+(?:(?:a|an|the)${WS}+(?:[\\p{Ll}-]+${WS}+)?${ACT}${WS}+(?:(?:that|which)${WS}+)?|which${WS}+)`,
  "giu",
);
/** After the reacting party: a verb that condemns by itself, or one that labels (then the label must condemn). */
const CONDEMNS = new RegExp(
  `^${WS}+(?:(?:has|had|have|quickly|swiftly|promptly|immediately|sharply|strongly)${WS}+)*(?:condemned|denounced|criticised|criticized|decried|deplored|protested|slammed|rejected)\\b`,
  "iu",
);
const LABELS = new RegExp(
  `^${WS}+(?:(?:has|had|have)${WS}+)?(?:called|described${WS}+as|termed|branded|labell?ed|dismissed${WS}+as)\\b`,
  "iu",
);
/** ", a decision condemned by Peru", ", drawing criticism from Peru", ", prompting a protest from Lima". */
const PASSIVE = new RegExp(
  `,${WS}+(?:(?:a|an|the)${WS}+(?:[\\p{Ll}-]+${WS}+)?${ACT}${WS}+(?:(?:swiftly|quickly|sharply|strongly|widely)${WS}+)?(?:condemned|denounced|criticised|criticized|decried)${WS}+by|(?:drawing|prompting|triggering|sparking|provoking|earning)${WS}+(?:an?${WS}+)?(?:(?:sharp|swift|strong|angry|formal|immediate)${WS}+)?(?:criticism|condemnation|protests?|rebukes?|complaints?)${WS}+from)${WS}+(?:the${WS}+)?$`,
  "iu",
);

/** A word of every reaction read here: a quick test before the sentence is read closely. */
const REACTION_WORD =
  /\b(?:condemned|denounced|critici[sz]ed|decried|deplored|protested|slammed|rejected|called|described|termed|branded|labell?ed|dismissed|criticism|condemnation|protests?|rebukes?|complaints?)\b/iu;

/** The reacting party: the actor named right after the opening, or right before the passive tail. */
function reactions(doc: EntityDoc, s: { start: number; end: number; text: string }) {
  const found: { from: string; at: number; end: number }[] = [];
  const criticism = phrasesRegex(doc.knowledge.criticismWords, "iu");
  for (const m of execAll(OPENING, s.text)) {
    const at = s.start + (m.index ?? 0) + m[0].length;
    const who = mentionsIn(doc, at, at + 60)[0];
    if (!who || who.start !== at || who.kind === "pronoun") continue;
    const rest = doc.body.slice(who.end, s.end);
    const label = LABELS.exec(rest);
    if (!CONDEMNS.test(rest) && !(label && (criticism.test(rest) || CONDEMNING_LABEL.test(rest)))) continue;
    found.push({ from: who.actorId, at: s.start + (m.index ?? 0), end: s.end });
  }
  for (const who of mentionsIn(doc, s.start, s.end)) {
    if (who.kind === "pronoun" || !PASSIVE.test(doc.body.slice(s.start, who.start))) continue;
    const tail = PASSIVE.exec(doc.body.slice(s.start, who.start));
    found.push({ from: who.actorId, at: s.start + (tail?.index ?? 0), end: who.end });
  }
  return found;
}

/** CRITICIZES from each reacting party (and whom it speaks for) to the state of the sentence's subject. */
export function appraisedActs(doc: EntityDoc, voiceOf: VoiceOf, out: RelationSet): void {
  for (const s of doc.sentences) {
    if (!s.text.includes(",") || !REACTION_WORD.test(s.text)) continue;
    for (const r of reactions(doc, s)) {
      const subject = mentionsIn(doc, s.start, r.at).find((m) => m.kind !== "pronoun");
      if (!subject || !doc.actors.has(subject.actorId)) continue;
      const to = stateOf(doc, subject.actorId);
      const from = [r.from, ...(voiceOf.get(r.from) ?? [])];
      if (!doc.actors.has(to) || from.some((f) => stateOf(doc, f) === to)) continue;
      for (const source of from)
        out.add("CRITICIZES", source, to, { evidence: [evidence(doc, s.start, r.end)] });
    }
  }
}
