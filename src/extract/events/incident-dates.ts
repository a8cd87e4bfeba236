// "Peru summoned Chile's envoy on Friday after Chilean sailors seized two fishing boats. / The boats,
// the ministry said, had been boarded late on Tuesday …": wire copy tells an incident undated in the
// lead, as the cause of the reaction, and dates it in the backstory that follows, in the past perfect.
// An undated past act takes the day of that re-telling when it names the act's object again, or when
// both name unnamed armed men as the doers ("soldiers crossed …" / "The troops had advanced …").
import type { EntityDoc } from "../doc.ts";
import { inQuote } from "../doc.ts";
import { type DateMention, findDates } from "../text/dates.ts";
import { WS } from "../text/patterns.ts";
import { IRREGULAR_PAST } from "../text/text.ts";
import type { EventStatus } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

interface IncidentDraft {
  trigger: Trigger;
  type: string;
  dates: DateMention[];
  status: EventStatus;
  negation?: unknown;
  participants: readonly { actorId: string; role: string }[];
}

/**
 * "had been boarded", "had reportedly crossed", "had advanced": the backstory's past perfect; or a
 * simple past passive of taking ("The crew were taken from …", "the skipper was held …"), which tells
 * the taking again (a later step — taken to port, towed, released, fined — is no re-telling).
 */
const PAST_PERFECT = new RegExp(
  `\\bhad${WS}+(?:\\p{Ll}+ly${WS}+)?(?:been${WS}+)?(?!to\\b)\\p{Ll}{3,}|\\b(?:was|were)${WS}+(?:\\p{Ll}+ly${WS}+)?(?:taken${WS}+(?:from|off|into${WS}+custody)|held|stopped|intercepted|boarded|picked${WS}+up)\\b`,
  "u",
);

/** Unnamed armed men and their craft, one class whatever the word ("soldiers" in the lead, "the troops" after). */
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
  // Craft told as the doers: "naval gunboats blocked …" / "two vessels had surrounded …".
  "gunboat",
  "vessel",
  "warship",
  "frigate",
  "corvette",
  "cutter",
  "helicopter",
  "drone",
]);

/** Craft held or boarded, one class whatever the word ("a fishing vessel" in the lead, "The trawler" after). */
const CRAFT = new Set([
  "vessel",
  "boat",
  "ship",
  "trawler",
  "longliner",
  "seiner",
  "dhow",
  "tanker",
  "freighter",
  "yacht",
]);

/** The same noun, or two words for a craft, the later one definite ("the trawler"). */
const sameNoun = (noun: string | undefined, w: string, definite: boolean) =>
  noun !== undefined && (w === noun || (definite && CRAFT.has(noun) && CRAFT.has(w)));

/** How far after the act's sentence the re-telling may stand. */
const SENTENCES_AHEAD = 2;

/** "herders" and "herder", "boats" and "boat": one form for comparing nouns. */
// "forces" → "force", "boxes" → "box": "-es" goes only after a sibilant.
const singular = (word: string) => word.toLowerCase().replace(/(?:(?<=(?:[sxz]|[cs]h))es|s)$/u, "");

/** A definite noun opening the sentence, then its verb: "The drones", "The two boats", "The frigate Aurora". */
const DEFINITE_SUBJECT = new RegExp(
  `^The${WS}+(?:[\\p{L}\\d’'-]+${WS}+){0,2}?(\\p{L}{4,})${WS}+(?:\\p{Ll}+ly${WS}+)?(\\p{Ll}{2,})\\b`,
  "u",
);

/** "The guards said …", "The crew denied …": a report about the incident, no re-telling of it. */
const REPORTING =
  /^(?:said|told|added|stated|reported|claimed|denied|announced|confirmed|warned|accused|insisted|called|urged|described|rejected|blamed|demanded|asked|wanted|appeared|seemed|belonged|remained)$/u;

/**
 * "The drones entered the airspace before dawn on Wednesday": a sentence whose subject is the act's
 * object, named again with "the", goes on telling the act, in the simple past too. (Armed men named
 * again by another word of their class need the past perfect: "The troops crossed back on …" is later.)
 */
function subjectPast(text: string, object: (word: string) => boolean): RegExpExecArray | null {
  const m = DEFINITE_SUBJECT.exec(text);
  const verb = m?.[2] ?? "";
  if (!m || !object(singular(m[1] ?? "")) || REPORTING.test(verb)) return null;
  return /^\p{Ll}{3,}ed$/u.test(verb) || IRREGULAR_PAST.has(verb) ? m : null;
}

