// Names the attribution sieve that decided a statement's speaker and its confidence. The sieves run
// in a fixed order (see `AttributionSieve`); speakers.ts and statements.ts do the reading, this module
// classifies the reading they made so every statement records how its speaker was found.
import type { ActorMention, EntityDoc } from "../doc.ts";
import type { Attribution, AttributionSieve } from "../types.ts";
import type { SpeakerReading } from "./speakers.ts";

/**
 * How sure each sieve's reading is: hand-set in the order of reliability seen on the dev set
 * (adjacent, pronoun and appositive readings were right in 9 or more of 10 found statements, the
 * bare sentence subject in about 4 of 10 before its parenthetical and relative-clause rules).
 */
export const SIEVE_CONFIDENCE: Record<AttributionSieve, number> = {
  "verb-adjacent": 0.95,
  appositive: 0.9,
  "passive-agent": 0.9,
  "according-to": 0.9,
  "sentence-subject": 0.6,
  title: 0.8,
  pronoun: 0.8,
  "paragraph-continuation": 0.75,
  "accusation-continuation": 0.6,
  collective: 0.8,
};

export const attribution = (sieve: AttributionSieve): Attribution => ({
  sieve,
  confidence: SIEVE_CONFIDENCE[sieve],
});

/**
 * Words allowed between a subject and its verb: time adverbials ("on Friday", "Thursday", "late on
 * Monday"), "also", "later", "in a statement", "has", "had".
 */
const ADJACENT_GAP =
  /^[\s\u00a0]*(?:(?:on|late|early|in|a|an|the|also|later|then|again|has|had|have|separately|statement|\p{Lu}\p{Ll}+day|morning|evening|night|afternoon)[\s\u00a0,]+)*$/u;
/** ", <appositive>, " between a name and the verb ("Ana Ruiz, the bloc's trade commissioner, said"). */
const APPOSITIVE_GAP = /^,[^,;.“”"]{2,120},[\s\u00a0]*(?:(?:also|later|then)[\s\u00a0]+)?$/u;

/** Classifies how `reading` found its speaker for the reporting verb starting at `verbStart`. */
export function classifyReading(
  doc: EntityDoc,
  reading: SpeakerReading & { mention: ActorMention },
  verbStart: number,
  verbEnd: number,
): Attribution {
  const m = reading.mention;
  switch (reading.via) {
    case "passive-agent":
      return attribution("passive-agent");
    case "frame":
      return attribution("according-to");
    case "inverted":
      return attribution(
        /^[\s\u00a0]*$/.test(doc.body.slice(verbEnd, m.start)) ? "verb-adjacent" : "sentence-subject",
      );
    default:
      break;
  }
  if (m.kind === "pronoun") return attribution("pronoun");
  if (m.kind === "title") return attribution("title");
  if (m.end <= verbStart) {
    const gap = doc.body.slice(m.end, verbStart);
    if (ADJACENT_GAP.test(gap)) return attribution("verb-adjacent");
    // "<role phrase>, Name, said": the name closes an appositive frame.
    if (/^,[\s\u00a0]*$/.test(gap)) return attribution("appositive");
    if (APPOSITIVE_GAP.test(gap)) return attribution("appositive");
  }
  return attribution("sentence-subject");
}
