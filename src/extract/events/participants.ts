// Reading event participants and places from the clause around a trigger: lists after
// prepositions ("joint drills of X and Y", "talks with X"), clause subjects before the trigger
// (with coordination), plural anaphors ("both countries"), and places ("in Geneva").
import { type ActorMention, type EntityDoc, inQuote, inSpans, mentionAt, mentionsIn } from "../doc.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import { MONTH_NAMES, WEEKDAY_NAMES, WS } from "../text/patterns.ts";
import { execAll, IRREGULAR_PAST, phraseSource, squash } from "../text/text.ts";
import { findPhrasesIn, type PhraseMatcher, phraseMatcher } from "../text/word-index.ts";
import type { Sentence } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";
import { datelineLength } from "./report-dateline.ts";

const SEPARATOR = new RegExp(`^(?:${WS}*(?:,|and|&|as${WS}+well${WS}+as|or)?${WS}*(?:the${WS}+)?)$`, "u");

/**
 * "Chilean Foreign Minister Ana Soto", "Chile's foreign minister, Ana Soto": the role between a
 * state's mention and its holder's name keeps the list going (the appositive reaches the gap's end).
 */
function roleBetween(doc: EntityDoc, from: number, to: number): boolean {
  const role = doc.appositives.find((a) => a.start <= from && a.end >= from && a.end <= to);
  return role !== undefined && /^[\s\u00a0,]*$/u.test(doc.body.slice(role.end, to));
}

/** Consecutive mentions forming a list ("Chile and Peru", "the French navy and Italian forces"). */
export function listFrom(
  doc: EntityDoc,
  s: Sentence,
  from: number,
  maxGap = 4,
  /** Parties of a gathering: a role between a state and its holder keeps the list ("between X's minister, Y"). */
  roles = false,
): ActorMention[] {
  const list: ActorMention[] = [];
  let cursor = from;
  for (const m of mentionsIn(doc, from, s.end)) {
    if (m.start < cursor || inQuote(doc, m.start)) continue;
    const gap = doc.body.slice(cursor, m.start);
    const ok =
      list.length === 0
        ? gap.length <= maxGap ||
          /^[\s\u00a0]*(?:the[\s\u00a0]+)?$/u.test(gap) ||
          (roles && roleBetween(doc, cursor, m.start))
        : SEPARATOR.test(gap) || (roles && roleBetween(doc, cursor, m.start));
    if (!ok) break;
    list.push(m);
    cursor = m.end;
  }
  return list;
}

/** Compiled preposition leads; the preposition lists come from the code and the lexicon, so few. */
const prepositionLeads = new Map<string, RegExp>();
const PREPOSITION_LEADS_MAX = 256;

/** Up to `reach` characters of the clause, then one of the prepositions (a case-insensitive alternation). */
function prepositionLead(preps: string, reach: number, acrossCommas: boolean): RegExp {
  const key = `${acrossCommas ? "," : ""}${reach}\u0000${preps}`;
  let re = prepositionLeads.get(key);
  if (!re) {
    const gap = acrossCommas ? `[^;.“”"]` : `[^,;.“”"]`;
    re = new RegExp(`^${gap}{0,${reach}}?\\b(?:${preps})${WS}+`, "iu");
    if (prepositionLeads.size >= PREPOSITION_LEADS_MAX) prepositionLeads.clear();
    prepositionLeads.set(key, re);
  }
  return re;
}