/** The day, on or before publication, of a past-perfect re-telling that names `same` words before its verb. */
function retoldDay(
  doc: EntityDoc,
  t: Trigger,
  same: (word: string, definite: boolean) => boolean,
  object: (word: string) => boolean,
): DateMention | undefined {
  for (const s of doc.sentences.slice(t.sentence.index + 1, t.sentence.index + 1 + SENTENCES_AHEAD)) {
    if (s.paragraph > t.sentence.paragraph + 1) break;
    const perfect = PAST_PERFECT.exec(s.text) ?? subjectPast(s.text, object);
    if (!perfect || inQuote(doc, s.start + perfect.index)) continue;
    // "In a separate case, two boats were stopped …": another incident.
    if (APART_CUE.test(s.text.slice(0, perfect.index))) continue;
    const verbEnd = s.start + perfect.index + perfect[0].length;
    // "had been boarded late on Tuesday": the first day after the verb, in the same stretch of clause.
    const day = findDates(s.text, doc.publishedAt, s.start).find(
      (x) =>
        x.start >= verbEnd && x.start - verbEnd <= 100 && !/[;:“”"]/u.test(doc.body.slice(verbEnd, x.start)),
    );
    if (day?.precision !== "day" || day.value > doc.publishedAt) continue;
    // "The longliner …": a word after "the" refers back; "Two patrol ships …" are new.
    const words = [...doc.body.slice(s.start, verbEnd).matchAll(/(\bthe[\s\u00a0]+)?(\p{L}{4,})/giu)];
    if (words.some((w) => same(singular(w[2] ?? ""), w[1] !== undefined))) return day;
  }
  return undefined;
}

/** "Malian soldiers crossed …, shot …": armed men named as doers just before the act. */
function armedDoers(doc: EntityDoc, t: Trigger): boolean {
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 80), t.start);
  return (before.match(/\p{L}{4,}/gu) ?? []).some((w) => ARMED_MEN.has(singular(w)));
}

/** The object phrase right after a verb, up to a preposition or clause break ("detained 14 Peruvian fishermen near …"). */
const OBJECT_AFTER = new RegExp(
  `^${WS}+((?:[\\p{L}\\d’'-]+${WS}+){0,3}?\\p{Ll}{4,})(?=${WS}+(?:in|at|on|near|off|from|to|for|with|by|after|and|who|which|that)\\b|[,;.]|$)`,
  "u",
);

/** "detained its skipper": the head noun of an object the lexicon does not list (none for a noun trigger). */
function bareObject(doc: EntityDoc, t: Trigger): string {
  if (t.via !== "verb") return "";
  return (
    OBJECT_AFTER.exec(doc.body.slice(t.end, Math.min(t.sentence.end, t.end + 60)))?.[1]
      ?.split(/[\s\u00a0]+/u)
      .pop() ?? ""
  );
}

/** Undated past acts take the day of the backstory that re-tells them (same object, or armed doers). */
export function lendIncidentDates(doc: EntityDoc, drafts: readonly IncidentDraft[]): void {
  for (const d of drafts) {
    if (d.dates.length > 0 || d.negation || d.trigger.object?.referring) continue;
    if (d.status !== "occurred" && d.status !== "alleged") continue;
    // "calling the manoeuvres “an act of intimidation”": a definite act noun names an act told before.
    if (
      d.trigger.via === "noun" &&
      /\bthe[\s\u00a0]+$/iu.test(doc.body.slice(d.trigger.start - 5, d.trigger.start))
    )
      continue;
    // "fishing boats": the head's last word is the noun a re-telling repeats.
    const head = d.trigger.object?.head.split(/[\s\u00a0-]+/u).pop() ?? bareObject(doc, d.trigger);
    const noun = /^\p{L}{4,}$/u.test(head) ? singular(head) : undefined;
    const armed = armedDoers(doc, d.trigger);
    if (!noun && !armed) continue;
    const day = retoldDay(
      doc,
      d.trigger,
      (w, definite) => sameNoun(noun, w, definite) || (armed && ARMED_MEN.has(w)),
      (w) => sameNoun(noun, w, true),
    );
    if (day) d.dates.push(day);
  }
}

/** "in a separate incident", "another attack", "a similar raid": the later act is told apart from the first. */
const APART_CUE =
  /\b(?:separate(?:ly)?|another|other|earlier|previous(?:ly)?|similar|also|again|last|second|third|since)\b/iu;

/**
 * "… after two traders were shot dead near Mwanza. / The two men were killed late on Monday …": the
 * detail right after an undated past act that tells an act of its type again, dated to one day, tells
 * the same act (the two mentions are one event, of that day).
 */
