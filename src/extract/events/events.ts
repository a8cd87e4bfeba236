// Events: triggers from the general lexicon, participants read from the surrounding clause,
// status from modality cues, dates from date expressions next to the trigger. Mentions of the same
// event (a plan taking effect "in May" and, later, "next month") merge, keeping every date.

import {
  type ActorMention,
  type EntityDoc,
  evidence,
  lastMentionBefore,
  mentionAt,
  mentionsIn,
} from "../doc.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { FoundStatement } from "../speech/statements.ts";
import type { DateMention } from "../text/dates.ts";
import { WEEKDAY_NAMES, WS } from "../text/patterns.ts";
import { IRREGULAR_PAST, phraseSource, phrasesRegex, squash } from "../text/text.ts";
import type { Event, EventParticipant, EventStatus } from "../types.ts";
import { accusedOfNoun, blamedAfter } from "./accused-agents.ts";
import {
  armedGroupSubject,
  claimedBy,
  countedPassive,
  relativeClauseAgent,
  victimPassive,
} from "./armed-agents.ts";
import { passiveCallOff, talksBrokeDown } from "./call-off.ts";
import { cameo } from "./cameo.ts";
import { coordinatedWith, GERUND_MARKER } from "./clause-dates.ts";
import { settleClauseStatus } from "./clause-timing.ts";
import { type DatingDraft, type DatingRun, dateMentions } from "./dating.ts";
import { diplomacyNonEvent } from "./diplomacy-non-events.ts";
import { findTriggers, type Trigger } from "./event-triggers.ts";
import { datedNominal } from "./force-triggers.ts";
import { retellsUndated, toldApart } from "./incident-dates.ts";
import { interactionSides } from "./interaction-sides.ts";
import { withoutInterruptions } from "./interrupted-clauses.ts";
import { officialParties, partiesAfterVenue } from "./meeting-parties.ts";
import { coordinatedNouns, datedEitherSideOfReport, sameDayAct } from "./mention-identity.ts";
import { notAnEvent } from "./non-events.ts";
import { doneOnlyUntil } from "./not-until.ts";
import { pairedParties } from "./paired-parties.ts";
import {
  afterPreposition,
  agentNounGap,
  betweenAfterObject,
  directObject,
  forcesBefore,
  hostOf,
  jointBodySubject,
  mainClauseSubject,
  placeOf,
  pluralSubject,
  subjectBefore,
} from "./participants.ts";
import { pluralDelegates } from "./plural-delegates.ts";
import { namedPartner, ownForcesAgent, pronounPartner, theyAntecedent } from "./pronoun-subjects.ts";
import { countedObjectPassive, unnamedForceTaking } from "./unnamed-forces.ts";

/**
 * An intent verb governing an infinitive, with an adverbial between ("agreed on Friday to hold"), or
 * an accord and its purpose ("signed an agreement on Thursday to share data and run patrols").
 */
const INTENT =
  /\b(?:agree[sd]?|agreeing|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|decid(?:e|es|ed|ing)|commit(?:s|ted|ting)?|(?:an?|the)[\s\u00a0]+(?:agreement|accord|deal|pact|treaty|memorandum(?:[\s\u00a0]+of[\s\u00a0]+understanding)?))[\s\u00a0]+(?:(?:on|last|this|next|late|early)[\s\u00a0]+[\p{L}]+[\s\u00a0]+)?to[\s\u00a0]+(?!the\b|a\b|an\b|this\b|that\b|its\b|their\b)\p{Ll}+/iu;

/** "an exercise planned for September", "talks scheduled for Monday": a participle after the trigger that sets it ahead. */
const SCHEDULED_AFTER =
  /^(?:[\s\u00a0]+(?:with|between)[\s\u00a0]+[^,;.“”"]{1,60}?(?=,))?(?:[\s\u00a0]+(?:in|on|at|off|near)[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu}[\p{L}-]*(?:[\s\u00a0]+\p{Lu}[\p{L}-]*)*)?,?[\s\u00a0]+(?:planned|scheduled|set|slated|due)[\s\u00a0]+(?:for|to|in|on)\b/u;

/** "agreed to a", "agreed to their": "agreed to" right before a determiner of the trigger noun. */
const AGREED_TO_NOUN =
  /\b(?:agree[sd]?|agreeing)[\s\u00a0]+to[\s\u00a0]+(?:(?:a|an|the|their|its|his|her)[\s\u00a0]+)?(?:[\p{Ll}-]+[\s\u00a0]+)?$/iu;

interface Draft extends DatingDraft {
  trigger: Trigger;
  /** "called off", "did not attend": the event did not happen; the CAMEO code of that act. */
  negation?: { cue: string; cameo: string };
  type: string;
  participants: EventParticipant[];
  status: EventStatus;
  dates: DateMention[];
  placeId?: string;
  placeName?: string;
  key: string;
  label: string;
}

function statusOf(
  doc: EntityDoc,
  t: Trigger,
  statements: readonly FoundStatement[],
  /** Where the clause may start: after an intent phrase, whose "to" governs only its own object. */
  from = t.sentence.start,
): EventStatus {
  const cues = doc.knowledge.statusCues;
  const clause =
    doc.body
      .slice(from, t.start)
      .split(/;|,\s+(?:but|while|whereas|and)\s+/)
      .pop() ?? "";
  // "The suspect … was detained": a suspect named as a noun does not make the act alleged.
  // "agreed to a ceasefire": "agreed to" before the trigger noun itself is an agreement made, no intent.
  const plain = clause
    .replace(/\b(?:the|a)[\s\u00a0]+suspects?\b/giu, "")
    .replace(AGREED_TO_NOUN, t.via === "noun" ? "agreed " : "$&");
  const has = (list: string[]) => phrasesRegex(list, "iu").test(plain);
  const accused = statements.some(
    (st) =>
      st.stance === "accuse" &&
      st.evidence.some((e) => e.start <= t.start && t.end <= e.end) &&
      st.text.includes(doc.body.slice(t.start, t.end)),
  );
  if (accused || has(cues.alleged)) return "alleged";
  if (has(cues.planned) || INTENT.test(plain) || SCHEDULED_AFTER.test(doc.body.slice(t.end, t.sentence.end)))
    return "planned";
  const words = clause.split(/[\s\u00a0]+/).filter(Boolean);
  // A regular past verb governing a noun trigger ("fired water cannon", "launched airstrikes").
  const governing = t.via === "noun" && words.slice(-4).some((w) => /^\p{Ll}{3,}ed$/u.test(w));
  const pastVerb = governing || words.some((w) => IRREGULAR_PAST.has(w.toLowerCase()));
  // "… for deporting three journalists last month": a past time right after the trigger.
  const after = doc.body.slice(t.end, Math.min(t.sentence.end, t.end + 60)).split(/[,;]/)[0] ?? "";
  const pastTime = /\b(?:last|ago|yesterday|earlier this)\b/i.test(after);
  if (has(cues.occurred) || t.form === "past" || pastVerb || pastTime) return "occurred";
  return "reported";
}

type NegationGroup = Knowledge["negation"]["cues"][number];
const negationCues = new WeakMap<NegationGroup, RegExp>();

/** A cue of the group, then up to four words, ending where the trigger starts (compiled once per group). */
function negationCue(group: NegationGroup): RegExp {
  let re = negationCues.get(group);
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}])(${group.phrases.map(phraseSource).join("|")})((?:${WS}+[\\p{L}’'-]+){0,4}?)${WS}+$`,
      "iu",
    );
    negationCues.set(group, re);
  }
  return re;
}

