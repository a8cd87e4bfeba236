// "Burundi on Wednesday accused Rwanda of …, and closed its land border": the day written after the
// subject dates every past verb coordinated with the clause it opens, not only the first one.
import type { EntityDoc } from "../doc.ts";
import { inQuote } from "../doc.ts";
import { type DateMention, findDates } from "../text/dates.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

interface DatedDraft {
  trigger: Trigger;
  dates: DateMention[];
}

/** ", and closed", "and then expelled": a verb coordinated by "and". */
const AND_BEFORE = new RegExp(
  `(?:,|${WS})and(?:${WS}+(?:then|also|later))?(?:${WS}+\\p{Ll}+ly)?${WS}+$`,
  "u",
);

/** "X on Wednesday accused": a date with a past verb right after it. */
const PAST_AFTER = new RegExp(
  `^${WS}+(?:\\p{Ll}+ed|\\p{Ll}+ew|met|held|sent|took|gave|struck|shot|fought|froze|broke|withdrew)\\b`,
  "u",
);

/** The subject's day of the sentence: after the subject, before its past verb, in no aside. */
function subjectDay(doc: EntityDoc, t: Trigger, datelineEnd: number): DateMention | undefined {
  const s = t.sentence;
  const from = Math.max(s.start, datelineEnd);
  const days = findDates(s.text, doc.publishedAt, s.start).filter(
    (x) =>
      x.start >= from &&
      x.end < t.start &&
      !inQuote(doc, x.start) &&
      PAST_AFTER.test(doc.body.slice(x.end, x.end + 20)) &&
      !/[,;:“”"]/.test(doc.body.slice(from, x.start)),
  );
  return days.length === 1 ? days[0] : undefined;
}

/** Undated past verbs coordinated after the subject's dated verb take its day. */
export function lendSubjectDay(doc: EntityDoc, drafts: readonly DatedDraft[], datelineEnd: number): void {
  for (const d of drafts) {
    const t = d.trigger;
    if (d.dates.length > 0 || t.via !== "verb" || t.form !== "past") continue;
    if (!AND_BEFORE.test(doc.body.slice(t.sentence.start, t.start))) continue;
    const day = subjectDay(doc, t, datelineEnd);
    if (day) d.dates.push(day);
  }
}
