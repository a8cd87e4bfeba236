// "have held six rounds of talks since 2019", "dozens of raids so far this year": a counted run of
// acts up to now is a tally, not one act, and its "since" date is when the run began; "receives $50
// million in aid each year", "deports hundreds a month": a rate is a habit, not one act.
import type { EntityDoc } from "../doc.ts";
import { MONTH_NAMES, WEEKDAY_NAMES, WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

/** A count of more than one ("six", "12", "several", "dozens of"), with "rounds of" or "more" after it. */
const COUNT_BEFORE = new RegExp(
  `\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens${WS}+of|hundreds${WS}+of|several|many|multiple|numerous|a${WS}+series${WS}+of|a${WS}+number${WS}+of|\\d+)${WS}+(?:(?:rounds?|sessions?|waves?)${WS}+of${WS}+|more${WS}+|such${WS}+)?(?:\\p{Ll}+${WS}+)?$`,
  "iu",
);

/** The run reaches up to now: "since 2019", "so far", "to date", "this year" later in the clause. */
const UP_TO_NOW = new RegExp(
  `^[^,;:“”"]{0,80}?\\b(?:since|so${WS}+far|to${WS}+date|thus${WS}+far|in${WS}+recent${WS}+(?:years|months|weeks))\\b`,
  "iu",
);

/** Is the trigger one of a counted run of acts reaching up to now? */
export function countedSeries(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "noun") return false;
  if (!COUNT_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 40), t.start))) return false;
  return UP_TO_NOW.test(doc.body.slice(t.end, t.sentence.end));
}

/** "each year", "per month", "annually", "a year" (but not "a year ago", "within a week", "once a year"). */
const RATE_AFTER = new RegExp(
  `^[^,;:“”"]{0,80}?\\b(?:(?:each|per)${WS}+(?:year|month|week|day)|annually|yearly|(?<!\\b(?:within|in|for|over|after|before|than|about|nearly|almost|least|once|twice|half)${WS}+)a${WS}+(?:year|month|week)(?!${WS}+(?:ago|earlier|later|after|before|on)\\b))\\b`,
  "iu",
);

/** A named day or month: "signed on Tuesday a deal to buy wheat each year" tells one dated act. */
const NAMED_DAY = new RegExp(`\\b(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join("|")})\\b`, "u");

/** Is the trigger an act told as a rate ("each year", "annually"), in a clause naming no day? */
export function recurringRate(doc: EntityDoc, t: Trigger): boolean {
  if (t.form === "past") return false;
  // "pledged $10 million in aid a year": a noun after a past verb is one act of giving at a rate.
  if (t.via !== "verb" && PAST_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 40), t.start)))
    return false;
  const rate = RATE_AFTER.exec(doc.body.slice(t.end, t.sentence.end));
  return rate !== null && !NAMED_DAY.test(doc.body.slice(t.sentence.start, t.end + rate[0].length));
}

const PAST_BEFORE = /\p{Ll}{2,}ed\b/u;
