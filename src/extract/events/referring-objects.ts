// "He was released after questioning", "Eight of the men were later freed on bail", "…, who were
// released on bail": wire copy tells a release in the passive of a pronoun or a plain noun for
// people it named before. The lexicon lists the people by kind ("detainees", "fishermen"); a
// referring subject stands for them when a taking of people (an arrest, a detention, an abduction)
// was told just before, so the release is of those taken.
import type { Doc } from "../doc.ts";
import type { EventType } from "../knowledge/knowledge.ts";
import { WS } from "../text/patterns.ts";
import type { Sentence, Span } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

const COUNT =
  "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|most|all|several|many|both|half)";

/** "he", "they", "who", "the men", "the two", "all 12", "eight of the men", "all of them": the passive's referring subject. */
const REFERRING_SUBJECT = new RegExp(
  `(?:^|[\\s\\u00a0(,;])(he|she|they|who|both|(?<=(?:^|[;.][\\s\\u00a0]+))${COUNT}|(?:the|those|these)${WS}+(?:men|women|people|group|pair|trio|two|three|four|five|six)|(?:all|the|those|these)${WS}+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|${COUNT}${WS}+of${WS}+(?:them|(?:the|those|these)${WS}+(?:\\p{Ll}+${WS}+)?\\p{Ll}+))(?:${WS}+(?:had|have|has)${WS}+been|${WS}+(?:were|was))${WS}+(?:(?:later|subsequently|eventually|since|then|also|all|\\p{Ll}+ly)${WS}+)?$`,
  "iu",
);

/** A taking of people told before ("arrested", "were detained", "abducted", "in custody"). */
const TAKEN = /\b(?:arrest|detain|abduct|kidnap|captur|seiz|jail|imprison|custody|held\b|holding\b)/iu;

/** "released from custody", "freed from jail": the complement names the taking it ends. */
const FROM_CUSTODY = new RegExp(
  `^${WS}+(?:\\p{Ll}+ly${WS}+)?from${WS}+(?:(?:police|pre-trial|his|her|their)${WS}+)?(?:custody|jail|prison|detention)(?![\\p{L}])`,
  "u",
);

const takesCaptives = (type: EventType) => type.objects.includes("detainees");

/**
 * The referring subject of a passive release verb, when a taking of people is told in its sentence
 * before it or in the two sentences before; undefined otherwise.
 */
export function referringObject(
  doc: Doc,
  s: Sentence,
  verb: Span,
  type: EventType,
): (Trigger["object"] & { referring: true }) | undefined {
  if (!takesCaptives(type)) return undefined;
  const lead = doc.body.slice(Math.max(s.start, verb.start - 70), verb.start);
  const m = REFERRING_SUBJECT.exec(lead);
  if (!m?.[1]) return undefined;
  // "He was released from custody": the release's own complement may tell the taking.
  const from = doc.sentences[Math.max(0, s.index - 2)]?.start ?? s.start;
  const complement = FROM_CUSTODY.exec(doc.body.slice(verb.end, Math.min(s.end, verb.end + 40)));
  if (!complement && !TAKEN.test(doc.body.slice(from, verb.start))) return undefined;
  const start = verb.start - lead.length + (m.index ?? 0) + m[0].indexOf(m[1]);
  const label = m[1];
  return { start, end: start + label.length, head: "detainees", label, referring: true };
}