/**
 * A cancelling or refusing cue right before the trigger, at most four words away and in the same
 * clause: "cancelled a planned visit", "called off talks", "did not attend the summit".
 */
function negationOf(doc: EntityDoc, t: Trigger): Draft["negation"] {
  const neg = doc.knowledge.negation;
  if (!neg.types.includes(t.type.type) || doneOnlyUntil(doc, t)) return undefined;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 80), t.start);
  for (const group of neg.cues) {
    const m = negationCue(group).exec(before);
    if (!m) continue;
    // The words between may not hold another verb's object boundary ("cancelled it and held talks").
    if (/\b(?:and|but|or|then|to|after|before|because|instead)\b/i.test(m[2] ?? "")) continue;
    const cameo = group.cameo[t.type.type] ?? group.cameo["*"];
    if (cameo) return { cue: squash(m[1] ?? ""), cameo };
  }
  return passiveCallOff(doc, t) ?? talksBrokeDown(doc, t);
}

const REPORTED_PRONOUN = new RegExp(
  `^(?:(?:on${WS}+)?(?:${WEEKDAY_NAMES.join("|")}|yesterday|today)${WS}+)?(?:it|they)${WS}+`,
  "u",
);

/**
 * "X said it would present a new package": a pronoun subject opening a reported clause is its
 * speaker, when the trigger lies inside that clause and no actor is named before it.
 */
function reportedPronounSubject(doc: EntityDoc, t: Trigger, statements: readonly FoundStatement[]): string[] {
  for (const st of statements) {
    if (st.kind !== "paraphrase" || st.evidence[0]?.sentence !== t.sentence.index) continue;
    // "said Friday it had seized …": a day between the verb and the clause may lead the text.
    if (!REPORTED_PRONOUN.test(st.text)) continue;
    const at = t.sentence.text.indexOf(st.text);
    if (at < 0) continue;
    const start = t.sentence.start + at;
    if (t.start < start || t.end > start + st.text.length) continue;
    if (mentionsIn(doc, start, t.start).length > 0) continue;
    if (doc.actors.get(st.speakerId)?.kind === "Person") continue;
    return [st.speakerId];
  }
  return quotedClauseSpeaker(doc, t, statements);
}

const SAID_IT = new RegExp(
  `\\b(?:said|says|reported|announced|stated)\\b[^.;“”"]{0,40}?\\b(?:that${WS}+)?(it|they|the${WS}+government)${WS}+(?:\\p{Ll}+${WS}+){0,2}$`,
  "u",
);

/**
 * "The ministry said it had conveyed “strong protest” to X": a quote inside the reported clause
 * leaves no paraphrase to read the pronoun from, so the pronoun right after the reporting verb is
 * the speaker of the sentence's statement (and "the government" is the speaker's state).
 */
function quotedClauseSpeaker(doc: EntityDoc, t: Trigger, statements: readonly FoundStatement[]): string[] {
  const m = SAID_IT.exec(doc.body.slice(t.sentence.start, t.start));
  if (!m) return [];
  const st = statements.find((x) => x.evidence[0]?.sentence === t.sentence.index);
  const speaker = st && doc.actors.get(st.speakerId);
  // "the agency reported that the government had sent …", "the minister said the government was
  // sending …": the government of the speaker's state.
  if (speaker && /^the/i.test(m[1] ?? "")) return speaker.countryId ? [speaker.countryId] : [];
  if (!speaker || speaker.kind === "Person") return [];
  return [speaker.id];
}

/**
 * Prepositions marking an event's target: "fired water cannon at X" (with an agent), and for acts
 * that are a stance, the addressee ("handed a protest note to X", "lodged representations with X").
 */
function targetPrepositions(t: Trigger): string {
  if (!t.type.requiresAgent || t.type.venue) return "against|targeting|on";
  return t.type.relation ? "against|targeting|on|at|to|with" : "against|targeting|on|at";
}

/**
 * "seized a tanker and detained its crew": a verb coordinated with an earlier verb trigger of its
 * sentence shares that trigger's agents (its targets stay its own).
 */
function coordinatedAgents(doc: EntityDoc, t: Trigger, drafts: readonly Draft[]): EventParticipant[] {
  const shared = coordinatedWith(doc, t, drafts)?.participants.filter((p) => p.role !== "target") ?? [];
  // "X summoned the envoy and handed him a note": the shared subject is the agent of an act that needs one.
  const subjects = shared.filter((p) => p.role === "source" || p.role === "participant");
  return t.type.requiresAgent ? subjects.map((p) => ({ ...p, role: "source" })) : shared;
}

const DEFINITE_END = /\b(?:the|these|those|this)[\s\u00a0]+$/iu;

const HOSTING_BEFORE = new RegExp(`\\bhost(?:s|ed|ing)?(?:${WS}+[\\p{Ll}-]+(?:[’']s)?){0,6}${WS}+$`, "u");

/** "host the next round of talks", "will host the bloc’s next summit": a hosting verb governs the event noun. */
function hosting(doc: EntityDoc, t: Trigger): boolean {
  if (t.via === "verb") return false;
  return HOSTING_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 50), t.start));
}