export function retellsUndated(doc: EntityDoc, a: IncidentDraft, b: IncidentDraft): boolean {
  const [sa, sb] = [a.trigger.sentence, b.trigger.sentence];
  // Undated, or dated only by a day lent from this very re-telling.
  const lent = a.dates.every((x) => x.start >= sb.start && x.start < sb.end);
  if (!lent || a.negation || b.negation || a.type !== b.type) return false;
  const past = (d: IncidentDraft) => d.status === "occurred" || d.status === "alleged";
  if (!past(a) || !past(b) || a.trigger.object?.referring) return false;
  if (sb.index <= sa.index || sb.index > sa.index + SENTENCES_AHEAD || sb.paragraph > sa.paragraph + 1)
    return false;
  const day = b.dates[0];
  if (b.dates.length !== 1 || day?.precision !== "day" || day.value > doc.publishedAt) return false;
  // A re-telling names no new party: none, the act's own, or the state of one of its bodies.
  const own = new Set(a.participants.flatMap((p) => [p.actorId, doc.actors.get(p.actorId)?.countryId]));
  if (!b.participants.every((p) => own.has(p.actorId))) return false;
  return !toldApart(doc, b.trigger) && !inQuote(doc, b.trigger.start);
}

/** "on Sunday and again on Tuesday": "again" listing a second day of the act told, no other act. */
const AGAIN_ON_DAY = new RegExp(`\\bagain(?=${WS}+(?:(?:late|early)${WS}+)?(?:on|in|at)${WS})`, "giu");

/** "In a separate case, two men were detained …": the clause before the act tells it apart from the one before. */
export function toldApart(doc: EntityDoc, t: Trigger): boolean {
  return APART_CUE.test(doc.body.slice(t.sentence.start, t.start).replace(AGAIN_ON_DAY, ""));
}

/** Acts of force or taking that make an incident (a summons or protest is the reaction to one). */
export const INCIDENTS = new Set([
  "seizure",
  "arrest",
  "coercion",
  "military-attack",
  "intrusion",
  "abduction",
  "raid",
  "cyberattack",
  "show-of-force",
  "territory-capture",
]);

/** Words that tell a habit or a history rather than the incident ("have repeatedly fired", "for years"). */
const HABITUAL =
  /\b(?:never|repeatedly|regularly|routinely|often|frequently|always|years|decades|since|history|previous(?:ly)?|past|earlier|before|again|last|other|another|separate)\b/iu;

/**
 * The lead's dated incident (told as fact or as one side's accusation) as the setting of later
 * undated acts that are part of it, told as no habit: "Sri Lanka's navy arrested 17 fishermen … on
 * Tuesday. … A union accused the navy of firing warning shots" (an act alleged against its doer), or
 * an act of force or taking told on in the simple past (`tellsOn`).
 */
export function lendIncidentDay(doc: EntityDoc, drafts: readonly IncidentDraft[]): void {
  const lead = drafts[0]?.trigger.sentence.paragraph;
  const incident = drafts.find(
    (d) =>
      d.trigger.sentence.paragraph === lead &&
      INCIDENTS.has(d.type) &&
      (d.status === "occurred" || d.status === "alleged") &&
      !d.negation &&
      d.dates.length === 1 &&
      d.dates[0]?.precision === "day" &&
      (d.dates[0]?.value ?? "") <= doc.publishedAt &&
      d.participants.some((p) => p.role === "source"),
  );
  if (!incident) return;
  const doers = new Set(incident.participants.filter((p) => p.role === "source").map((p) => p.actorId));
  for (const d of drafts) {
    if (d === incident || d.dates.length > 0 || d.negation) continue;
    const alleged =
      d.status === "alleged" && d.participants.some((p) => p.role === "source" && doers.has(p.actorId));
    if (!alleged && !tellsOn(doc, incident, d, drafts)) continue;
    const s = d.trigger.sentence;
    if (HABITUAL.test(s.text) || findDates(s.text, doc.publishedAt, s.start).length > 0) continue;
    const day = incident.dates[0];
    if (day) d.dates.push(day);
  }
}

/** "had crossed", "had been detained": the past perfect of a backstory, told before the incident. */
const PERFECT_BEFORE = new RegExp(`\\bhad${WS}+(?:\\p{Ll}+ly${WS}+)?(?:been${WS}+)?$`, "u");

/**
 * "Tajik guards killed three smugglers late on Tuesday. … Two men were detained on the bank": an
 * undated act of force or taking in the simple past, in the two paragraphs after the lead's dated
 * incident and of a type not told before, goes on telling that incident.
 */
function tellsOn(
  doc: EntityDoc,
  incident: IncidentDraft,
  d: IncidentDraft,
  drafts: readonly IncidentDraft[],
): boolean {
  const [a, t] = [incident.trigger, d.trigger];
  if (d.status !== "occurred" || !INCIDENTS.has(d.type) || t.sentence.index <= a.sentence.index) return false;
  // "arresting 23 people on Wednesday … Fourteen suspects were detained in Colombia": a breakdown of an
  // act of its type told before is left to mention merging.
  if (drafts.some((x) => x.type === d.type && x.dates.length > 0 && x.trigger.start < t.start)) return false;
  if (t.sentence.paragraph > a.sentence.paragraph + 2 || inQuote(doc, t.start) || toldApart(doc, t))
    return false;
  return !PERFECT_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 30), t.start));
}
