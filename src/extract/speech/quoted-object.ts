// An evaluation quoted in a verb's object: "called the summons “unfounded”", "condemned the survey
// as “a provocation”", "criticised Ankara’s “unacceptable” conduct at sea". The guide keeps the
// object with its label as one statement (`the survey as “a provocation”`), as for "dismissed the
// allegations as …"; a pronoun object ("calling it “…”") adds nothing, so the quote stands alone.
import type { EntityDoc } from "../doc.ts";
import { FINITE_VERB } from "../text/patterns.ts";
import type { Sentence } from "../types.ts";
import type { Quote } from "./quotes.ts";
import type { VerbCue } from "./verb-cues.ts";

/** A short object noun phrase (no clause break), maybe "as", right before the quotation mark. */
const OBJECT_BEFORE =
  /^[\s\u00a0]+((?:[\p{L}\p{N}’'.-]+[\s\u00a0]+){0,6}[\p{L}\p{N}’'.-]+)(?:[\s\u00a0]+as)?[\s\u00a0]*$/u;
/** A possessive owner whose noun follows the quotation ("Ankara’s “unacceptable” conduct"). */
const OWNER_BEFORE =
  /^[\s\u00a0]+((?:the[\s\u00a0]+)?\p{Lu}[\p{L}.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}.-]*){0,3}[’']s?)[\s\u00a0]*$/u;
const PRONOUN_OBJECT = /^(?:it|them|this|that|these|those|him|her|us|me|what)\b/i;
const CLAUSE_WORD = new RegExp(
  `(?:^|[\\s\\u00a0])(?:${FINITE_VERB}|that|which|who|and|but|or)(?=[\\s\\u00a0]|$)`,
  "u",
);
/** The rest of a noun phrase after a quoted modifier: lower-case words up to a break. */
const NOUN_AFTER =
  /^(?:[\s\u00a0]+[\p{Ll}-]+){1,5}(?=[\s\u00a0]*(?:[.,;:!?]|$)|[\s\u00a0]+(?:and|but|while|as)[\s\u00a0])/u;

/**
 * The span "object + quotation" for a quote whose own verb labels or criticises what it names,
 * when the object is a noun phrase (not a pronoun) and no other reporting verb stands between.
 */
export function quotedObjectSpan(
  doc: EntityDoc,
  s: Sentence,
  cue: VerbCue | undefined,
  cues: readonly VerbCue[],
  q: Quote,
): { start: number; end: number } | undefined {
  if (!cue || cue.end > q.start || !(cue.verb.quoteOnly || cue.verb.stance === "criticize")) return undefined;
  if (cues.some((c) => c.start > cue.end && c.start < q.start)) return undefined;
  const gap = doc.body.slice(cue.end, q.start);
  const owner = OWNER_BEFORE.exec(gap);
  const object = owner ?? OBJECT_BEFORE.exec(gap);
  const words = object?.[1];
  if (!words || PRONOUN_OBJECT.test(words) || CLAUSE_WORD.test(words)) return undefined;
  const start = cue.end + gap.indexOf(words);
  if (!owner) return { start, end: q.end };
  // "Ankara’s “unacceptable” conduct at sea": the owner's noun follows the quoted modifier. A quote
  // that is the noun itself ("Oslo’s “wild claims” against …") is the evaluation alone.
  const rest = NOUN_AFTER.exec(doc.body.slice(q.end, s.end));
  return rest ? { start, end: q.end + rest[0].length } : undefined;
}
