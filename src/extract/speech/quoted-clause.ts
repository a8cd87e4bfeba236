// A quoted phrase inside a reported clause whose attribution closes it: "Samples had shown “clear
// signs” of the virus, the agency said", "Air crews “tracked the jets throughout,” it said". The
// guide's rule (a paraphrase that contains a quoted phrase is one statement) gives the whole clause
// before the closing attribution as the statement's text, not the quoted words alone.
import { type EntityDoc, inQuote } from "../doc.ts";
import type { Sentence } from "../types.ts";
import type { Quote } from "./quotes.ts";
import type { VerbCue } from "./verb-cues.ts";

/**
 * The closing subject between the clause's comma and the verb: a few words, maybe with an appositive
 * set off by commas ("the ministry’s spokesman, Ana Ruiz,"), no clause of its own.
 */
const CLOSING_SUBJECT_WORDS =
  /^[”"]?[\s\u00a0]*(?:(?!(?:and|but|or|while|which|who|that|as|when|if|because)[\s\u00a0,])[\p{L}\p{N}’'.()-]+,?[\s\u00a0]+){0,10}$/u;

/** Words before the quotation: a subject or the start of a clause, not a frame ending in ":" or ",". */
const CLAUSE_BEFORE_QUOTE = /\p{L}[^“”":;]*[^,:;\s\u00a0][\s\u00a0]*$/u;

/** After the quotation, up to the comma that closes the clause: no new sentence or reporting act. */
const CLAUSE_REST = /^[^;:!?]*$/u;

/**
 * The clause holding quotation `q` when a reporting verb after it (`cue`, in the same sentence)
 * closes that clause and the clause opens before the quotation; from the sentence start (after the
 * dateline, `leadFrom`) to the comma before the closing subject. None when the quotation opens the
 * sentence ("“…,” she said": the quoted words are the statement).
 */
export function leadingQuotedClause(
  doc: EntityDoc,
  s: Sentence,
  q: Quote,
  cue: VerbCue,
  cues: readonly VerbCue[],
  leadFrom: number,
): { from: number; to: number } | undefined {
  const from = Math.max(s.start, leadFrom);
  if (cue.start < q.end || q.start <= from || inQuote(doc, from)) return undefined;
  const before = doc.body.slice(from, q.start);
  if (!CLAUSE_BEFORE_QUOTE.test(before) || cues.some((c) => c.start >= from && c.end <= q.start))
    return undefined;
  const to = closingComma(doc, q, cue);
  if (to === undefined) return undefined;
  if (!CLAUSE_REST.test(doc.body.slice(q.end, to))) return undefined;
  if (cues.some((c) => c.start >= q.end && c.end <= to)) return undefined;
  // A comma inside a later quotation closes that quotation too ("… and “buried,” he said").
  const end = /^,[”"]/.test(doc.body.slice(to, to + 2)) ? to + 2 : to;
  return { from, to: end };
}

/**
 * Where the clause holding `q` ends: the first comma after the quotation (or the one closing it,
 * "…,” it said") with only the closing subject between it and `cue`.
 */
function closingComma(doc: EntityDoc, q: Quote, cue: VerbCue): number | undefined {
  if (/,[”"]$/.test(doc.body.slice(q.start, q.end)) && closingSubject(doc.body.slice(q.end, cue.start)))
    return q.end;
  const tail = doc.body.slice(q.end, cue.start);
  for (let i = tail.indexOf(","); i >= 0; i = tail.indexOf(",", i + 1))
    if (closingSubject(tail.slice(i + 1))) return q.end + i;
  return undefined;
}

/** "and" inside a capitalised name ("the Ministry of Foreign Affairs and Trade") joins no clause. */
const AND_IN_NAME = /(?<=\p{Lu}[\p{L}.’'-]*)([\s\u00a0]+)and(?=[\s\u00a0]+\p{Lu})/gu;

const closingSubject = (words: string): boolean =>
  CLOSING_SUBJECT_WORDS.test(words.replace(AND_IN_NAME, "$1of"));

/** After a closing attribution's verb: a short tail with no comma or quotation, then the sentence end. */
const CLOSING_TAIL = /^[^,;:“”"]{0,60}$/u;

/**
 * "Ruiz met the envoy and conveyed Lima’s “deep concern” at the remarks, the ministry said.": a
 * reporting verb that closes the sentence after the quotation's clause, with its own subject after
 * the clause's comma, reports the whole clause; the verbs inside it ("conveyed") are what it
 * reports. The closing verb, if it is one.
 */
export function closingOverQuote(
  doc: EntityDoc,
  s: Sentence,
  q: Quote,
  after: VerbCue | undefined,
  leadFrom: number,
): VerbCue | undefined {
  if (!after || after.form === "ing" || after.start < q.end || after.end > s.end) return undefined;
  if (!CLOSING_TAIL.test(doc.body.slice(after.end, s.end))) return undefined;
  return leadingQuotedClause(doc, s, q, after, [], leadFrom) ? after : undefined;
}
