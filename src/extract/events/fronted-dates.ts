// A date fronted before the main clause ("On July 4, a patrol boat entered … and detained …") sets
// the time of the whole sentence: every act of the sentence that found no date of its own takes it.
// Plans are left alone ("In March, X said it would …" dates the saying, not the plan).
import type { EntityDoc } from "../doc.ts";
import { type DateMention, findDates } from "../text/dates.ts";
import type { EventStatus } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

interface Dated {
  trigger: Trigger;
  dates: DateMention[];
  status: EventStatus;
}

/** "On July 4,", "In March 2022,", "Last Tuesday,": a date opening the sentence and closed by a comma. */
const OPENING = /^(?:(?:on|in|early|late|earlier|later|by|last)[\s\u00a0]+)*$/iu;

/** The date a sentence opens with, when a comma closes it off from the clause it dates. */
export function frontedDate(doc: EntityDoc, sentenceStart: number, text: string): DateMention | undefined {
  const first = findDates(text, doc.publishedAt, sentenceStart)[0];
  if (!first) return undefined;
  const lead = doc.body.slice(sentenceStart, first.start);
  if (!OPENING.test(lead)) return undefined;
  return /^,/.test(doc.body.slice(first.end, first.end + 1)) ? first : undefined;
}

export function attachFrontedDates(doc: EntityDoc, drafts: readonly Dated[]): void {
  for (const s of doc.sentences) {
    const undated = drafts.filter(
      (d) => d.trigger.sentence === s && d.dates.length === 0 && d.status !== "planned",
    );
    if (undated.length === 0) continue;
    const date = frontedDate(doc, s.start, s.text);
    if (date) for (const d of undated) d.dates.push(date);
  }
}