const MODIFIER_GAP =
  /^(?:[\s\u00a0]+(?!(?:at|a|an|the|in|on|of|for|with|to|and|or|by|from|after|before|during)\b)\p{Ll}[\p{Ll}-]*[’']?){0,3}[\s\u00a0]+$/u;

/** Organisations written as a modifier of an event noun, or inside an event's name. */
function modifierOrgs(doc: EntityDoc, t: Trigger): ActorMention[] {
  if (t.via === "verb") return [];
  const isOrg = (m: ActorMention) => doc.actors.get(m.actorId)?.kind === "Organization";
  if (t.via === "named") return mentionsIn(doc, t.start, t.end).filter((m) => m.end <= t.end && isOrg(m));
  const before = lastMentionBefore(doc, t.start);
  // "the NATO defence ministers’ meeting": a few lower-case modifiers may stand between.
  const gap = before ? doc.body.slice(before.end, t.start) : "";
  return before && isOrg(before) && MODIFIER_GAP.test(gap) ? [before] : [];
}

/**
 * "Turkish air strikes", "Russian cyberattacks", "Russia’s full-scale invasion": a demonym right
 * before an act's noun, or a possessive with at most two lower-case modifiers between, is its agent.
 */
function demonymAgent(doc: EntityDoc, t: Trigger): string | undefined {
  if (t.via !== "noun" || !t.type.requiresAgent) return undefined;
  const before = lastMentionBefore(doc, t.start);
  if (!before || doc.actors.get(before.actorId)?.kind !== "Country") return undefined;
  const gap = doc.body.slice(before.end, t.start);
  if (before.kind === "demonym") return /^[\s\u00a0]+$/.test(gap) ? before.actorId : undefined;
  return before.kind === "possessive" && POSSESSED_GAP.test(gap) ? before.actorId : undefined;
}

const POSSESSED_GAP = /^(?:[\s\u00a0]+\p{Ll}[\p{Ll}-]*){0,2}[\s\u00a0]+$/u;

function addParticipant(list: EventParticipant[], actorId: string, role: string): void {
  if (!list.some((p) => p.actorId === actorId)) list.push({ actorId, role });
}

/** "agreed in 2016 to set up", "decided last year to form": the act is only the agreed intent. */
const AGREED_TO_BEFORE = new RegExp(
  `\\b(?:agree[sd]?|agreeing|decided?|resolved?|pledged?|vowed?)\\b[^,;.:“”"]{0,40}?${WS}to${WS}+$`,
  "iu",
);

function agreedInfinitive(doc: EntityDoc, t: Trigger): boolean {
  return (
    t.via === "verb" &&
    AGREED_TO_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 60), t.start))
  );
}

const JOINT_BEFORE = /\bjoint(?:[\s\u00a0]+[\p{L}-]+){0,2}[\s\u00a0]+$/iu;

function chooseCameo(d: Draft, doc: EntityDoc): string {
  if (d.negation) return d.negation.cameo;
  const type = d.trigger.type;
  const sentence = d.trigger.sentence.text;
  // "agreed to set up a security committee and to expand trade": an intent naming a field decides by its own words.
  const { militaryWords, economicWords } = doc.knowledge;
  const own = d.trigger.intent ? d.trigger.text : "";
  const ownField = [militaryWords, economicWords].some((list) => phrasesRegex(list, "iu").test(own));
  const scope = ownField ? own : sentence;
  const words = (list: string[]) => phrasesRegex(list, "iu").test(scope);
  if (type.type === "cooperation") {
    // "agreed to restore an intelligence-sharing pact": sharing intelligence is CAMEO 064.
    if (d.trigger.intent && /\bintelligence\b/i.test(d.trigger.text)) return "064";
    // The agreeing is an expression of intent (03x) even though it occurred.
    const planned = d.status === "planned" || d.trigger.intent === true || agreedInfinitive(doc, d.trigger);
    if (words(doc.knowledge.militaryWords)) return planned ? "0312" : "062";
    if (words(doc.knowledge.economicWords)) return planned ? "0311" : "061";
    if (planned && type.plannedCameo) return type.plannedCameo;
  }
  // "a joint air-defence exercise": "joint" may stand a modifier or two before the noun.
  const jointBefore = JOINT_BEFORE.test(doc.body.slice(Math.max(0, d.trigger.start - 40), d.trigger.start));
  if (type.jointCameo && (d.participants.length >= 2 || /joint/i.test(d.trigger.text) || jointBefore))
    return type.jointCameo;
  if (d.status === "planned" && type.plannedCameo) return type.plannedCameo;
  return type.cameo;
}

function names(doc: EntityDoc, ids: string[]): string {
  return ids.map((id) => doc.actors.get(id)?.name ?? id).join(", ");
}

function labelOf(doc: EntityDoc, d: Draft, objectLabels: Map<string, string>): string {
  const t = d.trigger;
  const agents = d.participants.filter((p) => p.role === "source").map((p) => p.actorId);
  const label = t.type.label
    .replace(
      "{object}",
      (t.object && objectLabels.get(t.object.head)) ?? t.object?.label ?? t.intentObject ?? "",
    )
    .replace("{action}", t.intentAction ?? "")
    .replace("{trigger}", squash(t.text))
    .replace("{name}", squash(t.text))
    .replace("{agents}", names(doc, agents))
    .replace(
      "{participants}",
      names(
        doc,
        d.participants.map((p) => p.actorId),
      ),
    )
    .replace("{place}", d.placeName ? ` in the ${d.placeName}` : "");
  const clean = squash(label.replace(/\(\s*\)/, ""));
  const full = d.negation ? `${d.negation.cue}: ${clean}` : clean;
  return full.charAt(0).toUpperCase() + full.slice(1);
}

/** Dates that can name the same day, month or year ("2024-05" and "2024-05-12"). */
const compatibleDates = (a: DateMention, b: DateMention): boolean =>
  a.value.startsWith(b.value) || b.value.startsWith(a.value);

/**
 * Two mentions are separate acts when each names its own agents and they share none ("Sweden
 * expelled …; Finland expelled …"), or they are past acts whose dates all differ ("seized a tanker
 * on Friday … In April, it seized two others").
 */
function distinctActs(a: Draft, b: Draft, doc: EntityDoc): boolean {
  // A ministry acts for its state: "China" and "China's foreign ministry" are one agent.
  const sources = (d: Draft) =>
    d.participants
      .filter((p) => p.role === "source")
      .map((p) => doc.actors.get(p.actorId)?.countryId ?? p.actorId);
  const [sa, sb] = [sources(a), sources(b)];
  if (sa.length > 0 && sb.length > 0 && !sa.some((id) => sb.includes(id))) return true;
  if (datedEitherSideOfReport(a, b, doc.publishedAt)) return true;
  // A plan is often re-dated in one article ("in September", later "next month"); past acts are not.
  if (a.status === "planned" || b.status === "planned") return false;
  return (
    a.dates.length > 0 &&
    b.dates.length > 0 &&
    !a.dates.some((x) => b.dates.some((y) => compatibleDates(x, y))) &&
    !eveRemention(a, b, doc.body)
  );
}

const DAY_MS = 86_400_000;

/**
 * "lodged a protest on Thursday … the protest note was handed over on Wednesday evening": a
 * definite re-mention dated a day apart tells the same act (reported one day, done the evening
 * before); both days are kept.
 */
function eveRemention(a: Draft, b: Draft, body: string): boolean {
  // "the protest note was handed": a passive's object before the verb carries the article.
  const at = Math.min(b.trigger.start, b.trigger.object?.start ?? b.trigger.start);
  if (!DEFINITE_LEAD.test(body.slice(Math.max(0, at - 30), at))) return false;
  const days = (d: Draft) => d.dates.filter((x) => x.precision === "day").map((x) => Date.parse(x.value));
  const bd = days(b);
  return days(a).some((x) => bd.some((y) => Math.abs(x - y) === DAY_MS));
}

