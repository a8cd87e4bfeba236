// A date fronted before the main clause ("On July 4, a patrol boat entered … and detained …") sets
// the time of the whole sentence: every act of the sentence that found no date of its own takes it.
// Plans are left alone ("In March, X said it would …" dates the saying, not the plan), and so are
// acts with a relative time of their own ("… and released them a week later").
import type { EntityDoc } from "../doc.ts";
import { type DateMention, findDates } from "../text/dates.ts";
import type { EventStatus } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";
import { AND_THEN_END } from "./participants.ts";
import { datedApart } from "./relative-dates.ts";

interface Dated {
  trigger: Trigger;
  dates: DateMention[];
  status: EventStatus;
}

/**
 * "On July 4,", "In March 2022,", "Last Tuesday,", "In a similar raid in May 2019,", "During a patrol
 * on Friday,": a date opening the sentence, alone or in a fronted scene, and closed by a comma.
 */
const OPENING =
  /^(?:(?:in|during)[\s\u00a0]+(?:a|an|the|another|one)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){1,4}?)?(?:(?:on|in|early|late|earlier|later|by|last)[\s\u00a0]+)*$/iu;

/** The date a sentence opens with, when a comma closes it off from the clause it dates. */
export function frontedDate(doc: EntityDoc, sentenceStart: number, text: string): DateMention | undefined {
  const first = findDates(text, doc.publishedAt, sentenceStart)[0];
  if (!first) return undefined;
  const lead = doc.body.slice(sentenceStart, first.start);
  if (!OPENING.test(lead)) return undefined;
  return /^,/.test(doc.body.slice(first.end, first.end + 1)) ? first : undefined;
}

/** "On Monday, Chile said Peru had detained …": a reporting verb before the act makes the date the report's. */
const REPORTING =
  /\b(?:said|says|announced|told|reported|confirmed|stated|claimed|accused|alleged|denied)\b/iu;

export function attachFrontedDates(doc: EntityDoc, drafts: readonly Dated[]): void {
  for (const s of doc.sentences) {
    const undated = drafts.filter(
      (d) => d.trigger.sentence === s && d.dates.length === 0 && d.status !== "planned",
    );
    if (undated.length === 0) continue;
    const date = frontedDate(doc, s.start, s.text);
    if (!date) continue;
    for (const d of undated) {
      // "In February, fishermen said soldiers had seized their nets": a month or year spans the report and the act.
      if (date.precision === "day" && REPORTING.test(doc.body.slice(date.end, d.trigger.start))) continue;
      // "In March, police detained nine men and released them a week later": the later act has its own time.
      const next = drafts.find((x) => x.trigger.sentence === s && x.trigger.start > d.trigger.end);
      if (!datedApart(doc, d.trigger, next?.trigger.start)) d.dates.push(date);
    }
  }
}

/** "said on Wednesday", "announced Tuesday": the day of a reporting verb opening the sentence. */
const REPORTED_ON = /\b(?:said|announced|confirmed|stated|declared)[\s\u00a0]+(?:on[\s\u00a0]+)?$/u;

/** "accused Serbia's intelligence service on Thursday": the day of a stance verb and its object. */
const ACCUSED_ON =
  /\b(?:accused|blamed|criticised|criticized|condemned|denounced|warned)[\s\u00a0]+(?:(?!\b(?:of|for|over|since|after|before)\b)[^,;.“”"]){1,50}?[\s\u00a0]+(?:on[\s\u00a0]+)?$/u;

/**
 * "X said on Wednesday that …, and ordered two diplomats to leave", "X accused Y on Thursday of …,
 * and ordered out a diplomat": a past act coordinated with the
 * sentence's reporting verb by ", and" happened on the day the saying did.
 */
export function attachReportDayToCoordinatedActs(doc: EntityDoc, drafts: readonly Dated[]): void {
  for (const d of drafts) {
    const t = d.trigger;
    if (d.dates.length > 0 || t.via !== "verb" || t.form !== "past") continue;
    if (!AND_THEN_END.test(doc.body.slice(t.sentence.start, t.start))) continue;
    const date = findDates(doc.body.slice(t.sentence.start, t.start), doc.publishedAt, t.sentence.start).find(
      (x) =>
        REPORTED_ON.test(doc.body.slice(Math.max(t.sentence.start, x.start - 20), x.start)) ||
        (x.precision === "day" &&
          ACCUSED_ON.test(doc.body.slice(Math.max(t.sentence.start, x.start - 70), x.start))),
    );
    if (date) d.dates.push(date);
  }
}

/** A finite verb opening the next clause: "… on Monday, takes effect", "… on Monday arrived in". */
const NEXT_CLAUSE_VERB =
  /^,?[\s\u00a0]+(?:\p{Ll}+ly[\s\u00a0]+)?(?:\p{Ll}{3,}ed|takes|took|came|comes|began|begins|starts|ends|remains|runs|ran|expires|lasts|went|goes|left|leaves|will|would)\b/u;

/**
 * "Three diplomats expelled by Russia on Monday arrived in Helsinki on Tuesday": a later date
 * past the act's own date and the next clause's verb dates that clause, not the act.
 */
export function pastOwnClause(doc: EntityDoc, from: number, to: number): boolean {
  const gap = doc.body.slice(from, to);
  const own = findDates(gap, doc.publishedAt, from).pop();
  return own !== undefined && NEXT_CLAUSE_VERB.test(doc.body.slice(own.end, to));
}
