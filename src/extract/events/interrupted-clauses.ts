// An attribution set inside the clause it attributes: "The two men, the ministry said, had been shot
// on Tuesday", "Their ministers, he said, would meet in April", "The troops, according to the army,
// crossed at dawn". The tag splits the act from its subject, so the event readers see the clause
// with the tag blanked out (same offsets, spaces for the tag, its mentions dropped): subject, verb
// and date then sit together as in "The two men had been shot on Tuesday".

import { type ActorMention, type EntityDoc, inQuote } from "../doc.ts";
import { FINITE_VERB, WS } from "../text/patterns.ts";
import type { Sentence, Span } from "../types.ts";

/** A reporting verb closing the tag, maybe with a time or hearer phrase after it. */
const TAG_VERB =
  "(?:said|says|added|adds|told(?:[\\s\\u00a0]+(?:reporters|journalists|lawmakers|parliament|Parliament|the[\\s\\u00a0]+[\\p{L}-]+))?|reported|stated|claimed|alleged|insisted|noted|confirmed|explained)";
const TAG_TIME = `(?:${WS}+(?:on|in|late|early|last|this)(?:${WS}+[\\p{L}\\p{N}.’'-]+){1,3})?`;

/**
 * ", the ministry said," / ", he added," / ", according to the army," between a clause's subject
 * and its finite verb. The speaker is at most five words; the verb after the tag opens a predicate.
 */
const TAG = new RegExp(
  `,${WS}+(?:(?:[\\p{L}\\p{N}’'.-]+${WS}+){0,5}?${TAG_VERB}${TAG_TIME}|according${WS}+to(?:${WS}+[\\p{L}\\p{N}’'.()-]+){1,6}?),${WS}+(?=(?:(?:also|still|not|never|already|only|now|\\p{Ll}{2,}ly)${WS}+)?${FINITE_VERB}(?![\\p{L}]))`,
  "gu",
);

/** The subject before the tag: a few words with no verb, clause break or quote of their own. */
const SUBJECT_BEFORE = /(?:^|[.;:]\s*|\b(?:that|and|but)[\s\u00a0]+)[^,;:“”"]{2,80}$/u;

/** Spans of the interrupting tags of one sentence (the commas and the tag between them). */
function tagsIn(doc: EntityDoc, s: Sentence): Span[] {
  const out: Span[] = [];
  for (const m of s.text.matchAll(TAG)) {
    const start = s.start + (m.index ?? 0);
    if (inQuote(doc, start) || !SUBJECT_BEFORE.test(s.text.slice(0, m.index))) continue;
    // The commas go with the tag; the last space stays so that words do not run together.
    out.push({ start, end: start + m[0].length - 1 });
  }
  return out;
}

const blank = (text: string, spans: readonly Span[], offset: number): string => {
  let out = text;
  for (const sp of spans)
    out = out.slice(0, sp.start - offset) + " ".repeat(sp.end - sp.start) + out.slice(sp.end - offset);
  return out;
};

/** The article as the event readers see it: every interrupting attribution blanked. */
export function withoutInterruptions(doc: EntityDoc): EntityDoc {
  const tags = doc.sentences.flatMap((s) => tagsIn(doc, s));
  if (tags.length === 0) return doc;
  const inTag = (m: ActorMention) => tags.some((t) => t.start <= m.start && m.start < t.end);
  return {
    ...doc,
    body: blank(doc.body, tags, 0),
    sentences: doc.sentences.map((s) => {
      const own = tags.filter((t) => t.start >= s.start && t.end <= s.end);
      return own.length === 0 ? s : { ...s, text: blank(s.text, own, s.start) };
    }),
    mentions: doc.mentions.filter((m) => !inTag(m)),
  };
}
