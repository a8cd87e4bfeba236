// Dates given relative to another act in the same sentence: "cut ties in August 2021 and closed its
// airspace a month later" (the later act is a month after the earlier one's date); "ruled in 2013,
// two years after clashes there killed 18 people" (the act after "after" is two years before the
// sentence's date). Only counts of days, months and years whose precision the base date has are
// shifted; weeks are left undated, and so is a bare "days later" unless the base is a month or a year
// ("bombed a camp in March 2008 … broke off relations days later": March 2008 too).
import type { EntityDoc } from "../doc.ts";
import type { DateMention } from "../text/dates.ts";
import { findDates } from "../text/dates.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import type { DatePrecision } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";
import { datelineLength } from "./report-dateline.ts";

interface Dated {
  trigger: Trigger;
  dates: DateMention[];
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const RELATIVE =
  /\b(?:(a|an|one|two|three|four|five|six|\d{1,2})[\s\u00a0]+)?(day|month|year)s?[\s\u00a0]+(later|earlier|after|before)\b/giu;
const UNIT_PRECISION: Record<string, DatePrecision> = { day: "day", month: "month", year: "year" };
const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * `value` moved by `n` units, at the base's own precision; undefined when the base is too coarse.
 * A count left unwritten ("days later", n undefined) keeps a coarser base as it is.
 */
export function shiftDate(base: DateMention, unit: string, n: number | undefined): DateMention | undefined {
  if (n === undefined) return unit === "day" && base.precision !== "day" ? { ...base } : undefined;
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

const PART_OF_DAY = "(?:day|morning|afternoon|evening|night)";

/**
 * "the next day", "the following morning": a day after; "the same evening", "later that day",
 * "later in the day", "that morning": the same day.
 */
const NEXT_OR_SAME = new RegExp(
  `\\b(?:the${WS}+(next|following)${WS}+${PART_OF_DAY}|(?:the${WS}+same|(?:later|earlier)${WS}+(?:that|in${WS}+the)|that)${WS}+${PART_OF_DAY})\\b`,
  "giu",
);

/**
 * Between an act and the phrase that times it: its object, place or a named apposition (", Pavel
 * Sorokin,"), no other clause (a relative, a report, a lower-case clause after a comma).
 */
const TO_DAY_PHRASE =
  /^(?![\s\S]*(?:\b(?:that|which|who|when|after|before|said|says|told|added)\b|,[\s\u00a0]+\p{Ll}))[^;:“”"]{0,90}$/u;

/**
 * The date a same-day or next-day phrase counts from: the latest dated act before it in its sentence
 * ("expelled the ambassador in November 2020, and … his envoy the same day"), else the last date
 * written before it there ("on Thursday told reporters that the envoy had been summoned that
 * morning"), else the latest act before it dated to the day ("intercepted a tanker on Wednesday. …
 * the same night").
 */
function dayBase(
  doc: EntityDoc,
  drafts: readonly Dated[],
  owner: Dated,
  at: number,
): DateMention | undefined {
  const s = owner.trigger.sentence;
  const before = drafts.filter((d) => d !== owner && d.trigger.end <= at && d.dates.length > 0);
  const inSentence = before.filter((d) => d.trigger.sentence === s).pop();
  if (inSentence) return inSentence.dates[0];
  const from = Math.max(s.start, datelineLength(doc.body));
  const written = findDates(doc.body.slice(from, at), doc.publishedAt, from).pop();
  return written ?? before.flatMap((d) => d.dates.filter((x) => x.precision === "day")).pop();
}

/**
 * "detained two soldiers on Sept. 3 and released them the next day", "… had been summoned to the
 * ministry that morning", "harassed another vessel the same night": an undated act closed by the
 * phrase is a day after, or on the same day as, the date it counts from.
 */
function attachNextOrSameDay(doc: EntityDoc, drafts: readonly Dated[]): void {
  for (const m of execAll(NEXT_OR_SAME, doc.body)) {
    const start = m.index ?? 0;
    const owner = drafts.filter((d) => d.trigger.end <= start && d.trigger.sentence.end > start).pop();
    if (!owner || owner.dates.length > 0) continue;
    if (!TO_DAY_PHRASE.test(doc.body.slice(owner.trigger.end, start))) continue;
    const base = dayBase(doc, drafts, owner, start);
    // A coarser base holds the next day too ("in March … the next day" is March).
    const date = base && (base.precision === "day" ? shiftDate(base, "day", m[1] ? 1 : 0) : { ...base });
    if (date) owner.dates.push({ ...date, start, end: start + m[0].length, text: m[0] });
  }
}

/** Gives undated acts the date their relative phrase ("a month later", "two years after") implies. */
export function attachRelativeDates(doc: EntityDoc, drafts: readonly Dated[]): void {
  attachNextOrSameDay(doc, drafts);
  for (const m of execAll(RELATIVE, doc.body)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "days later": no count, only a bare plural of days (never "day later").
    if (!m[1] && !/s[\s\u00a0]/u.test(m[0])) continue;
    const n = m[1] ? (COUNTS[m[1].toLowerCase()] ?? Number(m[1])) : undefined;
    const unit = (m[2] ?? "").toLowerCase();
    const word = (m[3] ?? "").toLowerCase();
    const inSentence = drafts.filter(
      (d) => d.trigger.sentence.start <= start && start < d.trigger.sentence.end,
    );
    if (word === "later" || word === "earlier") {
      // The act just before the phrase; its base is the nearest dated act before it.
      const owner = inSentence.filter((d) => d.trigger.end <= start).pop();
      if (!owner || owner.dates.length > 0) continue;
      // "detained them on June 2. They were freed four days later.": else the last dated act of the sentence before.
      const base =
        inSentence.filter((d) => d.trigger.end <= owner.trigger.start && d.dates.length > 0).pop() ??
        drafts
          .filter((d) => d.trigger.sentence.index === owner.trigger.sentence.index - 1 && d.dates.length > 0)
          .pop();
      const date =
        base?.dates[0] && shiftDate(base.dates[0], unit, n === undefined ? n : word === "later" ? n : -n);
      if (date) owner.dates.push({ ...date, start, end, text: m[0] });
      continue;
    }
    // "two years after clashes killed …": the act right after the phrase, dated from the sentence's date before it.
    // "a day after Oslo and Stockholm held a new round of boundary talks": its clause may name the parties first.
    const owner = inSentence.find(
      (d) =>
        d.trigger.start >= end &&
        (d.trigger.start - end <= 40 ||
          (d.trigger.start - end <= 90 && !/[,;:“”"]/.test(doc.body.slice(end, d.trigger.start)))),
    );
    // A date before the phrase that the nearest-trigger rule gave the act is the base, not its date.
    if (!owner || owner.dates.some((x) => x.start >= end)) continue;
    const sentence = owner.trigger.sentence;
    const text = doc.body.slice(sentence.start, start);
    // "agreed to start patrols next month, days after troops intercepted …": an act told in the past
    // counts from no date still to come.
    const written = findDates(text, doc.publishedAt, sentence.start).filter(
      (x) => owner.trigger.form !== "past" || x.value <= doc.publishedAt,
    );
    const base = written.pop() ?? leadBase(drafts, text);
    const date = base && shiftDate(base, unit, n === undefined ? n : word === "after" ? -n : n);
    // "days after" with a day as base says nothing: the act keeps what it had.
    if (n !== undefined || date) owner.dates.length = 0;
    if (date) owner.dates.push({ ...date, start, end, text: m[0] });
  }
}

const CAME = /\b(?:came|comes|followed|follows|was announced)[\s\u00a0]+$/u;

/**
 * "The row came a day after Greece signed …": with no date of its own before the phrase, the news
 * the sentence speaks of is the lead's, so the base is the lead sentence's act dated to the day.
 */
function leadBase(drafts: readonly Dated[], before: string): DateMention | undefined {
  if (!CAME.test(before)) return undefined;
  const lead = drafts.find(
    (d) => d.trigger.sentence.index === 0 && d.dates.some((x) => x.precision === "day"),
  );
  return lead?.dates.find((x) => x.precision === "day");
}

/** "closed its border weeks later": a relative time after the act sets it apart from a coordinated act's date. */
const APART =
  /^[^.;“”"]{0,80}?\b(?:(?:(?:a|an|one|two|three|four|five|six|\d{1,2}|some|several|days|weeks|months|years)[\s\u00a0]+)?(?:(?:days?|weeks?|months?|years?)[\s\u00a0]+)?(?:later|earlier)|the[\s\u00a0]+(?:next|following|same)[\s\u00a0]+(?:day|morning|afternoon|evening|night))\b/iu;

/** "and later released them", "and subsequently freed": the relative time written before the verb. */
const LATER_BEFORE = /\b(?:later|subsequently|afterwards|eventually)[\s\u00a0]+$/iu;

/**
 * Does the act carry a relative time of its own ("released them a week later", "later released")?
 * `until` ends the span read after the act (the next act of the sentence, whose own time it is).
 */
export function datedApart(doc: EntityDoc, t: Trigger, until = t.sentence.end): boolean {
  if (LATER_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 16), t.start))) return true;
  return APART.test(doc.body.slice(t.end, Math.max(t.end, until)));
}

const BEGAN =
  /^,[\s\u00a0]+(?:which[\s\u00a0]+(?:began|started|opened|got under way|took effect|came into force)|in[\s\u00a0]+(?:force|effect|place))[\s\u00a0]+([^,;.“”"]{1,40}),/u;

/** "the drills, which began on Saturday, …", "the ban, in force since May, …": a later mention's start date is the event's own. */
export function attachStartDate(doc: EntityDoc, ref: Trigger, into: Dated): void {
  const m = BEGAN.exec(doc.body.slice(ref.end, ref.end + 80));
  if (!m?.[1]) {
    attachOpeningDate(doc, ref, into);
    return;
  }
  const offset = ref.end + m[0].indexOf(m[1]);
  for (const date of findDates(m[1], doc.publishedAt, offset)) {
    if (!into.dates.some((x) => x.value === date.value)) into.dates.push(date);
  }
}

const FUTURE_MODAL = /\b(?:will|would|to be|is to|are to|due to)\b/i;
/** "The ceasefire takes effect on Wednesday": a present-tense schedule looks ahead. */
const TAKES_EFFECT =
  /^[\s\u00a0]+(?:takes[\s\u00a0]+effect|comes[\s\u00a0]+into[\s\u00a0]+force|begins|starts)\b/i;

/** "starting on July 10", "beginning in May", "from June 3", "would take place in May": the date an act opens on. */
const OPENS_ON =
  /\b(?:starting|beginning|from|start(?:s|ing)?|begin(?:s|ning)?|take[\s\u00a0]+place|be[\s\u00a0]+held|(?:takes?|took)[\s\u00a0]+effect(?:[\s\u00a0]+at[\s\u00a0]+(?:midnight|noon|dawn))?)[\s\u00a0]+(?:on[\s\u00a0]+|in[\s\u00a0]+)?$/iu;

/**
 * "The drills will take place off the coast over five days starting on July 10": a definite
 * re-mention whose own clause gives the act's opening date dates the act it refers to.
 */
function attachOpeningDate(doc: EntityDoc, ref: Trigger, into: Dated): void {
  const clause = /^[^.;“”"]*/.exec(doc.body.slice(ref.end, ref.sentence.end))?.[0] ?? "";
  // "would lead the exercise, code-named X, from October 14": a modal before the mention sets it ahead too.
  const lead = /[^.;“”"]*$/.exec(doc.body.slice(ref.sentence.start, ref.start))?.[0] ?? "";
  const forward = FUTURE_MODAL.test(clause) || FUTURE_MODAL.test(lead) || TAKES_EFFECT.test(clause);
  for (const date of findDates(clause, doc.publishedAt, ref.end, forward)) {
    if (!OPENS_ON.test(doc.body.slice(Math.max(ref.end, date.start - 40), date.start))) continue;
    if (!into.dates.some((x) => x.value === date.value)) into.dates.push(date);
    return;
  }
}

/** "would start", "will begin", "are to get under way" between a definite mention and its date. */
const START_VERB =
  "(?:would|will|are[\\s\\u00a0]+to|is[\\s\\u00a0]+to|are[\\s\\u00a0]+due[\\s\\u00a0]+to)[\\s\\u00a0]+(?:start|begin|get[\\s\\u00a0]+under[\\s\\u00a0]+way|take[\\s\\u00a0]+place)[\\s\\u00a0]+";

/**
 * "protested against air strikes …. It said the strikes on Tuesday were …", "the patrols would
 * start in January": a later definite mention by the trigger's head noun, with a date right after
 * it (or after a verb of starting), dates an undated event.
 */
export function attachDefiniteMentionDates(doc: EntityDoc, drafts: readonly Dated[]): void {
  for (const d of drafts) {
    if (d.trigger.via !== "noun") continue;
    const head = d.trigger.text.split(/[\s\u00a0-]+/).pop() ?? "";
    if (!/^\p{L}{4,}$/u.test(head)) continue;
    const re = new RegExp(
      `\\bthe[\\s\\u00a0]+${head}[\\s\\u00a0]+(${START_VERB})?((?:on|in|last)[\\s\\u00a0]+[^,;.“”"]{1,30})`,
      "iu",
    );
    const m = re.exec(doc.body.slice(d.trigger.end));
    if (!m?.[2]) continue;
    const at = d.trigger.end + (m.index ?? 0) + m[0].length - m[2].length;
    const starts = m[1] !== undefined;
    // "the patrols would start in January": a future start resolves forwards.
    const date = findDates(m[2], doc.publishedAt, at, starts)[0];
    if (!date || date.start - at > 5) continue;
    if (d.dates.length === 0) d.dates.push(date);
    // A plan dated only by the day it was agreed ("agreed on Friday to run patrols") takes its start date instead.
    else if (starts && date.value > doc.publishedAt && d.dates.every((x) => x.value <= doc.publishedAt))
      d.dates.splice(0, d.dates.length, date);
  }
}

/** A participle right after a comma ("held drills in August, firing missiles …"). */
const PARTICIPLE_LEAD = /,[\s\u00a0]+(?:\p{Ll}+ly[\s\u00a0]+)?$/u;

/**
 * "China held drills in August last year, firing missiles into the sea": an undated act in a
 * participle clause shares the date of the act it comments on, the trigger just before it.
 */
export function attachParticipleDates(doc: EntityDoc, drafts: readonly Dated[]): void {
  for (const [i, d] of drafts.entries()) {
    if (d.dates.length > 0 || d.trigger.form !== "ing" || d.trigger.via !== "verb") continue;
    if (datedApart(doc, d.trigger)) continue;
    const prev = drafts[i - 1];
    if (!prev || prev.trigger.sentence !== d.trigger.sentence || prev.dates.length === 0) continue;
    const gap = doc.body.slice(prev.trigger.end, d.trigger.start);
    if (!PARTICIPLE_LEAD.test(gap) || /[;“”"]/.test(gap)) continue;
    d.dates.push(...prev.dates);
  }
}

const WHEN_CLAUSE = /,[\s\u00a0]+when[\s\u00a0]/gu;

/**
 * "strained since 2018, when Canada arrested an executive and China detained two Canadians": every
 * undated act of a when-clause is dated by the date the clause explains.
 */
export function attachWhenClauseDates(doc: EntityDoc, drafts: readonly Dated[]): void {
  for (const s of doc.sentences) {
    for (const m of execAll(WHEN_CLAUSE, s.text)) {
      const at = s.start + (m.index ?? 0);
      const base = findDates(s.text.slice(0, m.index ?? 0), doc.publishedAt, s.start).pop();
      if (!base || base.end < at - 2) continue;
      for (const d of drafts) {
        if (d.trigger.sentence !== s || d.trigger.start < at || d.dates.length > 0) continue;
        d.dates.push(base);
      }
    }
  }
}

/** "in July that year", "in March of the same year": the year is the one the text named last. */
const THAT_YEAR =
  /^[\s\u00a0]+(?:of[\s\u00a0]+)?(?:that|the[\s\u00a0]+same|that[\s\u00a0]+same)[\s\u00a0]+year\b/iu;
const YEAR_WRITTEN = /\b(?:1[89]|20)\d{2}\b/gu;

/** "the previous year": a year counted from the narrated one, not from publication. */
const NARRATED_YEAR = /^previous[\s\u00a0]+year$/iu;

/**
 * The year the text speaks of: a month or day whose year is "that year" takes the last year written
 * before it, and "the previous year" is the year before that one ("suspended the treaty in June 2022
 * … had cut ties the previous year": 2021); with no year written before, a date stays as read.
 */
export function inNamedYear(doc: EntityDoc, date: DateMention): DateMention {
  const narrated =
    NARRATED_YEAR.test(date.text) && /\bthe[\s\u00a0]+$/iu.test(doc.body.slice(date.start - 5, date.start));
  if (!narrated && (date.precision === "year" || !THAT_YEAR.test(doc.body.slice(date.end, date.end + 24))))
    return date;
  const year = [
    ...doc.body.slice(Math.max(0, date.start - 600), date.start).matchAll(YEAR_WRITTEN),
  ].pop()?.[0];
  // "by 2030": a year still to come is no narrated time.
  if (!year || (narrated && year > doc.publishedAt.slice(0, 4))) return date;
  return { ...date, value: narrated ? String(Number(year) - 1) : year + date.value.slice(4) };
}
