// "blamed hackers working for X for an attack that crippled the railway", "the Oct. 17 attack had
// been carried out by a group the cyber agency tracks": in a sentence about hackers or cyber
// security, a plain "attack" is a cyberattack, not an armed one.
import type { Doc } from "../doc.ts";
import type { EventType } from "../knowledge/knowledge.ts";
import { sentenceAt } from "../text/sentences.ts";
import { findAll } from "../text/text.ts";
import type { Trigger } from "./event-triggers.ts";

/** Words that put a sentence in cyberspace. */
const CYBER_CUE =
  /\b(?:hack(?:ers?|ing|ed)|cyber[\p{L}-]*|malware|ransomware|spyware|phishing|servers?|computer[\s\u00a0]+(?:networks?|systems?))\b/iu;

/** Words of armed force: an attack told beside them is an armed one, whoever reports it. */
const ARMED_CUE =
  /\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|dead|soldiers|troops|gunmen|militants|rebels|shell(?:s|ed|ing)|drones?|missiles?|rockets?|bomb(?:s|ed|ing)?|artillery|mortars?|explosi(?:on|ons|ves?)|blasts?)\b/iu;

const cyberSentence = (text: string) => CYBER_CUE.test(text) && !ARMED_CUE.test(text);

/** A plain attack noun, with or without "on" ("an attack that crippled …", "the attack on the ministry"). */
const ATTACK = /(?<![\p{L}-])attacks?(?:[\s\u00a0]+on)?(?![\p{L}-])/giu;

const cyberCache = new WeakMap<object, EventType | undefined>();

function cyberType(doc: Doc): EventType | undefined {
  if (!cyberCache.has(doc.knowledge))
    cyberCache.set(
      doc.knowledge,
      doc.knowledge.eventTypes.find((x) => x.type === "cyberattack" && x.verbs.length > 0),
    );
  return cyberCache.get(doc.knowledge);
}

/**
 * Plain attack nouns of sentences that speak of hackers or cyber security become cyberattack
 * triggers: armed-attack triggers on the same words are retyped, bare ones are added.
 */
export function cyberAttacks(doc: Doc, triggers: Trigger[]): Trigger[] {
  const cyber = cyberType(doc);
  if (!cyber || !CYBER_CUE.test(doc.body)) return triggers;
  const out = triggers.map((t) =>
    t.type.type === "military-attack" &&
    t.via === "noun" &&
    /^attacks?\b/i.test(t.text) &&
    cyberSentence(t.sentence.text)
      ? { ...t, type: cyber }
      : t,
  );
  for (const m of findAll(ATTACK, doc.body)) {
    const end = m.end;
    const sentence = doc.sentences[sentenceAt(doc.sentences, m.start)];
    if (!sentence || end > sentence.end || !cyberSentence(sentence.text)) continue;
    if (out.some((t) => t.start < end && m.start < t.end)) continue;
    out.push({ start: m.start, end, type: cyber, text: m.text, via: "noun", sentence });
  }
  return out.sort((a, b) => a.start - b.start);
}