/** Mentions after a preposition that follows the trigger in its clause ("… from its neighbours - Chile and Peru"). */
export function afterPreposition(
  doc: EntityDoc,
  t: Trigger,
  preps: string,
  reach = 30,
  acrossCommas = false,
  roles = false,
): ActorMention[] {
  // After a verb and its object ("lodged a diplomatic protest against X") the reach counts from the object.
  const anchor = t.object && t.object.start >= t.end ? t.object.end : t.end;
  const rest = doc.body.slice(anchor, t.sentence.end);
  const m = prepositionLead(preps, reach, acrossCommas).exec(rest);
  if (!m) return [];
  const from = anchor + m[0].length;
  // Allow a short descriptive lead before the list ("its neighbours - Chile").
  const lead = /^[^,;.“”"]{0,40}?(?=\p{Lu})/u.exec(doc.body.slice(from, t.sentence.end));
  return listFrom(doc, t.sentence, from, lead ? lead[0].length : 4, roles);
}

const WEEKDAY = `(?:${WEEKDAY_NAMES.join("|")})`;
/** Adverbials that may stand between a subject and its verb ("X on Tuesday lodged", "X last week began"). */
const ADVERBIAL = `(?:also|later|then|again|earlier|yesterday|today|on${WS}+${WEEKDAY}|(?:last|this)${WS}+(?:week|month|year|${WEEKDAY}))`;

const agentNounCache = new WeakMap<object, RegExp>();

/** "Nigeria is sending troops and …": an auxiliary is the subject's verb, never a modifier of an agent noun. */
const NOT_AUXILIARY = "(?!(?:is|are|was|were|has|have|had|will|would|be|been)(?![\\p{L}]))";

/** "a patrol of about 50 men", "a force of 200 soldiers": the size of an agent noun. */
const SIZE = `(?:${WS}+of${WS}+(?:(?:about|around|some|nearly|roughly|more${WS}+than|at${WS}+least)${WS}+)?\\d[\\d,]*${WS}+\\p{Ll}+)?`;

/**
 * Is the word after a mention a verb (or "to"), making the mention a clause subject? Adverbials and
 * an instrument noun of the actor, with up to two modifiers ("a Russian navy ship rammed", "a
 * Chinese survey ship entered", "X police and soldiers used"), may come in between.
 */
function verbFollows(doc: EntityDoc, at: number): boolean {
  let agents = agentNounCache.get(doc.knowledge);
  if (!agents) {
    const nouns = doc.knowledge.agentNouns.map(phraseSource).join("|") || "(?!)";
    agents = new RegExp(
      `^(?:(?:${WS}+and)?(?:${WS}+${NOT_AUXILIARY}\\p{Ll}[\\p{Ll}-]*){0,2}?${WS}+(?:${nouns})(?![\\p{L}])${SIZE})?(?:${WS}+${ADVERBIAL})*${WS}+(\\p{Ll}+(?:-\\p{Ll}+)?)`,
      "u",
    );
    agentNounCache.set(doc.knowledge, agents);
  }
  const next = agents.exec(doc.body.slice(at, at + 60))?.[1] ?? "";
  return (
    /^(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|to|did|does|do)$/.test(
      next,
    ) ||
    IRREGULAR_PAST.has(next) ||
    // "test-fired": a hyphenated past or present verb.
    /^(?:\p{Ll}+-)?\p{Ll}{2,}(?:ed|s)$/u.test(next)
  );
}

const agentLeadCache = new WeakMap<object, RegExp>();

/** An agent noun opening a gap after an actor ("X states agreed", "X fast boats harassed"). */
function agentNounLead(doc: EntityDoc): RegExp {
  let re = agentLeadCache.get(doc.knowledge);
  if (!re) {
    const nouns = doc.knowledge.agentNouns.map(phraseSource).join("|") || "(?!)";
    re = new RegExp(`^${WS}+(?:${nouns})(?![\\p{L}])`, "u");
    agentLeadCache.set(doc.knowledge, re);
  }
  return re;
}

const agentGapCache = new WeakMap<object, RegExp>();

/** Is the text from `from` to `to` an agent noun with up to two modifiers ("… coast guard ships")? */
export function agentNounGap(doc: EntityDoc, from: number, to: number): boolean {
  let re = agentGapCache.get(doc.knowledge);
  if (!re) {
    const nouns = doc.knowledge.agentNouns.map(phraseSource).join("|") || "(?!)";
    re = new RegExp(`^(?:${WS}+\\p{Ll}[\\p{Ll}-]*){0,2}?${WS}+(?:${nouns})$`, "u");
    agentGapCache.set(doc.knowledge, re);
  }
  return re.test(doc.body.slice(from, to));
}

/** Only spaces or an adverb between a subject and the trigger verb ("Peru quietly cut"). */
const TRIGGER_NEXT = new RegExp(`^(?:${WS}+${ADVERBIAL})*${WS}+$`, "u");

// ", which has …" or, after an appositive, ", an armed group that has …".
const RELATIVE_HEAD = new RegExp(
  `^,${WS}+(?:(?:an?|the)${WS}+[^,;.“”"]{1,50}?${WS}+(?:that|which|who)|which|who)${WS}+(?:(?:has|had|have|also|later)${WS}+)*(?:(?:brokered|mediated|negotiated|hosted|held|staged|signed|launched|conducted)${WS}+(?:[\\p{L}-]+${WS}+){0,3})?$`,
  "u",
);
const RELATIVE = new RegExp(`^,${WS}+(?:which|who)${WS}[^,;.“”"]{1,80},`, "u");

/** The end of a non-restrictive relative clause right after `at` (", which joined NATO last year,"), else `at`. */
function afterRelative(doc: EntityDoc, at: number, limit: number): number {
  const m = RELATIVE.exec(doc.body.slice(at, limit));
  return m ? at + m[0].length : at;
}

const reportingMatchers = new WeakMap<Knowledge, PhraseMatcher>();

/** The reporting verbs (their forms but the gerund), found through the word index. */
function reportingVerbs(k: Knowledge): PhraseMatcher {
  let matcher = reportingMatchers.get(k);
  if (matcher) return matcher;
  const forms = k.speechVerbs
    .filter((v) => !v.quoteOnly)
    .flatMap((v) => v.forms.filter((f) => f.form !== "ing").map((f) => f.text));
  matcher = phraseMatcher(forms, "giu");
  reportingMatchers.set(k, matcher);
  return matcher;
}

/**
 * The clause subject before the trigger — an actor followed by a verb ("Iran to be using …",
 * "Syria is … involved", "India and France began …") — with any actors coordinated before it.
 */
/** "Peru's foreign minister, Ana Torres, met …": a person's name set off by commas before the verb is its subject. */
function namedAppositive(doc: EntityDoc, m: ActorMention, gap: string): boolean {
  return (
    /^,[\s\u00a0]+$/u.test(gap) &&
    /,[\s\u00a0]+$/u.test(doc.body.slice(Math.max(0, m.start - 3), m.start)) &&
    doc.actors.get(m.actorId)?.kind === "Person"
  );
}

/** "The ministers of X and Y, meeting in Lima, agreed": a participle set off by a comma qualifies the phrase before it. */
function participleAfter(t: Trigger, gap: string): boolean {
  return t.form === "ing" && /^,[\s\u00a0]+$/u.test(gap);
}

export function subjectBefore(doc: EntityDoc, t: Trigger): ActorMention[] {
  // The subject of a reporting verb is the speaker, not the agent of what is reported.
  const speech = reportingVerbs(doc.knowledge);
  // A role phrase never holds the act's own verb: a span that does is a misread clause, no appositive.
  const appositives = doc.appositives.filter((a) => !(a.start <= t.start && t.start < a.end));
  const usable = mentionsIn(doc, t.sentence.start, t.start).filter(
    (m) =>
      m.end <= t.start && m.kind !== "possessive" && !inQuote(doc, m.start) && !inSpans(appositives, m.start),
  );
  // "Australia, which signed a treaty with X": the head of a relative clause is its verb's subject.
  const head = usable[usable.length - 1];
  if (head && RELATIVE_HEAD.test(doc.body.slice(head.end, t.start))) return [head];
  const subjects = usable.filter((m) => {
    // "X, which joined NATO last year, expelled …": the relative clause stands between subject and verb.
    // "the Defence Force (SANDF) will deploy": the bracket closing an abbreviation is no gap.
    const bracketed = doc.body[m.start - 1] === "(" && doc.body[m.end] === ")";
    const at = afterRelative(doc, bracketed ? m.end + 1 : m.end, t.start);
    const gap = doc.body.slice(at, t.start);
    // "Peru cut ties": the trigger verb right after the actor is its verb, whatever its form.
    const verb =
      verbFollows(doc, at) ||
      (t.via === "verb" &&
        (TRIGGER_NEXT.test(gap) || namedAppositive(doc, m, gap) || participleAfter(t, gap)));
    if (!verb || /[;.]|\b(?:that|which|who)\b/.test(gap)) return false;
    // A commissive verb with an infinitive keeps its subject the agent ("welcomed the deal and
    // pledged to provide aid"): only speech after it separates subject and trigger.
    const intents = execAll(INTENT_TO, gap);
    const last = intents[intents.length - 1];
    const afterAt = at + (last ? last.index + last[0].length : 0);
    // "Gulf states agreed": an agent noun after the actor is no reporting verb.
    const lead = agentNounLead(doc).exec(doc.body.slice(afterAt, t.start));
    return findPhrasesIn(doc, speech, afterAt + (lead?.[0].length ?? 0), t.start).length === 0;
  });
  const last = subjects[subjects.length - 1];
  if (!last) return [];
  const list = [last];
  for (let i = usable.indexOf(last) - 1; i >= 0; i--) {
    const prev = usable[i];
    const head = list[0];
    if (!prev || !head) break;
    // Role prefixes between coordinated people do not break the list ("X and French President Y").
    const gap = doc.appositives
      .filter((a) => a.start >= prev.end && a.end <= head.start)
      .reduceRight(
        (text, a) => text.slice(0, a.start - prev.end) + text.slice(a.end - prev.end),
        doc.body.slice(prev.end, head.start),
      );
    // "X and Y began …", "X, Y and Z began …": the join next to the subject must be a conjunction.
    if (!SEPARATOR.test(gap) || (list.length === 1 && !/\b(?:and|or|as well as)\b|&/.test(gap))) break;
    list.unshift(prev);
  }
  return list;
}

/** ", and" (or "and then", "and later") closing a clause right before a trigger verb. */
export const AND_THEN_END = /,[\s\u00a0]+and[\s\u00a0]+(?:(?:then|also|later|immediately)[\s\u00a0]+)?$/u;
/** What may open a sentence before its subject (after any dateline). */
const SUBJECT_LEAD = /^(?:the[\s\u00a0]+)?$/iu;

/**
 * "X said on Wednesday that …, and ordered two diplomats to leave": a past verb after ", and"
 * continues the sentence's main clause, whose subject opens the sentence.
 */
export function mainClauseSubject(doc: EntityDoc, t: Trigger): ActorMention[] {
  if (t.via !== "verb" || t.form !== "past") return [];
  if (!AND_THEN_END.test(doc.body.slice(t.sentence.start, t.start))) return [];
  // The dateline's city ("OUAGADOUGOU, Dec. 7 —") is no subject.
  const from = t.sentence.start + datelineLength(t.sentence.text);
  const first = mentionsIn(doc, from, t.start).find((m) => !inQuote(doc, m.start));
  if (!first || first.kind === "possessive" || first.kind === "pronoun") return [];
  if (!SUBJECT_LEAD.test(doc.body.slice(from, first.start))) return [];
  return verbFollows(doc, first.end) ? [first] : [];
}

/** "the joint border commission", "a bilateral working group on fisheries": a body of two or more states. */
const JOINT_BODY_BEFORE = new RegExp(
  `\\b(?:joint|bilateral|mixed|intergovernmental)${WS}+(?:[\\p{Ll}-]+${WS}+){0,3}?(?:commission|committee|working${WS}+group|panel|council|task${WS}+force)(?:${WS}+(?:on|for)${WS}+[\\p{Ll}-]+(?:${WS}+[\\p{Ll}-]+){0,3}?)?(?:${WS}+(?:last|again|also|first|could|would|will|may|might|is${WS}+due${WS}+to|is${WS}+set${WS}+to|is${WS}+expected${WS}+to|has|had|have))*${WS}+$`,
  "iu",
);

/** "will hold its first meeting", "convened a session": the verb that makes a meeting noun its subject's act. */
const HOLDS_BEFORE = new RegExp(
  `\\b(?:hold|holds|held|holding|convene|convenes|convened)${WS}+(?:its|their|a|an|the)${WS}+(?:(?:first|next|second|third|inaugural|new|regular|annual|extraordinary)${WS}+)?$`,
  "iu",
);

/**
 * "The joint border commission last met in Narva", "a joint commission will hold its first meeting
 * in Baku": a verb, or a meeting noun held, whose subject is a joint body has its parties.
 */
export function jointBodySubject(doc: EntityDoc, t: Trigger): boolean {
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 130), t.start);
  if (t.via === "verb") return JOINT_BODY_BEFORE.test(before.slice(-90));
  const held = t.via === "noun" ? HOLDS_BEFORE.exec(before) : null;
  return held !== null && JOINT_BODY_BEFORE.test(before.slice(0, held.index));
}

