// "The ministry said … . In a statement, it called …": "it" opening a clause (after at most a short
// adverbial) continues the body or state that was the subject of the sentence before. People are
// "he"/"she" (coreference.ts), so only organisations and countries qualify.

import { type ActorMention, type EntityDoc, inQuote, inSpans, mentionsIn } from "../doc.ts";
import type { Sentence } from "../types.ts";

/** "It said", "In a statement, it said", "On Friday, it also said", "“…,” it said". */
const OPENING_IT =
  /^(?:[^,;:“”"]{1,60},[\s\u00a0]+|[“"][^“”"]+[”"][\s\u00a0]*)?it[\s\u00a0]+(?:(?:also|later|then|again)[\s\u00a0]+)?$/i;

/**
 * The body an opening "it" before `verbStart` refers to: the speaker of the previous sentence's
 * statement (`previousSpeaker`, if any), else that sentence's first actor outside quotes.
 */
export function openingItSubject(
  doc: EntityDoc,
  s: Sentence,
  verbStart: number,
  previousSpeaker: (prev: Sentence) => string | undefined,
): ActorMention | undefined {
  if (!OPENING_IT.test(doc.body.slice(s.start, verbStart))) return undefined;
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return undefined;
  const ms = mentionsIn(doc, prev.start, prev.end);
  const spoke = previousSpeaker(prev);
  const subject = (spoke ? ms.filter((m) => m.actorId === spoke) : ms).find(
    // The speaker may be named by a possessive ("Ruritania’s government said"); a bare possessive
    // determiner is no subject otherwise.
    (m) => (spoke || m.kind !== "possessive") && !inQuote(doc, m.start) && !inSpans(doc.appositives, m.start),
  );
  // A speaker found by a definite noun ("The ministry said …") has no mention of its own there.
  const named =
    subject ??
    (spoke
      ? {
          actorId: spoke,
          start: prev.start,
          end: prev.start,
          sentence: prev.index,
          kind: "name" as const,
          text: "",
        }
      : undefined);
  return named && !named.actorId.startsWith("person:") ? named : undefined;
}