/** "protest" and "protest note": the things acted on share a word (or one act names none). */
function sharedHeadWord(a: Draft, b: Draft): boolean {
  const words = (d: Draft) => (d.trigger.object?.head ?? d.trigger.text).toLowerCase().split(/[\s\u00a0-]+/);
  const wa = words(a);
  return words(b).some((w) => w.length > 3 && wa.includes(w));
}

const DEFINITE_LEAD = /\b(?:the|this)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?$/iu;

/** The states taking part in a draft (a national body stands for its country). */
function partyStates(d: Draft, doc: EntityDoc): string[] {
  return d.participants.map((p) => doc.actors.get(p.actorId)?.countryId ?? p.actorId);
}

/**
 * "will hold a joint exercise next month … drills starting on May 12": two planned mentions of one
 * type whose dates name the same period and whose parties share a state are one plan.
 */
function samePlan(a: Draft, b: Draft, doc: EntityDoc): boolean {
  if (a.status !== "planned" || b.status !== "planned" || a.dates.length === 0 || b.dates.length === 0)
    return false;
  if (!b.dates.every((x) => a.dates.some((y) => compatibleDates(x, y)))) return false;
  const states = partyStates(a, doc);
  return partyStates(b, doc).some((id) => states.includes(id));
}

/**
 * "after a day of clashes between X and Y … Y's troops opened fire on X on Thursday": an undated
 * mention and a dated one of the same type between the same two or more states are one act.
 */
function sameParties(a: Draft, b: Draft, doc: EntityDoc): boolean {
  if ((a.dates.length === 0) === (b.dates.length === 0)) return false;
  // "agreed to set up a committee and to expand trade": coordinated intents are two undertakings.
  if (a.trigger.intent && b.trigger.intent && a.trigger.sentence === b.trigger.sentence) return false;
  const [sa, sb] = [new Set(partyStates(a, doc)), new Set(partyStates(b, doc))];
  if (sa.size < 2 || sb.size < 2) return false;
  return [...sb].every((id) => sa.has(id)) || [...sa].every((id) => sb.has(id));
}

/** Acts of taking people or things, told once in the lead and again, dated, in the detail. */
const TAKINGS = new Set(["arrest", "seizure", "expulsion", "release", "abduction", "raid"]);

/**
 * "three weeks after Chilean officers arrested 11 fishermen … The Chilean navy detained the
 * fishermen on Sept. 22": an undated past mention and a dated one of a taking by the same state
 * are one act.
 */
function sameTaker(a: Draft, b: Draft, doc: EntityDoc): boolean {
  if (!TAKINGS.has(a.type) || (a.dates.length === 0) === (b.dates.length === 0)) return false;
  if (a.status === "planned" || b.status === "planned") return false;
  // A state stands for any of its bodies; two bodies of one state (navy, customs) are two takers.
  const stateOf = (id: string) => (id.startsWith("country:") ? id : undefined);
  const oneTaker = (x: string, y: string) =>
    x === y || stateOf(x) === doc.actors.get(y)?.countryId || stateOf(y) === doc.actors.get(x)?.countryId;
  return a.participants.some((p) => b.participants.some((q) => oneTaker(p.actorId, q.actorId)));
}

/**
 * "German police arrested a man … The suspect was detained in Hamburg on Wednesday": a passive
 * mention naming no party re-tells the act of its type before it.
 */
function bareRemention(a: Draft, b: Draft, doc: EntityDoc): boolean {
  // "arrested 23 people on Wednesday … Fourteen suspects were detained in Colombia": an undated
  // passive also re-tells a dated act (a breakdown of it); two dated ones are left to their dates.
  if (b.participants.length > 0 || (a.dates.length > 0 && b.dates.length > 0) || b.trigger.via !== "verb")
    return false;
  // "Police detained 23 people on Thursday … before officers rounded them up": an undated step of
  // an unnamed force re-tells the act of its type before it.
  if (b.dates.length === 0 && unnamedForceTaking(doc, b.trigger)) return true;
  // "In a separate case, two men were detained …": told apart.
  if (toldApart(doc, b.trigger)) return false;
  // "shot down a helicopter … four police officers were killed": victims of another kind, another attack.
  const [oa, ob] = [a.trigger.object, b.trigger.object];
  if (a.type === "military-attack" && oa && ob && oa.head !== ob.head) return false;
  // "seized two trawlers … where 60 tonnes of fish were confiscated": other things counted, another taking.
  if (TAKINGS.has(a.type) && oa && ob && oa.head !== ob.head && countedObjectPassive(doc, b.trigger, true))
    return false;
  return PASSIVE_END.test(doc.body.slice(b.trigger.sentence.start, b.trigger.start));
}

const PASSIVE_END = /\b(?:was|were|has[\s\u00a0]+been|have[\s\u00a0]+been|had[\s\u00a0]+been)[\s\u00a0]+$/u;

const AGREEMENT_NAMES = /^(?:agreement|accord|treaty|deal|pact|memorandum)$/;

/** "signed an agreement on Thursday … The pact was signed in Suva": a definite other name of the same signing. */
function renamedAgreement(a: Draft, b: Draft, body: string): boolean {
  const [oa, ob] = [a.trigger.object, b.trigger.object];
  if (
    a.type !== "agreement" ||
    !oa ||
    !ob ||
    !AGREEMENT_NAMES.test(oa.head) ||
    !AGREEMENT_NAMES.test(ob.head)
  )
    return false;
  if (
    a.dates.length > 0 &&
    b.dates.length > 0 &&
    !a.dates.some((x) => b.dates.some((y) => compatibleDates(x, y)))
  )
    return false;
  return /\b(?:the|this)[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+)?$/iu.test(
    body.slice(Math.max(0, ob.start - 30), ob.start),
  );
}

/** Does this trigger continue an earlier event ("the attacks", "the new plan")? */
function sameEvent(a: Draft, b: Draft, doc: EntityDoc): boolean {
  const { body } = doc;
  if (a.type !== b.type || distinctActs(a, b, doc)) return false;
  if (a.negation || b.negation) {
    // A call-off is one act of one actor: it joins only mentions sharing a source.
    const src = (d: Draft) => d.participants.filter((p) => p.role === "source").map((p) => p.actorId);
    return src(a).some((id) => src(b).includes(id));
  }
  if (samePlan(a, b, doc) || bareRemention(a, b, doc) || sameParties(a, b, doc) || sameTaker(a, b, doc))
    return true;
  if (retellsUndated(doc, a, b) || sameDayAct(a, b, (d) => partyStates(d as Draft, doc))) return true;
  if (coordinatedNouns(a, b, body)) return true;
  if (eveRemention(a, b, body) && sharedHeadWord(a, b)) return true;
  if (a.trigger.object && b.trigger.object)
    return a.trigger.object.head === b.trigger.object.head || renamedAgreement(a, b, body);
  if (a.trigger.via === "named") return squash(a.trigger.text) === squash(b.trigger.text);
  const definite = /\b(?:the|this|these|such)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?$/iu.test(
    body.slice(Math.max(0, b.trigger.start - 30), b.trigger.start),
  );
  const sources = (d: Draft) => d.participants.filter((p) => p.role === "source").map((p) => p.actorId);
  return definite || sources(a).some((id) => sources(b).includes(id));
}

