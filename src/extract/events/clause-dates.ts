// The first step of the dating sieve: each date expression of a sentence goes to the act it is
// written with ("seized a tanker on Friday", "the June summit", "agreed on Friday to resume talks"),
// and acts coordinated with a dated act share its date ("raided offices on Thursday and detained 12
// people", "detained four soldiers who strayed across the frontier on Jan. 14").
import { type EntityDoc, inQuote } from "../doc.ts";
import { type DateMention, findDates } from "../text/dates.ts";
import { FINITE_VERB, WS } from "../text/patterns.ts";
import type { EventStatus } from "../types.ts";
import { ACCUSED_WHEN } from "./accused-agents.ts";
import { dateInAside } from "./aside-dates.ts";
import type { Trigger } from "./event-triggers.ts";
import { pastOwnClause } from "./fronted-dates.ts";
import { datedApart, inNamedYear } from "./relative-dates.ts";
import { datelineLength } from "./report-dateline.ts";
import { tripPurpose } from "./trip-purpose.ts";

/** The part of an event draft the clause steps read and date. */
export interface ClauseDraft {
  trigger: Trigger;
  status: EventStatus;
  dates: DateMention[];
}

/** The earlier verb trigger of the sentence that `t` is coordinated with by "and". */
export function coordinatedWith<D extends ClauseDraft>(
  doc: EntityDoc,
  t: Trigger,
  drafts: readonly D[],
): D | undefined {
  if (t.via !== "verb") return undefined;
  const prev = drafts
    .filter((d) => d.trigger.sentence === t.sentence && d.trigger.via === "verb" && d.trigger.end <= t.start)
    .pop();
  if (!prev) return undefined;
  const gap = doc.body.slice(prev.trigger.end, t.start);
  // "on Sept. 22": within one sentence, a dot ends an abbreviation, not a clause.
  if (/[;“”"]/.test(gap) || /\.(?![\s\u00a0]*[\p{Ll}\d])/u.test(gap) || !AND_END.test(gap)) return undefined;
  // "protested on Thursday after police stopped a boat and detained its skipper": "and" joins the
  // verbs of the "after" clause, not the protest.
  return SUBORDINATE_CLAUSE.test(gap) ? undefined : prev;
}

/** A subordinator opening a clause of its own (a subject, then a finite verb) between two verbs. */
const SUBORDINATE_CLAUSE = new RegExp(
  `\\b(?:after|before|when|while|because|since|until)${WS}+(?:[^,;.“”"]{1,60}?${WS}+)?(?:had${WS}+|have${WS}+|has${WS}+)?${FINITE_VERB}\\b`,
  "u",
);

// "and detained", "and had arrested", "and quickly seized".
const AND_END = new RegExp(
  `${WS}and${WS}+(?:(?:had|has|have|was|were|also|then|later)${WS}+)*(?:\\p{Ll}+ly${WS}+)?$`,
  "u",
);

/** "raided offices on Thursday and detained 12 people": a coordinated act without a date shares its partner's. */
export function shareCoordinatedDates(doc: EntityDoc, drafts: readonly ClauseDraft[]): void {
  for (const d of drafts) {
    if (d.dates.length > 0 || datedApart(doc, d.trigger)) continue;
    const prev = coordinatedWith(doc, d.trigger, drafts) ?? coordinatedIntent(d, drafts);
    if (prev) d.dates.push(...prev.dates);
  }
  shareTrailingDates(doc, drafts);
  shareRelativeDates(doc, drafts);
}

/** The object of a verb, then a relative pronoun: "detained four soldiers who strayed across …". */
const RELATIVE_GAP = new RegExp(
  `^[^,;.:“”"]{1,60}?${WS}(?:who|that|which)${WS}+(?:(?:had|have|has|allegedly|reportedly|apparently)${WS}+)*$`,
  "u",
);

/**
 * "had detained four soldiers who strayed across the frontier on Jan. 14", "on Sept. 18 guards held
 * two soldiers who strayed across the frontier": a verb and a relative clause on its object tell one
 * incident, so a date either gives dates the other when it has none of its own.
 */
function shareRelativeDates(doc: EntityDoc, drafts: readonly ClauseDraft[]): void {
  for (const d of drafts) {
    if (d.trigger.via !== "verb") continue;
    const head = drafts.find(
      (x) =>
        x !== d &&
        x.trigger.via === "verb" &&
        x.trigger.sentence === d.trigger.sentence &&
        x.trigger.end < d.trigger.start &&
        RELATIVE_GAP.test(doc.body.slice(x.trigger.end, d.trigger.start)),
    );
    if (!head) continue;
    if (head.dates.length === 0 && d.dates.length > 0 && d.dates.every((x) => x.start >= d.trigger.end)) {
      if (!datedApart(doc, head.trigger)) head.dates.push(...d.dates);
    } else if (d.dates.length === 0 && head.dates.length > 0) {
      // "who strayed across …, releasing them the next day": the relative clause ends at its comma.
      const clauseEnd = /[,;]/.exec(doc.body.slice(d.trigger.end, d.trigger.sentence.end))?.index;
      const until = clauseEnd === undefined ? d.trigger.sentence.end : d.trigger.end + clauseEnd;
      if (!datedApart(doc, d.trigger, until)) d.dates.push(...head.dates);
    }
  }
}

/** "detained 12 fishermen and seized their boat on Tuesday": a date closing the coordination dates both verbs. */
function shareTrailingDates(doc: EntityDoc, drafts: readonly ClauseDraft[]): void {
  for (const d of drafts) {
    if (d.dates.length === 0 || !d.dates.every((x) => x.start >= d.trigger.end)) continue;
    const prev = coordinatedWith(doc, d.trigger, drafts);
    if (prev && prev.dates.length === 0 && !datedApart(doc, prev.trigger)) prev.dates.push(...d.dates);
  }
}

/** "agreed on Friday to X and to Y": the intent before a coordinated "and to" infinitive of its sentence. */
function coordinatedIntent(d: ClauseDraft, drafts: readonly ClauseDraft[]): ClauseDraft | undefined {
  if (!d.trigger.intent || !/^and\b/i.test(d.trigger.text)) return undefined;
  return drafts
    .filter(
      (x) =>
        x.trigger.intent && x.trigger.sentence === d.trigger.sentence && x.trigger.end <= d.trigger.start,
    )
    .pop();
}

/** "of using spyware to hack …", "of hiring hackers to break into …": a means gerund, then the act's infinitive. */
const MEANS_TO = `(?:(?:using|employing|hiring|paying|recruiting)${WS}+[^,;.“”"]{1,30}?${WS}+to${WS}+)?`;

export const GERUND_MARKER = new RegExp(
  `(?:${WS}+(?:was|were|is|are|has${WS}+been|have${WS}+been|had${WS}+been)${WS}+(?:accused|suspected|blamed))?${ACCUSED_WHEN}${WS}+(?:of|for)${WS}+${MEANS_TO}$`,
  "u",
);

/** "said Friday it had seized …", "told reporters on Monday": the date is the report's, not an event's. */
function datesReport(doc: EntityDoc, date: DateMention): boolean {
  return REPORT_VERB_END.test(doc.body.slice(Math.max(0, date.start - 30), date.start));
}

const REPORT_VERB_END = new RegExp(
  `\\b(?:said|says|told${WS}+\\p{L}+|added|stated)${WS}+(?:on${WS}+)?$`,
  "u",
);

const LATER_RELATIVE = /\S+[\s\u00a0]+\S+[\s\u00a0]+[^,;]*\b(?:that|which|who)[\s\u00a0][^,;]*$/u;

/**
 * "… that runs the trusts", "… which is based in Y": a relative clause in the simple present ("which
 * smugglers had used": a plural noun, then a past auxiliary, is no such clause).
 */
const PRESENT_RELATIVE = new RegExp(
  `\\b(?:that|which|who)${WS}+(?:\\p{Ll}+ly${WS}+)?(?:is|are|\\p{Ll}{2,}[^s\\W]s)\\b(?:(?!\\b(?:that|which|who|had|have|has|was|were|did)\\b)[^,;])*$`,
  "u",
);

/**
 * "searched the offices of the firm that runs the trusts on Tuesday": a relative clause telling a
 * present state has no past day, so the day is the act's before it.
 */
const laterRelative = (gap: string, date: DateMention, publishedAt: string) =>
  LATER_RELATIVE.test(gap) && !(date.value <= publishedAt && PRESENT_RELATIVE.test(gap));

/** ", together with a captain,", ", along with two others,": an aside adding to the object, closed by a comma. */
const WITH_ASIDE = /,[\s\u00a0]+(?:together|along)[\s\u00a0]+with[\s\u00a0][^,;:“”"]{1,60},/gu;

/** Words that open another clause between an act and a later date ("… after X, which …", "… when …"). */
const CLAUSE_BREAK = /[,;:“”"]|\b(?:that|which|who|after|before|when|since|until|while)\b/;

/**
 * "detained two trawlers and their 23 crew members in waters north of the Natuna Islands on Tuesday":
 * a long object and place may hold the date far from its act; with nothing else near the date and no
 * clause between, the act before it owns it.
 */
function farBefore(
  doc: EntityDoc,
  inSentence: readonly ClauseDraft[],
  date: DateMention,
): ClauseDraft | undefined {
  return inSentence
    .filter(
      (d) =>
        d.trigger.end <= date.start &&
        date.start - d.trigger.end <= 150 &&
        // "seized more than 600,000 pills": a separator inside a number is no clause break.
        // "detained the four, together with a captain, at a house … on Sunday": a paired aside is no break.
        !CLAUSE_BREAK.test(
          doc.body
            .slice(d.trigger.end, date.start)
            .replace(/(\d),(?=\d)/g, "$1")
            .replace(WITH_ASIDE, " "),
        ) &&
        !pastOwnClause(doc, d.trigger.end, date.start),
    )
    .pop();
}

/** What may stand between a date and a participle clause after it: a second day, then the comma ("on Monday and Tuesday, arresting"). */
const TO_PARTICIPLE = /^(?:[\s\u00a0]+(?:and|or)[\s\u00a0]+[^,;.“”"]{1,25})?,[\s\u00a0]+$/u;

/**
 * "raided camps used by fighters near the border on Monday, arresting 11 suspects": a date closing
 * the head clause right before its participle belongs to the head act (far back past a long
 * object), and the participle's act happened then too.
 */
function participleShare(
  doc: EntityDoc,
  inSentence: readonly ClauseDraft[],
  date: DateMention,
  owner: ClauseDraft | undefined,
  next: ClauseDraft | undefined,
): ClauseDraft[] {
  if (next?.trigger.via !== "verb" || next.trigger.form !== "ing") return [];
  if (!TO_PARTICIPLE.test(doc.body.slice(date.end, next.trigger.start))) return [];
  const head = owner && owner !== next ? owner : farBefore(doc, inSentence, date);
  if (!head || head.trigger.end > date.start) return [];
  if (head.trigger.via !== "verb" || head.trigger.form !== "past") return [];
  // "…, releasing them the next day": the participle keeps its own, relative day.
  return datedApart(doc, next.trigger) ? [head] : [head, next];
}

const ACCUSING_BEFORE =
  /\b(?:accus|blam|suspect|condemn|criticis|criticiz|denounc|fault)\p{Ll}*[\s\u00a0]+[^,;.“”"]{1,60}$/u;

/** "accused X on Thursday of hacking …": the day before "of" is the accusation's, not the act's. */
function accusationDay(doc: EntityDoc, date: DateMention, t: Trigger): boolean {
  return (
    t.via === "verb" &&
    date.precision === "day" &&
    ACCUSING_BEFORE.test(doc.body.slice(t.sentence.start, date.start)) &&
    /^[\s\u00a0]+(?:of|for)[\s\u00a0]/u.test(doc.body.slice(date.end, t.start)) &&
    GERUND_MARKER.test(doc.body.slice(t.sentence.start, t.start))
  );
}

const AFTER_WORD = /\b(?:after|following|since)\b/u;

/** ", and on", "; in", "and late on": a coordinator, then the preposition of a date opening the next clause. */
const COORDINATED_OPENING = new RegExp(
  `(?:,${WS}*(?:and|but|while|whereas)|;(?:${WS}*(?:and|but))?)${WS}+(?:(?:late|early)${WS}+)?(?:on|in|at|by)?${WS}*$`,
  "u",
);

/**
 * "declared an emergency on Aug. 10, and on Sept. 18 border guards held two soldiers": a date
 * opening a coordinated clause dates that clause's verb, not the act before the coordinator.
 */
function clauseOpenedBy(
  doc: EntityDoc,
  date: DateMention,
  prev: ClauseDraft | undefined,
  next: ClauseDraft | undefined,
): ClauseDraft | undefined {
  if (!prev || next?.trigger.via !== "verb") return undefined;
  if (!COORDINATED_OPENING.test(doc.body.slice(prev.trigger.end, date.start))) return undefined;
  return /^,?[^,;:.“”"]*$/u.test(doc.body.slice(date.end, next.trigger.start)) ? next : undefined;
}

/** "The ceasefire takes effect at midnight on Wednesday": a present-tense schedule right after the act sets its day ahead. */
const PRESENT_SCHEDULE = new RegExp(
  `^(?:${WS}+(?:of|on|with|between|against)${WS}+[^,;.“”"]{1,40}?)?${WS}+(?:takes${WS}+effect|comes${WS}+into${WS}+force|enters${WS}+into${WS}+force|begins|starts|expires|opens|runs${WS}+until)\\b[^,;.“”"]{0,30}$`,
  "u",
);

/** Each date expression belongs to the nearest trigger of its sentence, preferring one just before it. */
export function attachDates(doc: EntityDoc, drafts: readonly ClauseDraft[]): void {
  // The dateline ("CITY, Mon. D (Agency) —") dates the report, not an event in the lead.
  const datelineEnd = datelineLength(doc.body);
  for (const s of doc.sentences) {
    const inSentence = drafts.filter((d) => d.trigger.sentence === s);
    if (inSentence.length === 0) continue;
    const forward = findDates(s.text, doc.publishedAt, s.start, true);
    for (const found of findDates(s.text, doc.publishedAt, s.start)) {
      let date = inNamedYear(doc, found);
      if (inQuote(doc, date.start) || date.start < datelineEnd || datesReport(doc, date)) continue;
      // "… next month under an agreement that took effect last year": a relative clause of a later noun dates that noun.
      const before = inSentence.filter(
        (d) =>
          d.trigger.end <= date.start &&
          date.start - d.trigger.end <= 80 &&
          !laterRelative(doc.body.slice(d.trigger.end, date.start), date, doc.publishedAt) &&
          !pastOwnClause(doc, d.trigger.end, date.start),
      );
      // "voted since 1992 for an end to the embargo": a date before a preposition's object is not the object's.
      // "arrived on Tuesday for a state visit": the trip's date is the visit's.
      const after = inSentence.filter(
        (d) =>
          d.trigger.start >= date.end &&
          d.trigger.start - date.end <= 40 &&
          !dateInAside(doc, d.trigger, date.start, date.end) &&
          !accusationDay(doc, date, d.trigger) &&
          // "protested on Friday after sailors seized …": a day before "after" is the head clause's.
          !(date.precision === "day" && AFTER_WORD.test(doc.body.slice(date.end, d.trigger.start))) &&
          (tripPurpose(doc, d.trigger, date.start, date.end) ||
            !/\b(?:for|against|over|about|accused|accusing|accuses|said|says|told|announced|reported|stated|claimed)\b/.test(
              doc.body.slice(date.end, d.trigger.start),
            )),
      );
      // "agreed on Friday to resume talks": a date inside an intent phrase is the agreeing's date.
      const inside = inSentence.find((d) => d.trigger.start < date.start && date.end <= d.trigger.end);
      // A date written as a modifier belongs to the noun it modifies ("the June summit").
      // "Thursday’s summit": a possessive day is the noun's too.
      const modified = after.find(
        (d) =>
          d.trigger.via !== "verb" &&
          /^(?:[’']s)?[\s\u00a0]+$/u.test(doc.body.slice(date.end, d.trigger.start)),
      );
      const owner =
        inside ??
        modified ??
        clauseOpenedBy(doc, date, before[before.length - 1], after[0]) ??
        before[before.length - 1] ??
        after[0] ??
        farBefore(doc, inSentence, date);
      // A date after a planned event's trigger is the event's date: it resolves forwards
      // ("pledged to hold patrols from January", published in October → next January).
      const scheduled =
        owner !== undefined &&
        owner.trigger.end <= date.start &&
        PRESENT_SCHEDULE.test(doc.body.slice(owner.trigger.end, date.start));
      if (
        (owner?.status === "planned" && (owner.trigger.end <= date.start || owner === modified)) ||
        scheduled
      ) {
        const ahead = forward.find((x) => x.start === date.start && x.end === date.end);
        if (ahead) date = ahead;
      }
      if (owner && !owner.dates.some((x) => x.value === date.value)) owner.dates.push(date);
      for (const d of participleShare(doc, inSentence, date, owner, after[0]))
        if (!d.dates.some((x) => x.value === date.value)) d.dates.push(date);
    }
  }
}
