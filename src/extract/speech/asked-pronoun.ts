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

/**
 * "The army’s spokesman, Juan Ruiz, rejected the account. The men were farmers, he said.": a "he"/
 * "she" subject continues the person who spoke in the sentence before (same paragraph), when the
 * entity pass tied it to a person named in neither sentence (an earlier speaker paragraphs back) or
 * only inside what was said before ("…, Y said of the envoy Z. “…,” he told reporters": Y goes on).
 * After an unnamed source ("…, an embassy official said. He said …") it continues the body or state
 * that source spoke for.
 */
export function continuedSpeaker(
  doc: EntityDoc,
  s: Sentence,
  mention: ActorMention,
  previousSpeaker: string | undefined,
  /** What was said in the sentence before: a person named inside it is talked about, not speaking. */
  saidBefore: readonly { start: number; end: number }[] = [],
): ActorMention {
  if (mention.kind !== "pronoun" || !previousSpeaker) return mention;
  if (previousSpeaker === mention.actorId || !mention.actorId.startsWith("person:")) return mention;
  if (!/^(?:he|she)$/i.test(mention.text)) return mention;
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return mention;
  if (!previousSpeaker.startsWith("person:") && !hasUnnamedSource(doc, prev)) return mention;
  // A closing "…, he added" follows what was said: a person named inside it is not who says it.
  const closing = /,[”"]?[\s\u00a0]+$/u.test(doc.body.slice(s.start, mention.start));
  const until = closing ? prev.end : mention.start;
  const named = doc.mentions.some(
    // By name: a title ("the spokesman for X, Juan Ruiz,") may itself be tied to the earlier person.
    (m) =>
      m.actorId === mention.actorId &&
      m.kind === "name" &&
      m.start >= prev.start &&
      m.end <= until &&
      !saidBefore.some((x) => m.start >= x.start && m.end <= x.end),
  );
  return named ? mention : { ...mention, actorId: previousSpeaker };
}

/** "an official at …", "a ministry spokesman", "two senior sources": a person left unnamed. */
const UNNAMED_PERSON =
  /\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)[\s\u00a0]+(?:[\p{L}’'-]+[\s\u00a0]+){0,4}(?:officials?|officers?|sources?|diplomats?|spokes(?:man|woman|person))\b/u;

/** Sentence `prev` names an unnamed source outside its quotations. */
function hasUnnamedSource(doc: EntityDoc, prev: Sentence): boolean {
  const text = doc.body.slice(prev.start, prev.end).replace(/[“"][^”"]*[”"]/gu, "");
  return UNNAMED_PERSON.test(text);
}

/**
 * "He said …", "…, she added", "…, the official said": a he/she subject, or the unnamed source
 * named again by its role, right before the verb.
 */
const HE_OR_SHE_BEFORE =
  /(?:^|,[”"]?[\s\u00a0]+|[”"][\s\u00a0]+)((?:[Hh]e|[Ss]he)|(?:[Tt]he)[\s\u00a0]+(?:official|spokes(?:man|woman|person)|source|diplomat|officer))[\s\u00a0]+(?:(?:also|later|then|again)[\s\u00a0]+)?$/u;

/**
 * "…, an embassy official said. He said …", "… . No arrests were made, the official said": a he/she
 * the entity pass tied to nobody, or the source named again by its role, goes on from the body or
 * state an unnamed source spoke for in the sentence before (same paragraph).
 */
export function unnamedSourceContinued(
  doc: EntityDoc,
  s: Sentence,
  verbStart: number,
  previousSpeaker: string | undefined,
): ActorMention | undefined {
  const prev = doc.sentences[s.index - 1];
  if (!previousSpeaker || previousSpeaker.startsWith("person:") || !prev || prev.paragraph !== s.paragraph)
    return undefined;
  const m = HE_OR_SHE_BEFORE.exec(doc.body.slice(s.start, verbStart));
  const who = m?.[1];
  if (!m || !who || !hasUnnamedSource(doc, prev)) return undefined;
  const at = s.start + m.index + m[0].indexOf(who);
  const end = at + who.length;
  return {
    actorId: previousSpeaker,
    kind: "pronoun",
    start: at,
    end,
    sentence: s.index,
    text: doc.body.slice(at, end),
  };
}