/** The events of an article, and which of them make their parties cooperate (read by relations). */
export interface EventExtraction {
  events: Event[];
  /** Ids of events whose lexicon entry makes their parties cooperate ("agreed to resume talks"). */
  cooperativeIds: ReadonlySet<string>;
}

/** What reading one article's triggers shares: the triggers in order and the drafts made so far. */
interface EventRun {
  doc: EntityDoc;
  statements: readonly FoundStatement[];
  triggers: readonly Trigger[];
  drafts: Draft[];
  /** Assets an attack hits ("networks", "embassy"), for the possessor-is-target rule. */
  targetNouns: RegExp;
}

export function extractEvents(
  original: EntityDoc,
  articleId: string,
  statements: readonly FoundStatement[],
): EventExtraction {
  // Read with mid-clause attributions blanked ("The men, it said, were shot"); quote evidence as written.
  const doc = withoutInterruptions(original);
  const run: EventRun = {
    doc,
    statements,
    triggers: findTriggers(doc),
    drafts: [],
    targetNouns: phrasesRegex(doc.knowledge.attackTargets, "iu"),
  };
  const references: { ref: Trigger; to: Draft }[] = [];
  for (const [ti, t] of run.triggers.entries()) {
    if (notAnEvent(doc, t) || diplomacyNonEvent(doc, t)) continue;
    if (refersBack(run, t)) {
      const to = run.drafts.filter((d) => d.type === t.type.type).pop();
      if (to) references.push({ ref: t, to });
      continue;
    }
    const draft = draftOf(run, t, ti);
    if (draft) run.drafts.push(draft);
  }
  const { drafts } = run;
  settleClauseStatus(doc, drafts);
  const dating: DatingRun<Draft> = { doc, drafts, references };
  dateMentions(dating, "mention");
  inheritAuthors(doc, drafts);
  const kept = drafts.filter((d) => keepDraft(doc, d));
  dateMentions({ ...dating, kept }, "kept");
  for (const d of kept) {
    if (d.dates.some((x) => x.value > doc.publishedAt) && d.status !== "alleged" && !d.negation)
      d.status = "planned";
  }
  const { merged, evidenceOf } = mergeMentions(doc, absorbPurposes(doc, absorbSettings(doc, kept)));
  const objectLabels = fullestObjectLabels(drafts);
  const cooperativeIds = new Set<string>();
  const events = merged.map((d, n) => {
    const parts = evidenceOf.get(d) ?? [d];
    const event = toEvent(doc, original, d, `${articleId}/event/${n + 1}`, parts, objectLabels);
    if (d.trigger.type.cooperative) cooperativeIds.add(event.id);
    return event;
  });
  return { events, cooperativeIds };
}

/**
 * "would watch the talks": a bare definite noun after an earlier event of its type refers back to
 * it and is no new event (its clause subject is no participant).
 */
function refersBack(run: EventRun, t: Trigger): boolean {
  const { doc } = run;
  return (
    t.via === "noun" &&
    // "the seizure of a trawler in 2019": an act noun naming what it acts on is read on its own.
    !t.object &&
    /(?:^|[\s\u00a0])(?:the|these|those)[\s\u00a0]+$/i.test(
      doc.body.slice(Math.max(0, t.start - 8), t.start),
    ) &&
    run.drafts.some((d) => d.type === t.type.type && d.trigger.sentence.index < t.sentence.index) &&
    // "did not attend the meeting", "the meeting with Peru": a call-off or new parties make it an event.
    !negationOf(doc, t) &&
    !/^[\s\u00a0]+(?:with|between|of|in|on)\b/i.test(doc.body.slice(t.end, t.end + 10))
  );
}

/** The draft event of the trigger at index `ti`, or none when a venue it needs is missing. */
function draftOf(run: EventRun, t: Trigger, ti: number): Draft | undefined {
  const { doc, triggers } = run;
  const participants = participantsOf(run, t);
  if (!participants) return undefined;
  // A place phrase belongs to the nearest trigger before it ("signed a pact …, pledging to hold
  // joint patrols in the X Sea": the patrols are in the sea, not the signing).
  const next = triggers.slice(ti + 1).find((o) => o.sentence === t.sentence && o.start >= t.end);
  const intentBefore = triggers
    .slice(0, ti)
    .filter((o) => o.intent && o.sentence === t.sentence && o.end <= t.start)
    .pop();
  const negation = negationOf(doc, t);
  if (negation) {
    // The actor calling the event off is its source; "a visit by X" makes X a participant.
    const cancellers = new Set(subjectBefore(doc, t).map((m) => m.actorId));
    for (const p of participants)
      p.role = cancellers.has(p.actorId) ? "source" : p.role === "source" ? "participant" : p.role;
    // "The talks … were postponed": a definite call-off naming no party calls off the event told before.
    if (participants.length === 0 && DEFINITE_END.test(doc.body.slice(Math.max(0, t.start - 12), t.start)))
      for (const p of run.drafts.filter((d) => d.type === t.type.type).pop()?.participants ?? [])
        addParticipant(participants, p.actorId, "participant");
  }
  const draft: Draft = {
    trigger: t,
    ...(negation ? { negation } : {}),
    type: t.type.type,
    participants,
    status: negation ? "reported" : statusOf(doc, t, run.statements, intentBefore?.end),
    dates: [],
    key: t.object?.head ?? t.text.toLowerCase(),
    label: "",
    ...(t.via === "named" ? hostOf(doc, t) : placeOf(doc, t, next?.start)),
  };
  // "agreed on Tuesday to resume talks, on the sidelines of the summit": a setting of a past act happened too.
  if (intentBefore?.form === "past" && draft.status === "reported" && !negation) draft.status = "occurred";
  return draft;
}

