// "Gunmen killed five people", "the rebels seized two towns": wire copy often leaves the attackers
// unnamed. An act that needs an agent still happened when its subject is such an armed-group noun,
// written right before the verb; the event then has no source actor.
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

const ARMED_NOUNS = [
  "gunmen",
  "gunman",
  "rebels",
  "militants",
  "insurgents",
  "jihadists",
  "attackers",
  "suicide bomber",
  "suicide bombers",
  "armed men",
  "fighters",
  "bandits",
];

// The noun (with up to two modifiers: "suspected jihadist fighters", "armed rebels"), optional
// auxiliaries or one adverb, then the trigger.
const SUBJECT_END = new RegExp(
  `(?:^|[\\s\\u00a0(“"])(?:${ARMED_NOUNS.join("|")})(?:${WS}+(?:have|has|had|also|then|reportedly|allegedly))*${WS}+$`,
  "iu",
);

/** Is the verb trigger's subject an unnamed armed group ("gunmen", "the rebels")? */
export function armedGroupSubject(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb") return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 60), t.start);
  return SUBJECT_END.test(before);
}

// "denied that its troops had fired on anyone": a denial reports no act of its own; the
// accusation it answers, if any, carries the event.
const DENIAL = new RegExp(`\\b(?:denied|denies|deny|denying)${WS}+(?:that${WS}+)?[^,;.]{0,50}$`, "u");

/** Is the verb trigger inside a denial ("X denied that its forces had attacked …")? */
export function deniedAct(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb") return false;
  return DENIAL.test(doc.body.slice(Math.max(t.sentence.start, t.start - 70), t.start));
}

// "Border clashes killed three soldiers", "the blast killed eleven": the killing is the toll of an
// act already named as its subject, not a second act.
const ACT_SUBJECT =
  /\b(?:clashes|fighting|attacks?|strikes?|airstrikes?|raids?|shelling|bombings?|explosions?|blasts?|offensive|ambush)\b[^,;.]{0,40}$/iu;

/** Is a killing verb the toll of an attack noun written as its subject? */
export function tollOfNamedAct(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb" || !/^kill/i.test(t.text)) return false;
  return ACT_SUBJECT.test(doc.body.slice(Math.max(t.sentence.start, t.start - 60), t.start));
}
