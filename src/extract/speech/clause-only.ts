// Reporting verbs with a common non-speech sense ("recalled its ambassador", "posted troops",
// "responded with fire", "charged with murder"): used as speech only in the frames that make the
// speech reading certain.
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Sentence } from "../types.ts";

/** Verbs whose hearer may stand before the "that" ("assured traders that", "informed parliament that"). */
const HEARER_VERB = /^(?:assure|reassure|inform|remind|brief|notify|advise|guarantee|swear)$/;

/**
 * "countered that …", "posted on social media that …", "conceded in an interview on Monday that …",
 * "admitted, however, that …": at most a prepositional phrase or a parenthetical, then "that".
 */
const THAT_AFTER = new RegExp(
  `^(?:${WS}+(?:on|in|at|during|via|to|after|before|late|earlier|later|again|also|repeatedly)\\b[^,.;:“”"]{0,50}?|,[^,.;:“”"]{1,40},)?${WS}+that${WS}`,
  "u",
);
/** A hearer of one to four words before "that" ("reassured the markets that"). */
const HEARER_THAT = new RegExp(`^${WS}+(?:[\\p{L}’'-]+${WS}+){1,4}?that${WS}`, "u");
/**
 * A quotation set off by a colon or comma right after the verb ("replied: “…”", "posted on X: “…”");
 * without one the quote is the verb's object phrase ("had responded “in kind”").
 */
const QUOTE_AFTER = new RegExp(`^(?:${WS}+(?:on|in|to)\\b[^,.;:“”"]{0,40})?${WS}*[:,]${WS}*[“"]`, "u");
/** A time or place adverbial and nothing more before the sentence end or a comma. */
const CLOSES_AFTER = new RegExp(
  `^(?:${WS}+(?:on|in|at|late|earlier|later|again|also)\\b[^,.;:“”"]{0,50})?${WS}*(?:[.!?]|,|$)`,
  "u",
);
/**
 * A reported clause without "that" ("maintained the border was open", "admitted its patrols had
 * crossed"): a subject of one to five words, none a relative or a pronoun after the first (so "repeated
 * the offer it had made" stays an object), then an auxiliary or modal.
 */
const ZERO_THAT_CLAUSE = new RegExp(
  `^${WS}+(?:(?:it|they|he|she|we)${WS}+|(?:(?:the|a|an|its|his|her|their|this|these|those|both|all|no|some)${WS}+)?` +
    `(?:(?!(?:who|which|that|whom|whose|when|where|it|they|he|she|we|i|you|and|or|but|to)${WS})[\\p{L}\\d’'-]+${WS}+){1,4}?)` +
    `(?:was|were|is|are|had|has|have|would|will|could|should|might|must|can|did|does|do)${WS}+(?!been${WS}+(?:told|asked)\\b)`,
  "u",
);
/** "questioned whether/why/how …". */
const QUESTION_AFTER = new RegExp(`^${WS}+(?:whether|why|how)${WS}`, "u");
/** Verbs whose object is mostly a thing, never a zero-"that" clause ("posted troops", "recalled"). */
const OBJECT_VERB =
  /^(?:post|recall|counter|object|respond|reply|signal|charge|repeat|recount|mention|highlight|underline|underscore|brief|notify|echo|contest|question|swear|thank|guarantee|recommend)$/;

/** A speaker of at most eight words after a comma or a closing quotation mark ("…, the ministry"). */
const SUBJECT_AFTER_BREAK = /(?:,|[”"])[\s\u00a0]*(?:[^\s\u00a0,;:“”"]+[\s\u00a0]+){1,8}$/u;
/** Right after a comma or a closing quotation mark ("“…,” replied the minister."). */
const AFTER_BREAK = /(?:,|[”"])[\s\u00a0]*$/u;
/** A speaker of at most eight words, then the sentence end ("replied the foreign minister."). */
const INVERTED_SUBJECT = new RegExp(`^(?:${WS}+[^\\s\\u00a0,;:“”"]+){1,8}${WS}*[.!?,]`, "u");

/**
 * Is the clause-only verb at [start, end) used as speech here: before a "that" clause or a
 * quotation, or closing an attribution after the words it reports ("…, the minister countered.")?
 */
export function clauseOnlySpeech(
  doc: EntityDoc,
  s: Sentence,
  start: number,
  end: number,
  lemma: string,
): boolean {
  const after = doc.body.slice(end, s.end);
  const before = doc.body.slice(s.start, start);
  if (THAT_AFTER.test(after) || QUOTE_AFTER.test(after)) return true;
  // "questioned whether the deal was legal": doubt voiced about a clause.
  if (lemma === "question" && QUESTION_AFTER.test(after)) return true;
  if (!OBJECT_VERB.test(lemma) && !lemma.includes(" ") && ZERO_THAT_CLAUSE.test(after)) return true;
  if (HEARER_VERB.test(lemma) && HEARER_THAT.test(after)) return true;
  if (SUBJECT_AFTER_BREAK.test(before) && CLOSES_AFTER.test(after)) return true;
  return AFTER_BREAK.test(before) && INVERTED_SUBJECT.test(after);
}