/** Everyone taking part in the trigger's event, in the order the rules find them; none without a needed venue. */
function participantsOf(run: EventRun, t: Trigger): EventParticipant[] | undefined {
  const { doc } = run;
  const participants: EventParticipant[] = [];
  const add = (actorId: string, role: string) => addParticipant(participants, actorId, role);
  addAgents(run, t, participants);
  // "the Mercosur summit", "a G20 meeting", "the ASEAN Summit": an organisation naming the event takes part.
  for (const m of modifierOrgs(doc, t)) add(m.actorId, "participant");
  for (const m of pairedParties(doc, t)) add(m.actorId, "participant");
  const demonym = demonymAgent(doc, t);
  if (demonym) add(demonym, "source");
  if (t.via === "noun") for (const m of afterPreposition(doc, t, "of", 6)) add(m.actorId, "participant");
  for (const m of afterPreposition(doc, t, "between|with|alongside", 12, false, true))
    add(m.actorId, "participant");
  for (const m of partiesAfterVenue(doc, t)) add(m.actorId, "participant");
  for (const id of officialParties(doc, t)) add(id, "participant");
  for (const m of betweenAfterObject(doc, t)) add(m.actorId, "participant");
  for (const m of afterPreposition(doc, t, INCLUDING, 120, true)) add(m.actorId, "participant");
  addObjectOwners(doc, t, participants);
  if (t.type.jointCameo) for (const id of forcesBefore(doc, t)) add(id, "participant");
  // "raise the issue at X", "take the matter to X": the forum is a participant.
  // "raise the issue with ASEAN": "with" names a forum only when it is an organisation ("raised concerns with Kyiv" is no forum).
  const venue = t.type.venue ? venueOf(doc, t, t.type.venue) : [];
  if (t.type.venue && venue.length === 0) return undefined;
  for (const m of venue) add(m.actorId, "participant");
  // "fired water cannon at X": with an agent, "at" marks the target too. An intent phrase has
  // no target ("agreed to resume talks on trade" is about a topic).
  if (!t.intent) for (const m of afterPreposition(doc, t, targetPrepositions(t), 6)) add(m.actorId, "target");
  // Officials agreeing to negotiate commit their states: each person's country takes part too.
  if (t.intent)
    for (const p of [...participants]) {
      const state = doc.actors.get(p.actorId);
      if (state?.kind === "Person" && state.countryId && doc.actors.has(state.countryId))
        add(state.countryId, p.role);
    }
  if (t.via === "verb" && t.type.directObject)
    for (const m of directObject(doc, t)) add(m.actorId, t.type.directObject);
  if (t.type.requiresAgent) addAttackedOwners(run, t, participants);
  // Sides the clause gives without naming them as parties: a counted pair, a demonym's official, the host.
  const have = participants.map((p) => p.actorId);
  for (const id of interactionSides(doc, t, have)) add(id, "participant");
  return participants;
}

const BROKERED_BY = `(?:brokered|mediated|negotiated|arranged|organi[sz]ed|hosted)${WS}+by`;

function venueOf(doc: EntityDoc, t: Trigger, preps: string[]): ActorMention[] {
  const isOrg = (m: ActorMention) => doc.actors.get(m.actorId)?.kind === "Organization";
  const open = preps.filter((p) => p !== "with");
  const found = open.length > 0 ? afterPreposition(doc, t, open.join("|"), 8) : [];
  if (found.length > 0 || !preps.includes("with")) return found;
  return afterPreposition(doc, t, "with", 8).filter(isOrg);
}

/** "including X", "including the member states of X": the parties listed after an event. */
const INCLUDING = `including(?:${WS}+(?:the${WS}+)?(?:members|member states|member countries)${WS}+of)?`;

/** The trigger's agents: a host, "by X", "from X", the agent of a gerund, the clause subject, a coordinated verb's agents. */
function addAgents(run: EventRun, t: Trigger, participants: EventParticipant[]): void {
  const { doc } = run;
  const add = (actorId: string, role: string) => addParticipant(participants, actorId, role);
  // "were detained", "was quickly seized"; "are to meet" and "was sending" are no passives.
  const passive =
    t.via === "verb" &&
    t.form !== "ing" &&
    /\b(?:is|are|was|were|been|be|being)[\s\u00a0]+(?:(?!to\b)\w+[\s\u00a0]+)?$/i.test(
      doc.body.slice(t.sentence.start, t.start),
    );
  if (t.via === "named") {
    const host = hostOf(doc, t);
    if (host.placeId) add(host.placeId, "host");
  }
  // "attacks on shipping in the Red Sea by X": an act noun's "by" may follow its target and place.
  const byReach = t.via === "noun" && t.type.requiresAgent ? 40 : 4;
  for (const m of afterPreposition(doc, t, "by", byReach)) add(m.actorId, "source");
  for (const id of claimedBy(doc, t)) add(id, "source");
  for (const m of blamedAfter(doc, t)) add(m.actorId, "source");
  if (participants.length === 0) for (const id of relativeClauseAgent(doc, t)) add(id, "source");
  for (const id of ownForcesAgent(doc, t, run.statements))
    add(id, t.type.requiresAgent ? "source" : "participant");
  // "ceasefires brokered by X and Y": the brokers of a noun's act.
  if (t.via === "noun") for (const m of afterPreposition(doc, t, BROKERED_BY, 4)) add(m.actorId, "source");
  // "confiscated oil from a Russian-flagged ship": a demonym after "from" modifies a noun, it is no agent.
  if (t.type.requiresAgent)
    for (const m of afterPreposition(doc, t, "from")) if (m.kind !== "demonym") add(m.actorId, "source");
  const agent = gerundAgent(doc, t) ?? accusedOfNoun(doc, t);
  if (agent) add(agent.actorId, t.type.requiresAgent ? "source" : "participant");
  if (!passive && t.via !== "named" && !agent) {
    // "X will host the next round of talks": X is the host, and hosting implies guests.
    const role = t.type.requiresAgent ? "source" : hosting(doc, t) ? "host" : "participant";
    for (const id of clauseSubjects(run, t)) add(id, role);
  }
  if (participants.length === 0 && !passive)
    for (const p of coordinatedAgents(doc, t, run.drafts)) add(p.actorId, p.role);
  // "Negotiations between X and Y began in 2016 and were concluded last month": a passive act
  // naming no party is done by the parties of the event noun opening its sentence.
  if (participants.length === 0 && passive) {
    const opening = run.drafts.find(
      (d) =>
        d.trigger.sentence === t.sentence &&
        d.trigger.via === "noun" &&
        d.trigger.start - t.sentence.start <= 4,
    );
    for (const p of opening?.participants ?? []) add(p.actorId, "participant");
  }
}

/**
 * "accused Chad of arming …", "criticized Peru for deporting …": the actor right before the
 * preposition is the agent of the gerund.
 */
function gerundAgent(doc: EntityDoc, t: Trigger): ActorMention | undefined {
  if (t.via !== "verb") return undefined;
  // A bare verb can only be a means infinitive's ("… to hack"): cheap test before the full pattern.
  if (
    t.form !== "ing" &&
    !/(?:^|[\s\u00a0])to[\s\u00a0]+$/u.test(doc.body.slice(Math.max(0, t.start - 4), t.start))
  )
    return undefined;
  // "Eritrean troops were accused of killing …": the subject of a passive accusation is the agent too.
  const marker = GERUND_MARKER.exec(doc.body.slice(t.sentence.start, t.start));
  // A bare verb is the agent's only after a means gerund ("of using spyware to hack").
  if (!marker || (t.form !== "ing" && !/to[\s\u00a0]+$/u.test(marker[0]))) return undefined;
  const agentEnd = t.start - marker[0].length;
  const before = lastMentionBefore(doc, agentEnd);
  // "accused Chinese coast guard ships of blocking": the actor's vessels or forces act for it.
  return before && (before.end === agentEnd || agentNounGap(doc, before.end, agentEnd)) ? before : undefined;
}

