// One order for the dates of a past act told in the lead and re-told in the detail. Each act takes
// its dates from the best evidence there is, in this order:
//   1. its own clause ("seized a tanker on Friday"), attached before this pass runs;
//   2. a re-telling of the same act in the next few sentences: a later mention of its type that is
//      no event of its own ("Iran condemned … / The missile was fired on Wednesday"), or a definite
//      noun for it whose own clause gives the day ("The assault … began before dawn on Monday");
//   3. the day of a reaction whose object the act is ("X on Thursday condemned Y's test-firing of a
//      missile"): the condemning's day, kept only when nothing better dates the act.
// Where the re-telling gives the day, it replaces a reaction's; an act with a date of its own keeps it.
import type { EntityDoc } from "../doc.ts";
import { inQuote } from "../doc.ts";
import { type DateMention, findDates } from "../text/dates.ts";
import { WS } from "../text/patterns.ts";
import type { EventParticipant, EventStatus } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";
import { toldApart } from "./incident-dates.ts";

interface ActDraft {
  trigger: Trigger;
  type: string;
  dates: DateMention[];
  status: EventStatus;
  negation?: unknown;
  participants: EventParticipant[];
}

/** How far after the act's sentence a re-telling may stand (and no further than the next paragraph). */
const SENTENCES_AHEAD = 3;

/** A verb of stance and what it governs, ending where the act noun starts ("condemned Iran’s "). */
const STANCE_OVER_ACT = new RegExp(
  `^${WS}+(?:condemn|denounc|criticis|criticiz|deplor|decri|slamm|protest|welcom|hail|prais|reject)\\p{Ll}*(?:${WS}+(?:against|at))?(?:${WS}+[^,;:.“”"]{1,40}?)?${WS}+$`,
  "u",
);

/** "X on Thursday condemned Y's test-firing": a day written before the stance verb whose object the act noun is. */
export function reactionDate(doc: EntityDoc, t: Trigger, x: DateMention): boolean {
  return (
    t.via === "noun" &&
    x.end <= t.start &&
    x.start >= t.sentence.start &&
    STANCE_OVER_ACT.test(doc.body.slice(x.end, t.start))
  );
}

const happened = (s: EventStatus) => s === "occurred" || s === "alleged";

/**
 * How far the act's day is open to a re-telling: "open" when undated or dated only by a reaction to
 * it, "refine" when dated only to a month or year (a re-told day within it is kept beside it).
 */
function openness(doc: EntityDoc, d: ActDraft): "open" | "refine" | undefined {
  // "after an attack on a border post": an act the lead leaves open ("reported") may be re-told too.
  if (d.negation || d.status === "planned" || d.trigger.object?.referring) return undefined;
  if (d.dates.every((x) => reactionDate(doc, d.trigger, x))) return "open";
  return d.dates.every((x) => x.precision !== "day") ? "refine" : undefined;
}

