// A state broadcaster named without its country in an attribution frame: "told state television",
// "in a statement carried by state radio", "read on state TV". The broadcaster belongs to the state
// whose side is speaking, which the sentence usually names: its subject before the frame
// ("Myanmar’s junta said in a statement carried by state television"), the subject right after an
// opening frame ("Speaking to state radio, Ruritania’s foreign minister said"), a metonym that says it
// after ("In a statement read on state television, Ouagadougou said"), or, for "Its spokesman told
// state television", the subject of the sentence before. Failing those, the story's home state.

import { WS } from "../text/patterns.ts";
import type { Span } from "../types.ts";
import type { Candidate } from "./gazetteer.ts";

/** Words that put a bare broadcaster in an attribution frame (no article before it). */
const FRAME_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:told|on|by|to|via)${WS}+$`, "u");

/** A reporting verb right after a country reference: "Ouagadougou said". */
const SAID_AFTER = new RegExp(`^${WS}+(?:said|says|told|added|insisted|warned|replied)(?![\\p{L}])`, "u");

const SENTENCE_END = /[.!?][”"’]?(?=[\s\u00a0]|$)|\n/gu;

/** [start, end) of the sentence holding `at`: after the last stop or line break before it. */
function sentenceAround(body: string, at: number): Span {
  let start = 0;
  let end = body.length;
  SENTENCE_END.lastIndex = Math.max(0, at - 400);
  for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

const isoOf = (c: Candidate | undefined) => c?.actorId.split(":")[1]?.toUpperCase();

/**
 * Where the speaker's clause starts before a frame: "The raid hit camps in Nigeria, the ministry said
 * in a statement read on state radio" puts Nigeria in the reported words, not in the speaker's clause,
 * so only what follows the last comma before the reporting verb can name the broadcaster's state.
 */
function speakerClause(body: string, start: number, at: number): number {
  const lead = body.slice(start, at);
  const m = REPORTED_CLAUSE.exec(lead);
  return m ? start + m.index + 1 : start;
}
const REPORTED_CLAUSE = new RegExp(
  `,(?=${WS}+[^,]*?(?:said|says|told|tells|added|announced|stated|reported|confirmed|warned)(?![\\p{L}])[^,]*$)`,
  "u",
);

/** A pronoun speaker right after the quotation: "“…,” she told state television". */
const PRONOUN_SPEAKER = new RegExp(`^${WS}*(?:he|she|they|it)(?:${WS}+\\p{Ll}+){1,6}${WS}+$`, "u");

/**
 * "Ruritania’s minister answered. “Our border stays shut,” she told state radio": a quotation that
 * opens the sentence, then a pronoun speaker, is the previous sentence's speaker's message, so a
 * country inside it names the other side. Gives where the quotation opens (it may span sentences).
 */
function pronounAfterQuote(body: string, start: number, at: number): number | undefined {
  const lead = body.slice(start, at);
  const close = Math.max(lead.lastIndexOf("”"), lead.lastIndexOf('"'));
  if (close < 0 || !PRONOUN_SPEAKER.test(lead.slice(close + 1))) return undefined;
  const from = Math.max(0, start + close - 1200);
  const opening = body.slice(from, start + close);
  const open = from + Math.max(opening.lastIndexOf("“"), opening.lastIndexOf('"'));
  const paragraph = body.lastIndexOf("\n", start + close) + 1;
  if (open < from || open < paragraph) return undefined;
  // The quotation must open its sentence: only space before it.
  return /^[\s\u00a0]*$/u.test(body.slice(sentenceAround(body, open).start, open)) ? open : undefined;
}

/** True when the bare broadcaster at `hit` sits in an attribution frame ("told state radio"). */
export function inBroadcastFrame(body: string, hit: Span): boolean {
  return FRAME_BEFORE.test(body.slice(Math.max(0, hit.start - 8), hit.start));
}

/** The ISO code of the state whose broadcaster this is (see the file comment), if any. */
export function broadcastOwner(
  body: string,
  hit: Span,
  countries: readonly Candidate[],
  home: string | undefined,
): string | undefined {
  const sentence = sentenceAround(body, hit.start);
  const inSentence = countries.filter((c) => c.start >= sentence.start && c.end <= sentence.end);
  const quoted = pronounAfterQuote(body, sentence.start, hit.start);
  if (quoted !== undefined) {
    const previous = sentenceAround(body, Math.max(0, quoted - 2));
    const subject = countries.find((c) => c.start >= previous.start && c.end <= previous.end);
    if (subject && previous.end <= quoted) return isoOf(subject);
  }
  const from = speakerClause(body, sentence.start, hit.start);
  // "“…,” Ruritania’s minister told state radio": the speaker after the quotation outranks its words.
  const close = Math.max(body.lastIndexOf("”", hit.start), body.lastIndexOf('"', hit.start), from);
  const before =
    inSentence.find((c) => c.start >= close && c.end <= hit.start) ??
    inSentence.find((c) => c.start >= from && c.end <= hit.start);
  if (before) return isoOf(before);
  if (/^[\s\u00a0“"]*(?:Its|Their)[\s\u00a0]/u.test(body.slice(sentence.start, sentence.start + 12))) {
    const previous = sentenceAround(body, Math.max(0, sentence.start - 2));
    const subject = countries.find((c) => c.start >= previous.start && c.end <= previous.end);
    if (subject && previous.end <= sentence.start) return isoOf(subject);
  }
  const subject = subjectAfterFrame(body, hit, inSentence);
  if (subject) return isoOf(subject);
  const speaking = inSentence.find(
    (c) => c.start >= hit.end && SAID_AFTER.test(body.slice(c.end, c.end + 16)),
  );
  return speaking ? isoOf(speaking) : home;
}

/**
 * "Speaking to state radio on Monday, Ruritania’s foreign minister said …", "In a statement read on
 * state television, the Ruritanian government accused …": a frame opening the sentence is the
 * subject's, the state named right after the frame's comma.
 */
function subjectAfterFrame(body: string, hit: Span, inSentence: readonly Candidate[]): Candidate | undefined {
  const comma = body.indexOf(",", hit.end);
  const next = inSentence.find((c) => c.start > hit.end);
  if (comma < 0 || !next || next.start < comma) return undefined;
  return /^,[\s\u00a0]*(?:the[\s\u00a0]+)?$/u.test(body.slice(comma, next.start)) ? next : undefined;
}