/** The clause subject, else a plural subject ("X and Y"), else a reported pronoun's speaker. */
function clauseSubjects(run: EventRun, t: Trigger): string[] {
  const found = subjectBefore(run.doc, t);
  const subjects = found.map((m) => m.actorId);
  const partner =
    found[0] &&
    (pronounPartner(run.doc, t, found[0].start, run.statements) ?? namedPartner(run.doc, t, found[0].start));
  if (partner) subjects.unshift(partner);
  if (subjects.length > 0) return subjects;
  const main = mainClauseSubject(run.doc, t).map((m) => m.actorId);
  if (main.length > 0) return main;
  const they = theyAntecedent(run.doc, t, run.drafts);
  if (they.length > 0) return they;
  const plural = pluralSubject(run.doc, t);
  return plural.length > 0 ? plural : reportedPronounSubject(run.doc, t, run.statements);
}

const OWNER_DESTINATION = new RegExp(`^${WS}+(?:to|in|from)${WS}+(?:the${WS}+)?`, "u");

/** "Russia’s ambassador", "its ambassador to Somalia": the country the trigger's object belongs to. */
function addObjectOwners(doc: EntityDoc, t: Trigger, participants: EventParticipant[]): void {
  const object = t.object;
  if (!object || !t.type.objectOwner) return;
  const before = lastMentionBefore(doc, object.start);
  const owner = before && /^[\s\u00a0]*$/.test(doc.body.slice(before.end, object.start)) ? before : undefined;
  const to = OWNER_DESTINATION.exec(doc.body.slice(object.end, object.end + 12));
  const dest = to ? mentionAt(doc, object.end + to[0].length) : undefined;
  for (const m of [owner, dest]) if (m) addParticipant(participants, m.actorId, t.type.objectOwner);
}

/** "Peru’s networks were hit by …": the possessor of an attacked asset is a target. */
function addAttackedOwners(run: EventRun, t: Trigger, participants: EventParticipant[]): void {
  const { doc } = run;
  for (const m of mentionsIn(doc, t.sentence.start, t.start)) {
    if (m.kind !== "possessive" || m.end > t.start) continue;
    const nextWords = doc.body
      .slice(m.end, m.end + 20)
      .split(/[\s\u00a0]+/)
      .slice(0, 2)
      .join(" ");
    if (run.targetNouns.test(nextWords)) addParticipant(participants, m.actorId, "target");
  }
}

/**
 * "Three French journalists were expelled in April": a passive leaves its agent unsaid; it is
 * still an act when it names whom it was done to and when.
 */
function agentlessPassive(doc: EntityDoc, d: Draft): boolean {
  const t = d.trigger;
  if (t.via !== "verb") return false;
  if (!d.participants.some((p) => p.role === "target"))
    return countedObjectPassive(doc, t, d.dates.length > 0);
  if (d.dates.length === 0) return false;
  return PASSIVE_END.test(doc.body.slice(t.sentence.start, t.start));
}

/** A draft is an event when it has its required agent and parties, and someone or somewhere. */
function keepDraft(doc: EntityDoc, d: Draft): boolean {
  const sources = d.participants.filter((p) => p.role === "source");
  if (
    d.trigger.type.requiresAgent &&
    sources.length === 0 &&
    !agentlessPassive(doc, d) &&
    !armedGroupSubject(doc, d.trigger) &&
    !victimPassive(doc, d.trigger) &&
    !datedNominal(doc, d.trigger, d.dates.length > 0)
  )
    return false;
  // An intergovernmental body stands for its members: "a meeting of ASEAN" has many parties.
  const parties = d.participants.reduce(
    (n, p) => n + (/intergovernmental|alliance/.test(doc.actors.get(p.actorId)?.orgType ?? "") ? 2 : 1),
    0,
  );
  const hosted = d.participants.some((p) => p.role === "host");
  const jointBody = jointBodySubject(doc, d.trigger);
  if (
    d.trigger.type.minParticipants &&
    parties < d.trigger.type.minParticipants &&
    !hosted &&
    !jointBody &&
    !pluralDelegates(doc, d.trigger)
  )
    return false;
  // "Clashes in 2021 killed 50 people", "the border has been closed since 1994": an act dated in its
  // own clause is an event even when the clause names no actor.
  return (
    d.participants.length > 0 ||
    d.placeId !== undefined ||
    d.placeName !== undefined ||
    d.dates.length > 0 ||
    countedPassive(doc, d.trigger) ||
    d.trigger.object?.referring === true ||
    unnamedForceTaking(doc, d.trigger) ||
    countedObjectPassive(doc, d.trigger, d.dates.length > 0)
  );
}

/**
 * "reported" says nothing about whether an act happened, so it fits any other status; "alleged" and
 * "occurred" both say it happened (one side's word, or the article's), so one act told both ways is one.
 */
const HAPPENED = new Set<EventStatus>(["alleged", "occurred"]);

/** "X's patrol killed two men … the patrol came under fire": one actor doing in one and undergoing in the other. */
function swappedRoles(a: Draft, b: Draft): boolean {
  const ids = (d: Draft, role: string) => d.participants.filter((p) => p.role === role).map((p) => p.actorId);
  const [sa, ta] = [ids(a, "source"), ids(a, "target")];
  return ids(b, "target").some((id) => sa.includes(id)) || ids(b, "source").some((id) => ta.includes(id));
}

function sameStatus(a: Draft, b: Draft): boolean {
  if (a.status === b.status || a.status === "reported" || b.status === "reported") return true;
  return HAPPENED.has(a.status) && HAPPENED.has(b.status) && !swappedRoles(a, b);
}

/** Mentions of one event merge into its first mention, which keeps every mention as evidence. */
function mergeMentions(
  doc: EntityDoc,
  drafts: readonly Draft[],
): { merged: Draft[]; evidenceOf: Map<Draft, Draft[]> } {
  const merged: Draft[] = [];
  const evidenceOf = new Map<Draft, Draft[]>();
  for (const d of drafts) {
    const into = merged.find((m) => sameEvent(m, d, doc) && sameStatus(m, d) && !m.negation === !d.negation);
    if (!into) {
      merged.push(d);
      evidenceOf.set(d, [d]);
      continue;
    }
    for (const p of d.participants) addParticipant(into.participants, p.actorId, p.role);
    for (const x of d.dates) if (!into.dates.some((y) => y.value === x.value)) into.dates.push(x);
    evidenceOf.get(into)?.push(d);
  }
  return { merged, evidenceOf };
}

