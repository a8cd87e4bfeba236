// "Asked about claims by X that …, she said": the person named inside the question is not who
// answers it. The pronoun that answers goes on from the latest person who spoke before the sentence.
import type { ActorMention, EntityDoc } from "../doc.ts";
import type { Sentence } from "../types.ts";

/** A participial opener that frames a question put to the speaker, up to the comma before "she". */
const QUESTION_OPENER =
  /^(?:Asked|Questioned|Pressed|Responding|Replying|Reacting)\b[^;:“”"]*,[\s\u00a0]*(?:(?:he|she|they)[\s\u00a0]+)$/iu;

/**
 * The speaker a pronoun subject should have when the entity pass tied it to a person named inside a
 * question opener: `previousPerson` (the latest person credited before this sentence), else the reading.
 */
export function answerSpeaker(
  doc: EntityDoc,
  s: Sentence,
  mention: ActorMention,
  previousPerson: string | undefined,
): ActorMention {
  if (mention.kind !== "pronoun" || !previousPerson || previousPerson === mention.actorId) return mention;
  if (!QUESTION_OPENER.test(doc.body.slice(s.start, mention.end + 1))) return mention;
  const namedInQuestion = doc.mentions.some(
    (m) =>
      m.actorId === mention.actorId && m.start >= s.start && m.end <= mention.start && m.kind !== "pronoun",
  );
  return namedInQuestion ? { ...mention, actorId: previousPerson } : mention;
}
