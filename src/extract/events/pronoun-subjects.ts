// Pronoun subjects of an act that entity recognition leaves unresolved: "She said she and her
// Colombian counterpart would meet …" (the speaker and the counterpart's state) and "They also
// agreed to …" (the parties of the act just told).
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import type { EventParticipant } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

/** "he and his", "she and her" right before a subject: the pronoun is a person of the sentence. */
const PRONOUN_AND_POSSESSIVE =
  /\b(?:he[\s\u00a0]+and[\s\u00a0]+his|she[\s\u00a0]+and[\s\u00a0]+her)[\s\u00a0]+$/iu;

/**
 * "Paredes said she and her Colombian counterpart would meet": the speaker of the reported clause
 * holding the trigger joins the subject found after "and her".
 */
export function pronounPartner(
  doc: EntityDoc,
  t: Trigger,
  subjectStart: number,
  statements: readonly FoundStatement[],
): string | undefined {
  if (
    !PRONOUN_AND_POSSESSIVE.test(doc.body.slice(Math.max(t.sentence.start, subjectStart - 20), subjectStart))
  )
    return undefined;
  const st = statements.find(
    (x) => x.kind === "paraphrase" && x.evidence.some((e) => e.start <= subjectStart && t.end <= e.end),
  );
  return st && doc.actors.get(st.speakerId)?.kind === "Person" ? st.speakerId : undefined;
}

interface Told {
  trigger: Trigger;
  participants: EventParticipant[];
}

/** "They" opening the sentence, at most an adverb before it. */
const THEY_OPENING = /^(?:\p{Lu}\p{Ll}+ly,?[\s\u00a0]+)?they\b/iu;

/**
 * "… the two sides agreed to hold a dialogue. They also agreed to …": a sentence-opening "They" is
 * the two or more parties of the latest act of the sentence before.
 */
export function theyAntecedent(doc: EntityDoc, t: Trigger, drafts: readonly Told[]): string[] {
  if (!THEY_OPENING.test(doc.body.slice(t.sentence.start, t.start))) return [];
  const prev = drafts
    .filter((d) => d.trigger.sentence.index === t.sentence.index - 1 && d.participants.length >= 2)
    .pop();
  return prev?.participants.filter((p) => p.role !== "target").map((p) => p.actorId) ?? [];
}

/** "its aircraft had struck", "its officers had arrested": the speaker's own forces right before the verb. */
const OWN_FORCES = new RegExp(
  `\\b(?:its|their)${WS}+(?:own${WS}+)?(?:aircraft|warplanes|jets|drones|forces|troops|soldiers|fighters|officers|agents|police|units|commandos|gunboats|ships|vessels)(?:${WS}+(?:had|have|has|also|then|later))*${WS}+$`,
  "iu",
);

/**
 * "The army said its aircraft had struck two camps", "X said its fighters had shot down a helicopter":
 * the forces of the body reporting the act are its agent (a person speaking has no forces of their own).
 */
export function ownForcesAgent(doc: EntityDoc, t: Trigger, statements: readonly FoundStatement[]): string[] {
  if (t.via !== "verb" || !OWN_FORCES.test(doc.body.slice(Math.max(t.sentence.start, t.start - 50), t.start)))
    return [];
  const st = statements.find((x) => x.evidence.some((e) => e.start <= t.start && t.end <= e.end));
  // Without a statement found, the actor right before the reporting verb of the clause.
  const reporter = mentionsIn(doc, t.sentence.start, t.start)
    .filter((m) => REPORTED_TO.test(doc.body.slice(m.end, t.start)))
    .pop();
  const speaker = doc.actors.get(st?.speakerId ?? reporter?.actorId ?? "");
  return speaker && speaker.kind !== "Person" ? [speaker.id] : [];
}

const REPORTED_TO = new RegExp(
  `^${WS}+(?:said|says|claimed|claims|announced|reported)\\b[^.;“”"]{0,90}\\bthat${WS}[^.;“”"]{0,40}$`,
  "u",
);

/** "Soto and her", "the Peruvian minister and his": a named actor, a few title words, then "and" and a possessive. */
const NAMED_AND_POSSESSIVE = new RegExp(
  `^(?:[’']s)?(?:${WS}+[\\p{Ll}-]+){0,3}${WS}+and${WS}+(?:his|her|their)${WS}+$`,
  "u",
);

/**
 * "Soto and her Chilean counterpart will meet", "the Peruvian minister and his Chilean counterpart
 * met": the actor named before "and his|her" joins the subject found after it.
 */
export function namedPartner(doc: EntityDoc, t: Trigger, subjectStart: number): string | undefined {
  const from = Math.max(t.sentence.start, subjectStart - 60);
  if (!/\band[\s\u00a0]+(?:his|her|their)[\s\u00a0]+$/u.test(doc.body.slice(from, subjectStart)))
    return undefined;
  const m = mentionsIn(doc, from, subjectStart)
    .filter((x) => NAMED_AND_POSSESSIVE.test(doc.body.slice(x.end, subjectStart)))
    .pop();
  return m?.actorId;
}
