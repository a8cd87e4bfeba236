// Status and dates an event takes from where it sits in its clause, beyond the modality cues before
// it: "an agreement the two governments signed in March" is past even after "would send … under";
// "a ministers' meeting in Brussels next week" is ahead even after "analysts said"; "agreed on
// Thursday to hold a drill …, after talks in Gaborone" — the talks came first (that Thursday) and
// the Thursday is the agreeing's, not the planned drill's.

import type { EntityDoc } from "../doc.ts";
import { type DateMention, findDates } from "../text/dates.ts";
import { WS } from "../text/patterns.ts";
import { IRREGULAR_PAST } from "../text/text.ts";
import type { EventStatus } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

interface TimedDraft {
  trigger: Trigger;
  status: EventStatus;
  dates: DateMention[];
  negation?: unknown;
}

/** Words right before a past form that make it a participle of a plan ("to be signed", "would have signed"). */
const NOT_SIMPLE_PAST = new RegExp(
  `\\b(?:be|been|being|is|are|was|were|would|will|could|should|might|may|must|shall|can|to|have|has)${WS}+(?:\\p{Ll}+ly${WS}+)?$`,
  "iu",
);

/** A future time right after an event noun, past at most a place or its parties ("talks in Lima next week"). */
const FUTURE_AFTER = new RegExp(
  `^(?:${WS}+(?:in|at|on|of|between|with|among)${WS}+[^,;.“”"]{1,50}?)?${WS}+(?:next${WS}+(?:week|month|year)|later${WS}+this${WS}+(?:week|month|year)|tomorrow|in${WS}+the${WS}+coming${WS}+(?:days|weeks|months))\\b`,
  "iu",
);

/** "pledged $50 million in aid", "offered a state visit": what is pledged is still to come ("announced after talks" is no pledge of them). */
const PLEDGED_BEFORE = new RegExp(
  `\\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|offer(?:s|ed|ing)?|commit(?:s|ted|ting)?|announc(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|unveil(?:s|ed|ing)?)${WS}+(?:(?!(?:after|following)\\b)[^,;.“”"]){0,30}$`,
  "iu",
);

/** "a food aid package pledged in August": the pledge told after the noun. */
const PLEDGED_AFTER = /^(?:[\s\u00a0]+package)?[\s\u00a0]+(?:pledged|promised|offered)\b/iu;

function pledged(doc: EntityDoc, t: Trigger): boolean {
  const lead = doc.body.slice(Math.max(t.sentence.start, t.start - 40), t.start);
  return PLEDGED_BEFORE.test(lead) || PLEDGED_AFTER.test(doc.body.slice(t.end, t.end + 30));
}

/**
 * "…, after talks between …", "following a meeting of …", "the minister said after a meeting of …",
 * "The announcements followed talks …": an act noun the main clause comes after.
 */
const AFTER_LEAD = new RegExp(
  `(?:(?:^|,)${WS}*(?:after|following)|\\b(?:said|says|told${WS}+reporters|announced|added|came|comes)${WS}+(?:after|following)|\\b(?:followed|follows))${WS}+(?:(?:a|an|the|their|its|two|three|several|lengthy|further|[\\d.-]+-(?:hour|day))${WS}+)?(?:[\\p{Ll}-]+${WS}+){0,2}$`,
  "iu",
);

const FUTURE_MODAL = /\b(?:will|would|shall|to|is due|are due|is expected|are expected|plans?|planned)\b/i;

/** Is the text a clause told in the past ("agreed on Thursday to …", "signed an agreement")? */
function pastClause(text: string): boolean {
  const words = text.split(/[\s\u00a0,]+/).filter(Boolean);
  const first = words.findIndex((w) => /^\p{Ll}{3,}ed$/u.test(w) || IRREGULAR_PAST.has(w.toLowerCase()));
  return first >= 0 && !FUTURE_MODAL.test(words.slice(Math.max(0, first - 3), first).join(" "));
}

/** The head clause a trigger is "after": from the sentence start to the comma before "after", when it is past. */
function afterHead(doc: EntityDoc, t: Trigger): { start: number; end: number } | undefined {
  if (t.via !== "noun") return undefined;
  // A cheap look for the preposition before the full pattern runs over the clause.
  if (
    !/\b(?:after|following|follow(?:ed|s))\b/i.test(
      doc.body.slice(Math.max(t.sentence.start, t.start - 60), t.start),
    )
  )
    return undefined;
  const before = doc.body.slice(t.sentence.start, t.start);
  const m = AFTER_LEAD.exec(before);
  if (!m) return undefined;
  const head = { start: t.sentence.start, end: t.sentence.start + m.index };
  return pastClause(doc.body.slice(head.start, head.end)) ? head : undefined;
}

/**
 * Status from the trigger's own clause, run before dates are attached (a planned act resolves its
 * dates forwards): a simple past verb trigger happened; a noun with a future time after it is
 * planned; a noun the past main clause comes "after" happened.
 */