/** A commissive verb and "to" before an infinitive ("pledged to", "promises to", "vowed to"). */
const INTENT_TO =
  /\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|offer(?:s|ed|ing)?|agree[sd]?|agreeing|commit(?:s|ted|ting)?)[\s\u00a0]+to[\s\u00a0]+/giu;

const LEADER_TITLE =
  /president|prime minister|chancellor|premier|king|queen|emperor|head of (?:state|government)|leader/i;

/**
 * "both countries", "the two leaders" as the subject before a trigger: the two latest distinct
 * actors of that kind, looking back at most six sentences.
 */
export function pluralSubject(doc: EntityDoc, t: Trigger): string[] {
  const clause = doc.body.slice(t.sentence.start, t.start);
  const matches = [
    ...clause.matchAll(
      /\b(?:both|the two)[\s\u00a0]+(countries|nations|governments|states|sides|leaders|ministers)\b/gi,
    ),
  ];
  const last = matches[matches.length - 1];
  if (!last) return [];
  const at = t.sentence.start + (last.index ?? 0);
  const noun = (last[1] ?? "").toLowerCase();
  // "leaders" are heads of state or government; "ministers" hold a minister's title.
  const fits = (id: string): boolean => {
    const actor = doc.actors.get(id);
    if (noun === "leaders") return actor?.kind === "Person" && LEADER_TITLE.test(actor.title ?? "");
    if (noun === "ministers") return actor?.kind === "Person" && /minister/i.test(actor.title ?? "");
    return actor?.kind === "Country";
  };
  const from = doc.sentences[Math.max(0, t.sentence.index - 6)]?.start ?? 0;
  const recent: string[] = [];
  for (const m of mentionsIn(doc, from, at).reverse())
    if (fits(m.actorId) && !recent.includes(m.actorId)) recent.push(m.actorId);
  if (recent.length <= 2) return recent.length === 2 ? recent.reverse() : [];
  // Among more than two recent candidates, "the two" are the ones the story has told most about so
  // far (a country named once in passing, "hiding in Venezuela", is not one of the pair).
  const told = new Map<string, number>();
  for (const m of mentionsIn(doc, 0, at)) told.set(m.actorId, (told.get(m.actorId) ?? 0) + 1);
  const ranked = recent
    .map((id, recency) => ({ id, recency, n: told.get(id) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.recency - b.recency)
    .slice(0, 2);
  return ranked.sort((a, b) => b.recency - a.recency).map((x) => x.id);
}

const MONTH_OR_DAY = new RegExp(`^(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join("|")})\\b`);

/** Capitalised words that never name a place on their own. */
const NOT_PLACE =
  /^(?:In|On|At|The|A|An|And|Or|Of|For|From|To|By|With|It|Its|This|That|These|Those|He|She|They|We|I)$/;

const PLACE_WORD = `\\p{Lu}[\\p{L}’'-]*`;
const IN_PLACE = new RegExp(
  `\\bin${WS}+(?:the${WS}+)?(${PLACE_WORD}(?:${WS}+(?:(?:of|of${WS}+the|and)${WS}+)?${PLACE_WORD})*(?:${WS}+(?:region|area|sea|strait|waters|coast|border|zone|corridor|basin))?)`,
  "gu",
);

/**
 * Place written after the trigger and before `limit` (the next trigger of the sentence): a proper
 * noun phrase after "in" — "in the Baltic region", "in Geneva", "in the Sea of Okhotsk" — never a
 * month, a weekday or a lone function word.
 */
export function placeOf(
  doc: EntityDoc,
  t: Trigger,
  limit = t.sentence.end,
): { placeId?: string; placeName?: string } {
  const rest = doc.body.slice(t.end, Math.min(limit, t.sentence.end));
  const destination = t.type.type === "visit" ? visitDestination(doc, t, rest) : undefined;
  if (destination) return destination;
  for (const m of execAll(IN_PLACE, rest)) {
    if ((m.index ?? 0) > 120) break;
    const name = m[1] ?? "";
    if (MONTH_OR_DAY.test(name) || NOT_PLACE.test(name) || /[;.“”"]/.test(rest.slice(0, m.index ?? 0)))
      continue;
    const start = t.end + (m.index ?? 0) + m[0].length - name.length;
    const at = mentionAt(doc, start);
    const mention = at?.actorId.startsWith("country:") && at.end >= start + name.length ? at : undefined;
    if (at && !mention && at.end >= start + name.length) continue;
    return mention ? { placeId: mention.actorId } : { placeName: squash(name) };
  }
  return {};
}

/** "a visit to Panama City", "travelled to Lima": the place right after "to" (or after a trigger ending in it). */
const TO_PLACE = new RegExp(`^(?:${WS}+to)?${WS}+(${PLACE_WORD}(?:${WS}+${PLACE_WORD}){0,2})`, "u");

/** Where a visit goes: a city named after "to", or the country a mention there names. */
function visitDestination(
  doc: EntityDoc,
  t: Trigger,
  rest: string,
): { placeId?: string; placeName?: string } | undefined {
  if (!/(?:^|[\s\u00a0])to$/i.test(t.text) && !/^[\s\u00a0]+to[\s\u00a0]/u.test(rest)) return undefined;
  const m = TO_PLACE.exec(rest);
  const name = m?.[1];
  if (!m || !name || MONTH_OR_DAY.test(name) || NOT_PLACE.test(name)) return undefined;
  const start = t.end + m[0].length - name.length;
  const at = mentionAt(doc, start);
  if (at?.actorId.startsWith("country:")) return { placeId: at.actorId };
  return at ? undefined : { placeName: squash(name) };
}

/** Host of a named event from a capital or country written in its name ("Paris Air Show" → France). */
export function hostOf(doc: EntityDoc, t: Trigger): { placeId?: string; placeName?: string } {
  const name = doc.body.slice(t.start, t.end);
  for (const c of doc.knowledge.countries.values()) {
    if (c.capital && new RegExp(`^${c.capital}\\b`).test(name))
      return { placeId: `country:${c.iso2.toLowerCase()}`, placeName: c.capital };
    if (c.names.some((n) => name.startsWith(`${n} `))) return { placeId: `country:${c.iso2.toLowerCase()}` };
  }
  return {};
}

const OBJECT_LEAD = new RegExp(`^${WS}+(?:the${WS}+)?`, "u");

/**
 * The direct object of a verb trigger ("meet Finnish President X", "met Chile and Peru"): the
 * list of actors right after the verb, reading a role prefix as part of the person it introduces.
 */
export function directObject(doc: EntityDoc, t: Trigger): ActorMention[] {
  let from = t.end;
  const lead = OBJECT_LEAD.exec(doc.body.slice(from, from + 8));
  if (lead) from += lead[0].length;
  const role = doc.appositives.find((a) => a.start === from);
  if (role) from = role.end;
  const first = mentionsIn(doc, from, t.sentence.end)[0];
  if (!first || !/^[\s\u00a0]*$/.test(doc.body.slice(from, first.start))) return [];
  return listFrom(doc, t.sentence, first.start, 0).filter((m) => !inSpans(doc.appositives, m.start));
}

const forcesCache = new WeakMap<object, RegExp>();

/**
 * "will host Russian and Chinese warships for joint drills", "Japanese and Philippine troops will
 * hold an exercise": states whose demonym modifies a force noun in the clause before a joint act.
 */
export function forcesBefore(doc: EntityDoc, t: Trigger): string[] {
  let re = forcesCache.get(doc.knowledge);
  if (!re) {
    const nouns = doc.knowledge.agentNouns.map(phraseSource).join("|") || "(?!)";
    re = new RegExp(`^(?:${WS}+(?:and|,)${WS}+\\p{Lu}[\\p{L}-]+)*${WS}+(?:${nouns})(?![\\p{L}])`, "u");
    forcesCache.set(doc.knowledge, re);
  }
  const clause = /[;.]/.test(doc.body.slice(t.sentence.start, t.start)) ? t.start : t.sentence.start;
  const ids: string[] = [];
  for (const m of mentionsIn(doc, clause, t.start)) {
    if (m.kind !== "demonym" || inQuote(doc, m.start) || doc.actors.get(m.actorId)?.kind !== "Country")
      continue;
    if (!re.test(doc.body.slice(m.end, m.end + 60))) continue;
    // "Philippine soldiers" in an article naming the Armed Forces of the Philippines are that body.
    const forces = `org:${m.actorId.slice("country:".length)}:armed-forces`;
    const id = doc.actors.has(forces) ? forces : m.actorId;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

const BETWEEN_LEAD = new RegExp(`^${WS}+(?:between|with)${WS}+`, "u");

/** "Relations between Madrid and Rabat were restored": the parties written after a passive verb's object. */
export function betweenAfterObject(doc: EntityDoc, t: Trigger): ActorMention[] {
  const object = t.object;
  if (t.via !== "verb" || !object || object.end > t.start) return [];
  const m = BETWEEN_LEAD.exec(doc.body.slice(object.end, t.start));
  return m ? listFrom(doc, t.sentence, object.end + m[0].length) : [];
}
