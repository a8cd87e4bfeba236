// Dates given relative to another act in the same sentence: "cut ties in August 2021 and closed its
// airspace a month later" (the later act is a month after the earlier one's date); "ruled in 2013,
// two years after clashes there killed 18 people" (the act after "after" is two years before the
// sentence's date). Only counts of days, months and years whose precision the base date has are
// shifted; weeks and vaguer spans ("days later") are left undated.
import type { EntityDoc } from "../doc.ts";
import type { DateMention } from "../text/dates.ts";
import { findDates } from "../text/dates.ts";
import type { DatePrecision } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

interface Dated {
  trigger: Trigger;
  dates: DateMention[];
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const RELATIVE =
  /\b(a|an|one|two|three|four|five|six|\d{1,2})[\s\u00a0]+(day|month|year)s?[\s\u00a0]+(later|earlier|after|before)\b/giu;
const UNIT_PRECISION: Record<string, DatePrecision> = { day: "day", month: "month", year: "year" };
const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** `value` moved by `n` units, at the base's own precision; undefined when the base is too coarse. */
export function shiftDate(base: DateMention, unit: string, n: number): DateMention | undefined {
  const need = UNIT_PRECISION[unit];
  if (!need || RANK[base.precision] < RANK[need]) return undefined;
  const [y = 0, m = 1, d = 1] = base.value.split("-").map(Number);
  const at = new Date(Date.UTC(y, m - 1, d));
  if (unit === "day") at.setUTCDate(at.getUTCDate() + n);
  else if (unit === "month") at.setUTCMonth(at.getUTCMonth() + n);
  else at.setUTCFullYear(at.getUTCFullYear() + n);
  const iso = at.toISOString().slice(0, 10);
  const value =
    base.precision === "day" ? iso : base.precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
  return { ...base, value };
}

/** Gives undated acts the date their relative phrase ("a month later", "two years after") implies. */
export function attachRelativeDates(doc: EntityDoc, drafts: readonly Dated[]): void {
  for (const m of doc.body.matchAll(RELATIVE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const n = COUNTS[(m[1] ?? "").toLowerCase()] ?? Number(m[1]);
    const unit = (m[2] ?? "").toLowerCase();
    const word = (m[3] ?? "").toLowerCase();
    const inSentence = drafts.filter(
      (d) => d.trigger.sentence.start <= start && start < d.trigger.sentence.end,
    );
    if (word === "later" || word === "earlier") {
      // The act just before the phrase; its base is the nearest dated act before it.
      const owner = inSentence.filter((d) => d.trigger.end <= start).pop();
      if (!owner || owner.dates.length > 0) continue;
      const base = inSentence.filter((d) => d.trigger.end <= owner.trigger.start && d.dates.length > 0).pop();
      const date = base?.dates[0] && shiftDate(base.dates[0], unit, word === "later" ? n : -n);
      if (date) owner.dates.push({ ...date, start, end, text: m[0] });
      continue;
    }
    // "two years after clashes killed …": the act right after the phrase, dated from the sentence's date before it.
    const owner = inSentence.find((d) => d.trigger.start >= end && d.trigger.start - end <= 40);
    // A date before the phrase that the nearest-trigger rule gave the act is the base, not its date.
    if (!owner || owner.dates.some((x) => x.start >= end)) continue;
    owner.dates.length = 0;
    const sentence = owner.trigger.sentence;
    const text = doc.body.slice(sentence.start, start);
    const base = findDates(text, doc.publishedAt, sentence.start).pop();
    const date = base && shiftDate(base, unit, word === "after" ? -n : n);
    if (date) owner.dates.push({ ...date, start, end, text: m[0] });
  }
}

/** "closed its border weeks later": a relative time after the act sets it apart from a coordinated act's date. */
const APART =
  /^[^.;“”"]{0,80}?\b(?:(?:a|an|one|two|three|four|five|six|\d{1,2}|some|several|days|weeks|months|years)[\s\u00a0]+)?(?:(?:days?|weeks?|months?|years?)[\s\u00a0]+)?(?:later|earlier)\b/iu;

export function datedApart(doc: EntityDoc, t: Trigger): boolean {
  return APART.test(doc.body.slice(t.end, t.sentence.end));
}

const BEGAN =
  /^,[\s\u00a0]+(?:which[\s\u00a0]+(?:began|started|opened|got under way|took effect|came into force)|in[\s\u00a0]+(?:force|effect|place))[\s\u00a0]+([^,;.“”"]{1,40}),/u;

/** "the drills, which began on Saturday, …", "the ban, in force since May, …": a later mention's start date is the event's own. */
export function attachStartDate(doc: EntityDoc, ref: Trigger, into: Dated): void {
  const m = BEGAN.exec(doc.body.slice(ref.end, ref.end + 80));
  if (!m?.[1]) return;
  const offset = ref.end + m[0].indexOf(m[1]);
  for (const date of findDates(m[1], doc.publishedAt, offset)) {
    if (!into.dates.some((x) => x.value === date.value)) into.dates.push(date);
  }
}

const SAME_TIME = /\bthe[\s\u00a0]+same[\s\u00a0]+(?:day|night|morning|afternoon|evening)\b/giu;

/** "harassed another vessel the same night": the act takes the date of the latest dated act before it. */
export function attachSameDayDates(doc: EntityDoc, drafts: readonly Dated[]): void {
  for (const m of doc.body.matchAll(SAME_TIME)) {
    const at = m.index ?? 0;
    const owner = drafts.filter((d) => d.trigger.end <= at && d.trigger.sentence.end > at).pop();
    if (!owner || owner.dates.length > 0) continue;
    const base = drafts
      .filter((d) => d !== owner && d.trigger.end <= at && d.dates.some((x) => x.precision === "day"))
      .pop();
    const date = base?.dates.find((x) => x.precision === "day");
    if (date) owner.dates.push({ ...date, start: at, end: at + m[0].length, text: m[0] });
  }
}

/**
 * "protested against air strikes …. It said the strikes on Tuesday were …": a later definite
 * mention by the trigger's head noun, with a date right after it, dates an undated event.
 */
export function attachDefiniteMentionDates(doc: EntityDoc, drafts: readonly Dated[]): void {
  for (const d of drafts) {
    if (d.dates.length > 0 || d.trigger.via !== "noun") continue;
    const head = d.trigger.text.split(/[\s\u00a0-]+/).pop() ?? "";
    if (!/^\p{L}{4,}$/u.test(head)) continue;
    const re = new RegExp(
      `\\bthe[\\s\\u00a0]+${head}[\\s\\u00a0]+((?:on|in|last)[\\s\\u00a0]+[^,;.“”"]{1,30})`,
      "iu",
    );
    const m = re.exec(doc.body.slice(d.trigger.end));
    if (!m?.[1]) continue;
    const at = d.trigger.end + (m.index ?? 0) + m[0].length - m[1].length;
    const date = findDates(m[1], doc.publishedAt, at)[0];
    if (date && date.start - at <= 5) d.dates.push(date);
  }
}
