// "Kenyan Foreign Minister A and her Ugandan counterpart B said …", "A and B said in a joint
// statement …": two people coordinated as the subject of one reporting verb both speak (guide: a
// coordinated subject gives one statement per speaker).
import { type ActorMention, type EntityDoc, inQuote, mentionsIn } from "../doc.ts";
import type { Sentence } from "../types.ts";

/** Between the two names: "and", maybe "his/her" and up to four role words ("her Ugandan counterpart"). */
const PAIR_GAP = /^[\s\u00a0]+and[\s\u00a0]+(?:(?:his|her|their)[\s\u00a0]+)?(?:[\p{L}-]+[\s\u00a0]+){0,4}$/u;
/** Role words only: no verb forms, no clause words. */
const ROLE_WORDS = /\b(?:said|says|told|who|which|that|met|was|were|is|are|had|has|have|[\p{Ll}]+ed)\b/u;
/** What may open the sentence before the first name: a role prefix of capitalised words or a demonym. */
const ROLE_PREFIX = /^[\s\u00a0]*(?:(?:The|the)[\s\u00a0]+)?(?:\p{Lu}[\p{L}.’'-]*[\s\u00a0]+){0,4}$/u;
/** Between the second name and the verb: adverbials only. */
const BEFORE_VERB = /^[\s\u00a0]+(?:(?:also|jointly|later|then|on[\s\u00a0]+\p{Lu}\p{Ll}+day)[\s\u00a0]+)*$/u;

export function personPair(
  doc: EntityDoc,
  s: Sentence,
  speakerStart: number,
  verbStart: number,
): ActorMention[] {
  const people = mentionsIn(doc, s.start, verbStart).filter(
    (m) =>
      m.actorId.startsWith("person:") &&
      m.kind !== "possessive" &&
      m.kind !== "pronoun" &&
      !inQuote(doc, m.start),
  );
  // The speaker read may be either name of the pair.
  const at = people.findIndex((m) => m.start === speakerStart);
  if (at < 0) return [];
  const [first, second] = people[at + 1] ? [people[at], people[at + 1]] : [people[at - 1], people[at]];
  if (!first || !second || first.actorId === second.actorId) return [];
  const gap = doc.body.slice(first.end, second.start);
  if (!PAIR_GAP.test(gap) || ROLE_WORDS.test(gap.replace(/^[\s\u00a0]+and/u, ""))) return [];
  if (!ROLE_PREFIX.test(doc.body.slice(s.start, first.start))) return [];
  return BEFORE_VERB.test(doc.body.slice(second.end, verbStart)) ? [first, second] : [];
}
