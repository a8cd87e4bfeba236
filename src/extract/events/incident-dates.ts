// "Peru summoned Chile's envoy on Friday after Chilean sailors seized two fishing boats. / The boats,
// the ministry said, had been boarded late on Tuesday …": wire copy tells an incident undated in the
// lead, as the cause of the reaction, and dates it in the backstory that follows, in the past perfect.
// An undated past act takes the day of that re-telling when it names the act's object again, or when
// both name unnamed armed men as the doers ("soldiers crossed …" / "The troops had advanced …").
import type { EntityDoc } from "../doc.ts";
import { inQuote } from "../doc.ts";
import { type DateMention, findDates } from "../text/dates.ts";
import { WS } from "../text/patterns.ts";
import type { EventStatus } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

interface IncidentDraft {
  trigger: Trigger;
  dates: DateMention[];
  status: EventStatus;
  negation?: unknown;
}

/** "had been boarded", "had reportedly crossed", "had advanced": the backstory's past perfect. */
const PAST_PERFECT = new RegExp(`\\bhad${WS}+(?:\\p{Ll}+ly${WS}+)?(?:been${WS}+)?(?!to\\b)\\p{Ll}{3,}`, "u");

/** Unnamed armed men, one class whatever the word ("soldiers" in the lead, "the troops" after). */
const ARMED_MEN = new Set([
  "soldier",
  "troop",
  "force",
  "fighter",
  "gunmen",
  "gunman",
  "militant",
  "raider",
  "attacker",
  "sailor",
  "guard",
]);

/** How far after the act's sentence the re-telling may stand. */
const SENTENCES_AHEAD = 2;

/** "herders" and "herder", "boats" and "boat": one form for comparing nouns. */
const singular = (word: string) => word.toLowerCase().replace(/(?:es|s)$/u, "");

/** The day, on or before publication, of a past-perfect re-telling that names `same` words before its verb. */
function retoldDay(doc: EntityDoc, t: Trigger, same: (word: string) => boolean): DateMention | undefined {
  for (const s of doc.sentences.slice(t.sentence.index + 1, t.sentence.index + 1 + SENTENCES_AHEAD)) {
    if (s.paragraph > t.sentence.paragraph + 1) break;
    const perfect = PAST_PERFECT.exec(s.text);
    if (!perfect || inQuote(doc, s.start + perfect.index)) continue;
    const verbEnd = s.start + perfect.index + perfect[0].length;
    // "had been boarded late on Tuesday": the first day after the verb, in the same stretch of clause.
    const day = findDates(s.text, doc.publishedAt, s.start).find(
      (x) =>
        x.start >= verbEnd && x.start - verbEnd <= 80 && !/[;:“”"]/u.test(doc.body.slice(verbEnd, x.start)),
    );
    if (day?.precision !== "day" || day.value > doc.publishedAt) continue;
    const words = doc.body.slice(s.start, verbEnd).match(/\p{L}{4,}/gu) ?? [];
    if (words.some((w) => same(singular(w)))) return day;
  }
  return undefined;
}

/** "Malian soldiers crossed …, shot …": armed men named as doers just before the act. */
function armedDoers(doc: EntityDoc, t: Trigger): boolean {
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 80), t.start);
  return (before.match(/\p{L}{4,}/gu) ?? []).some((w) => ARMED_MEN.has(singular(w)));
}

/** Undated past acts take the day of the backstory that re-tells them (same object, or armed doers). */
export function lendIncidentDates(doc: EntityDoc, drafts: readonly IncidentDraft[]): void {
  for (const d of drafts) {
    if (d.dates.length > 0 || d.negation || d.trigger.object?.referring) continue;
    if (d.status !== "occurred" && d.status !== "alleged") continue;
    // "fishing boats": the head's last word is the noun a re-telling repeats.
    const head = d.trigger.object?.head.split(/[\s\u00a0-]+/u).pop() ?? "";
    const noun = /^\p{L}{4,}$/u.test(head) ? singular(head) : undefined;
    const armed = armedDoers(doc, d.trigger);
    if (!noun && !armed) continue;
    const day = retoldDay(doc, d.trigger, (w) => w === noun || (armed && ARMED_MEN.has(w)));
    if (day) d.dates.push(day);
  }
}