/** "the new plan" is labelled like its fullest mention ("energy plan"): object head → longest label. */
function fullestObjectLabels(drafts: readonly Draft[]): Map<string, string> {
  const objectLabels = new Map<string, string>();
  for (const d of drafts) {
    const o = d.trigger.object;
    if (o && o.label.length > (objectLabels.get(o.head)?.length ?? 0)) objectLabels.set(o.head, o.label);
  }
  return objectLabels;
}

function toEvent(
  doc: EntityDoc,
  original: EntityDoc,
  d: Draft,
  id: string,
  parts: readonly Draft[],
  objectLabels: Map<string, string>,
): Event {
  const code = cameo(chooseCameo(d, doc));
  return {
    id,
    type: d.type,
    label: labelOf(doc, d, objectLabels),
    cameo: code.code,
    cameoLabel: code.label,
    plover: code.plover,
    status: d.status,
    ...(d.negation ? { negated: true, negationCue: d.negation.cue } : {}),
    dates: d.dates.map((x) => ({
      value: x.value,
      precision: x.precision,
      evidence: evidence(original, x.start, x.end),
    })),
    ...(d.placeId ? { placeId: d.placeId } : {}),
    ...(d.placeName ? { placeName: d.placeName } : {}),
    participants: d.participants,
    evidence: parts.map((p) => evidence(original, p.trigger.sentence.start, p.trigger.sentence.end)),
  };
}

/** Gatherings a meeting or visit can be held at ("meet at the G20 summit"). */
const SETTING_TYPES = new Set(["summit", "meeting", "hosted-event"]);
/** Between a meeting/visit and the gathering it is held at: "again", "in Lima", then "at the" or "on the sidelines of the" and ≤4 modifiers. */
const AT_SETTING = new RegExp(
  `^(?:${WS}+(?:again|later|next|there|also|in${WS}+\\p{Lu}\\p{L}+(?:${WS}+\\p{Lu}\\p{L}+)?))*${WS}+(?:at|during|on${WS}+the${WS}+sidelines${WS}+of)${WS}+(?:(?:the|a|an|this|next|its|their)${WS}+)?(?:[^\\s\u00a0.,;:!?]+${WS}+){0,4}$`,
  "iu",
);

/**
 * "The two leaders will meet again at the G20 summit in Rome in May": a meeting or visit held at a
 * summit/meeting/conference of the same sentence is that gathering — one event with the union of
 * participants and the gathering's date and place (the meeting's own when the gathering has none).
 */
function absorbSettings(doc: EntityDoc, drafts: Draft[]): Draft[] {
  const absorbed = new Set<Draft>();
  for (const d of drafts) {
    if (d.negation || (d.type !== "meeting" && d.type !== "visit")) continue;
    const setting = drafts.find(
      (g) =>
        g !== d &&
        !absorbed.has(g) &&
        !g.negation &&
        g.trigger.via !== "verb" &&
        SETTING_TYPES.has(g.type) &&
        g.trigger.sentence === d.trigger.sentence &&
        g.trigger.start >= d.trigger.end &&
        AT_SETTING.test(doc.body.slice(d.trigger.end, g.trigger.start)),
    );
    if (!setting) continue;
    for (const p of d.participants) addParticipant(setting.participants, p.actorId, p.role);
    for (const x of d.dates) if (setting.dates.length === 0) setting.dates.push(x);
    if (!setting.placeId && !setting.placeName) {
      if (d.placeId) setting.placeId = d.placeId;
      if (d.placeName) setting.placeName = d.placeName;
    }
    absorbed.add(d);
  }
  return drafts.filter((d) => !absorbed.has(d));
}

/** A gathering's participants, date and place folded into another mention of the same act. */
function foldInto(into: Draft, from: Draft): void {
  for (const p of from.participants) addParticipant(into.participants, p.actorId, p.role);
  if (into.dates.length === 0) into.dates.push(...from.dates);
  if (!into.placeId && !into.placeName) {
    if (from.placeId) into.placeId = from.placeId;
    if (from.placeName) into.placeName = from.placeName;
  }
}

/** Between a trip or meeting and the gathering it is for: a place or a date, no new clause, then "for" and ≤2 modifiers. */
const FOR_PURPOSE = new RegExp(
  `^(?:(?!\\b(?:that|which|who|after|before|when|while|and|but)\\b)[^,;:“”"]){0,60}?${WS}for${WS}+(?:(?:the|a|an|further|more|new|fresh)${WS}+)?(?:[\\p{L}-]+${WS}+){0,2}$`,
  "iu",
);

/**
 * "is expected to visit Tashkent in June for talks", "are due to meet in Arusha on April 14 for a
 * summit": the gathering a trip or a meeting is for is that same act. Talks are the visit's
 * purpose (the visit stays); a summit is what the meeting is (the summit stays).
 */
function absorbPurposes(doc: EntityDoc, drafts: Draft[]): Draft[] {
  const absorbed = new Set<Draft>();
  for (const d of drafts) {
    if (d.negation || absorbed.has(d) || (d.type !== "meeting" && d.type !== "visit")) continue;
    const g = drafts.find(
      (x) =>
        x !== d &&
        !absorbed.has(x) &&
        !x.negation &&
        x.trigger.via === "noun" &&
        (x.type === "meeting" || (x.type === "summit" && d.type === "meeting")) &&
        x.trigger.sentence === d.trigger.sentence &&
        x.trigger.start >= d.trigger.end &&
        FOR_PURPOSE.test(doc.body.slice(d.trigger.end, x.trigger.start)),
    );
    if (!g) continue;
    const [keep, drop] = g.type === "summit" ? [g, d] : [d, g];
    foldInto(keep, drop);
    absorbed.add(drop);
  }
  return drafts.filter((d) => !absorbed.has(d));
}

/**
 * Events whose subject is a document or "it" ("the new plan is expected to be adopted",
 * "it also aims to take part in …") belong to the author of the latest document event.
 */
function inheritAuthors(doc: EntityDoc, drafts: Draft[]): void {
  let author: string | undefined;
  const documents = phrasesRegex(doc.knowledge.documents, "iu");
  for (const d of drafts) {
    // Only documents have authors ("adopted the strategy"); a protest or a summons does not.
    if (d.trigger.object && documents.test(d.trigger.object.head)) {
      const own = d.participants.find((p) => p.role === "source");
      if (own) author = own.actorId;
      else if (author) d.participants.unshift({ actorId: author, role: "source" });
      continue;
    }
    if (!author || d.trigger.via !== "verb" || d.participants.some((p) => p.actorId === author)) continue;
    const clause = doc.body.slice(d.trigger.sentence.start, d.trigger.start);
    const subjectIsDocument =
      /^(?:\p{Lu}\p{L}*,[\s\u00a0]+)?(?:it|they)\b/iu.test(clause) ||
      documents.test(
        clause
          .split(/[\s\u00a0]+/)
          .slice(0, 5)
          .join(" "),
      );
    if (subjectIsDocument) d.participants.unshift({ actorId: author, role: "participant" });
  }
}