export function settleClauseStatus(doc: EntityDoc, drafts: readonly TimedDraft[]): void {
  for (const d of drafts) {
    if (d.negation || d.status === "alleged") continue;
    const t = d.trigger;
    const lead = doc.body.slice(Math.max(t.sentence.start, t.start - 40), t.start);
    if (t.via === "verb" && t.form === "past" && !t.intent && d.status === "planned") {
      if (!NOT_SIMPLE_PAST.test(lead)) d.status = "occurred";
    } else if (t.via === "noun" && FUTURE_AFTER.test(doc.body.slice(t.end, t.sentence.end))) {
      d.status = "planned";
    } else if (d.status !== "occurred" && afterHead(doc, t)) {
      d.status = "occurred";
    }
  }
}

/** A day-precision date the past head clause gives, not in the dateline and not ahead of publication. */
function headDay(doc: EntityDoc, head: { start: number; end: number }, datelineEnd: number) {
  return findDates(doc.body.slice(head.start, head.end), doc.publishedAt, head.start).find(
    (x) => x.precision === "day" && x.start >= datelineEnd && x.value <= doc.publishedAt,
  );
}

/**
 * "would send boats next month under an agreement the two governments signed in March": the future
 * words earlier in the sentence resolved "March" ahead; read from the past verb on, it is behind.
 */
function pastOwnDates(doc: EntityDoc, d: TimedDraft): void {
  const t = d.trigger;
  // "would send boats next month under a treaty signed in April": a future time before the past verb is the main clause's.
  d.dates = d.dates.filter((x) => x.value <= doc.publishedAt || x.start > t.start);
  d.dates = d.dates.map((x) => {
    if (x.value <= doc.publishedAt || x.start < t.end) return x;
    const own = findDates(doc.body.slice(t.start, x.end), doc.publishedAt, t.start);
    return own.find((y) => y.start === x.start && y.end === x.end) ?? x;
  });
}

const NEXT_INFINITIVE = new RegExp(`\\band${WS}+to${WS}+\\p{Ll}+`, "u");

/** An ordinal or superlative ("the first", "the sixth round", "the largest drills") reaching back to a "since" date. */
const FIRST_SINCE = new RegExp(
  `\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)|latest|largest|biggest|worst|deadliest|heaviest|most${WS}+\\p{Ll}+)\\b[^,;.“”"]{0,60}\\bsince${WS}+[^,;.“”"]{1,20}$`,
  "iu",
);
/** "since 2019 on Tuesday": another date between "since" and this one; this one is no "since" date. */
const SINCE_THEN_DATE = new RegExp(`\\bsince${WS}+[^,;.“”"]*\\d[^,;.“”"]*$`, "iu");

/** "the first by a Namibian head of state since 2013": that year dates an earlier act. */
function firstSince(doc: EntityDoc, x: { start: number; end: number }): boolean {
  const lead = doc.body.slice(Math.max(0, x.start - 80), x.start);
  return FIRST_SINCE.test(lead + doc.body.slice(x.start, x.end)) && !SINCE_THEN_DATE.test(lead);
}

/** "agreed on Thursday to hold …": the date sits between an intent verb and its infinitive. */
const AGREEING_DATE = new RegExp(
  `\\b(?:agree[sd]?|decided|pledged|promised|vowed|committed)${WS}+(?:on${WS}+)?$`,
  "iu",
);

/**
 * After dates are attached: an act the past main clause came "after" takes that clause's day; a
 * planned act loses the day of the agreeing that set it up ("agreed on Thursday to hold a drill").
 */
export function settleClauseDates(doc: EntityDoc, drafts: readonly TimedDraft[], datelineEnd: number): void {
  for (const d of drafts) {
    // "the first by a Namibian head of state since 2013": that year dates an earlier act.
    d.dates = d.dates.filter((x) => !firstSince(doc, x));
    if (d.negation) continue;
    const t = d.trigger;
    // "agreed on Monday to widen sanctions": with no date of its own the plan keeps the agreeing's.
    if (d.status === "planned" && d.dates.length > 1) {
      d.dates = d.dates.filter((x) => {
        if (x.start > t.start || x.start < t.sentence.start) return true;
        const agreeing = AGREEING_DATE.test(doc.body.slice(Math.max(0, x.start - 25), x.start));
        const between = doc.body.slice(x.end, t.start);
        return !(agreeing && new RegExp(`^${WS}+to${WS}`, "u").test(between) && !/[,;.]/.test(between));
      });
    }
    // "agreed to hold talks in March and to launch a rail project next year": the year is the project's.
    if (d.status === "planned")
      d.dates = d.dates.filter(
        (x) => x.start < t.end || !NEXT_INFINITIVE.test(doc.body.slice(t.end, x.start)),
      );
    if (d.status === "occurred" && t.via === "verb" && t.form === "past") pastOwnDates(doc, d);
    // After dating: the pledge keeps its own (past) day, and what is pledged is still to come (033).
    if (t.via === "noun" && t.type.plannedCameo && pledged(doc, t)) d.status = "planned";
    const head = d.status === "occurred" ? afterHead(doc, t) : undefined;
    if (!head) continue;
    // "agreed to hold a drill in December, after talks": the head clause's dates are not the talks'.
    d.dates = d.dates.filter((x) => x.start >= head.end || x.start < head.start);
    const day = d.dates.length === 0 ? headDay(doc, head, datelineEnd) : undefined;
    if (day) d.dates.push(day);
  }
}
