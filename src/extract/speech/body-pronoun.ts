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
  const before = doc.body.slice(s.start, verbStart);
  const closing = CLOSING_IT.exec(before);
  if (!OPENING_IT.test(before) && !closing) return undefined;
  const prev = doc.sentences[s.index - 1];
  if (!prev) return undefined;
  // A paragraph opening with "It said …" goes on from the body that spoke last in the one before.
  const spoke = previousSpeaker(prev);
  // Without a speaker there, "It said" may still open a paragraph after one whose last sentence opens
  // with its subject ("Kenya’s foreign ministry summoned the envoy on Monday. ¶ It said …").
  const nextParagraph = prev.paragraph === s.paragraph - 1;
  if (prev.paragraph !== s.paragraph && !(nextParagraph && (spoke || !closing))) return undefined;
  const named = previousSubject(doc, prev, spoke);
  if (!named || named.actorId.startsWith("person:")) return undefined;
  if (prev.paragraph !== s.paragraph && !spoke && !opensSentence(doc, prev, named)) return undefined;
  // "The note asked for …, it said.": the pronoun stands where the subject is read.
  if (!closing) return named;
  const at = s.start + closing.index + closing[0].search(/it/i);
  return { ...named, start: at, end: at + 2, sentence: s.index, text: "it" };
}

/** The mention is the sentence's subject: at most a determiner and three words (an owner) before it. */
function opensSentence(doc: EntityDoc, s: Sentence, m: ActorMention): boolean {
  return /^(?:[\p{L}’'.-]+[\s\u00a0]+){0,3}$/u.test(doc.body.slice(s.start, m.start));
}

/** ", it said", ", it added", ",” it said": a closing pronoun subject after what was said. */
export const CLOSING_IT = /,[”"]?[\s\u00a0]+it[\s\u00a0]+(?:(?:also|later|then|again)[\s\u00a0]+)?$/i;

/** The previous sentence's speaker as a mention there, else its first actor outside quotes. */
function previousSubject(
  doc: EntityDoc,
  prev: Sentence,
  spoke: string | undefined,
): ActorMention | undefined {
  const ms = mentionsIn(doc, prev.start, prev.end);
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
  return named;
}