/** "the attack", "the Oct. 17 attack", "Tuesday's raid": a definite act noun, which reaches further back. */
const DEFINITE_END =
  /(?:\b(?:the|this)[\s\u00a0]+(?:\p{Lu}\p{Ll}{2,8}\.?[\s\u00a0]+\d{1,2}[\s\u00a0]+)?|\b\p{Lu}\p{Ll}+day[’']s[\s\u00a0]+)$/u;

/**
 * Does `later` stand close enough after `t` to re-tell it: the next few sentences, no further than the
 * next paragraph; a definite act noun up to four sentences on, wherever they break.
 */
function within(doc: EntityDoc, t: Trigger, later: Trigger): boolean {
  const [a, b] = [t.sentence, later.sentence];
  if (b.index <= a.index) return false;
  const definite =
    later.via === "noun" &&
    DEFINITE_END.test(doc.body.slice(Math.max(b.start, later.start - 30), later.start));
  if (definite) return b.index <= a.index + 4;
  return b.index <= a.index + SENTENCES_AHEAD && b.paragraph <= a.paragraph + 1;
}

/** Past days, on or before publication: what a re-telling of a past act can give. */
const pastDays = (doc: EntityDoc, dates: readonly DateMention[]) =>
  dates.filter((x) => x.precision === "day" && x.value <= doc.publishedAt);

/**
 * "Nicaraguan vessels boarded a Colombian boat … / Two patrol boats of the Naval Force boarded the
 * Capitán Jairo on Saturday evening": a later mention of the act's type that makes no event of its
 * own (no party read, or only the act's own) re-tells it: its days are the act's (when it gives only
 * past days), or refine the act's month ("an attack last month … the Oct. 17 attack").
 */
function retoldByMention(
  doc: EntityDoc,
  d: ActDraft,
  dropped: readonly ActDraft[],
  mode: "open" | "refine",
): DateMention[] {
  const own = new Set(d.participants.flatMap((p) => [p.actorId, doc.actors.get(p.actorId)?.countryId]));
  for (const m of dropped) {
    if (m.type !== d.type || m.negation || !happened(m.status) || !within(doc, d.trigger, m.trigger))
      continue;
    if (toldApart(doc, m.trigger) || inQuote(doc, m.trigger.start)) continue;
    if (!m.participants.every((p) => own.has(p.actorId))) continue;
    const days = pastDays(doc, m.dates);
    if (mode === "refine") {
      const inside = days.filter((x) => d.dates.some((y) => x.value.startsWith(y.value)));
      if (inside.length > 0) return inside;
    } else if (days.length > 0 && days.length === m.dates.length) return days;
  }
  return [];
}

/** "shortly after midnight", "before dawn": a time of day, no clause of its own. */
const TIME_OF_DAY = "(?:midnight|dawn|dusk|noon|daybreak|nightfall|sunrise|sunset|\\d)";

/** Between a definite noun for the act and its day: a place, a past verb of taking place, a time of day. */
const MENTION_TO_DAY = new RegExp(
  `^(?:(?!\\b(?:that|which|who|since|when|while|until|because|and|but)\\b|\\bafter${WS}+(?!${TIME_OF_DAY}))[^;:“”"]){0,80}?$`,
  "u",
);

/** A present or future clause, or a later reaction to the act ("was condemned on Tuesday"): no day of the act. */
const NOT_THE_ACT =
  /\b(?:is|are|will|would|has|have|shall|to|said|says|told|added|(?:condemn|denounc|criticis|criticiz|discuss|rais|report|announc|confirm|reveal|disclos|deni|protest)\p{Ll}*)\b/iu;

/**
 * "The assault on the post at Koundjouaré began before dawn on Monday": a definite noun for the act
 * (an event noun of its type referring back) whose own clause names a past day dates the act.
 */
export function referenceDay(doc: EntityDoc, ref: Trigger): DateMention | undefined {
  if (inQuote(doc, ref.start)) return undefined;
  const day = findDates(doc.body.slice(ref.end, ref.sentence.end), doc.publishedAt, ref.end)[0];
  if (day?.precision !== "day" || day.value > doc.publishedAt) return undefined;
  // "The attack is the third this year", "the raid was condemned on Tuesday": no day of the act.
  const gap = doc.body.slice(ref.end, day.start);
  return MENTION_TO_DAY.test(gap) && !NOT_THE_ACT.test(gap) ? day : undefined;
}

/**
 * Past acts whose day is still open take it from the nearest re-telling: a later mention of their type
 * that is no event of its own, or a definite reference with its own day. A reaction's day gives way.
 */
export function lendRetoldDates(
  doc: EntityDoc,
  kept: readonly ActDraft[],
  dropped: readonly ActDraft[],
  references: readonly { ref: Trigger; to: ActDraft }[],
): void {
  for (const d of kept) {
    const mode = openness(doc, d);
    if (!mode) continue;
    const fromRef = references
      .filter(({ to }) => to === d && mode === "open")
      .map(({ ref }) => referenceDay(doc, ref))
      .find((x) => x !== undefined);
    const days = fromRef ? [fromRef] : retoldByMention(doc, d, dropped, mode);
    if (days.length === 0) continue;
    if (mode === "open") d.dates.splice(0, d.dates.length, ...days);
    else d.dates.push(...days);
  }
}
