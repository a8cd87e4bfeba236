// "did not fully restore ties until 2010", "was not released until Friday", "did not reopen the
// crossing until March": a negation closed by "until <date>" says when the act happened, not that
// it did not.
import type { Doc } from "../doc.ts";
import { findDates } from "../text/dates.ts";
import type { Trigger } from "./event-triggers.ts";

/** The rest of the act's clause, then "until" or "till" and a date right after it. */
const UNTIL = /^[^,;:.“”"]{0,60}?\b(?:until|till)[\s\u00a0]+/iu;

/** Is the negated act done at the date its "until" names? */
export function doneOnlyUntil(doc: Doc, t: Trigger): boolean {
  const end = Math.min(t.sentence.end, t.end + 100);
  const m = UNTIL.exec(doc.body.slice(t.end, end));
  if (!m) return false;
  const until = t.end + m[0].length;
  // "until 2010", "until May 3", "until the end of March": the date opens right after the word.
  return findDates(doc.body.slice(t.end, end), doc.publishedAt, t.end).some(
    (d) => d.start >= until - 6 && d.start <= until + 4,
  );
}
