// Collective speakers: "…, both governments said", "officials from both sides said", "both
// countries accused …". The phrase stands for the coordinated actors the sentence opens with
// ("Chile and Argentina agreed …"), else those of the previous sentence; each is a speaker.

import type { ActorMention, EntityDoc } from "../doc.ts";
import { inQuote, mentionsIn } from "../doc.ts";
import { WS_RUN as WS } from "../text/patterns.ts";
import type { Sentence } from "../types.ts";
import { personPair } from "./person-pair.ts";

const GROUP_NOUN = `(?:governments|countries|sides|nations|states|neighbou?rs|capitals|parties|leaders|ministries|(?:(?:foreign|defen[cs]e|trade)${WS})?ministers|presidents|premiers)`;
/** The collective phrase right before a reporting verb (an adverbial may sit in between). */
const COLLECTIVE_BEFORE_VERB = new RegExp(
  `(?:\\b(?:[Tt]he${WS}(?:two|three|four|five)|[Bb]oth(?:${WS}the)?|[Aa]ll${WS}(?:two|three|four|five))${WS}(?:\\p{Lu}\\p{Ll}+${WS})?${GROUP_NOUN}|\\b[Oo]fficials${WS}(?:on|from|in)${WS}both${WS}sides)(?:${WS}(?:also|on${WS}\\p{Lu}\\p{Ll}+day|later|have|has|had))*${WS}$`,
  "u",
);

/**
 * "The four accused …", "All three said …": a bare count opening the sentence as the subject stands
 * for a group of that many named before (never for the article's lead pair).
 */
const BARE_COUNT = new RegExp(
  `^(?:[Tt]he|[Aa]ll)${WS}(?:two|three|four|five)${WS}(?:(?:also|later|jointly|have|has|had|then)${WS})*$`,
  "u",
);

/**
 * Coordinated actors ("X, Y and Z") opening the stretch from `from` to `to`, outside quotations. The
 * last member is joined by "and": "Nairobi, the embassy said, …" is a subject and a tag, no group.
 */
function openingGroup(doc: EntityDoc, from: number, to: number): ActorMention[] {
  const ms = mentionsIn(doc, from, to).filter((m) => !inQuote(doc, m.start) && m.kind !== "possessive");
  const group: ActorMention[] = [];
  let joinedByAnd = false;
  for (const m of ms) {
    const prev = group[group.length - 1];
    if (!prev) {
      group.push(m);
      continue;
    }
    const join = /^(?:,[\s\u00a0]*|[\s\u00a0]*,?[\s\u00a0]+(and)[\s\u00a0]+)(?:the[\s\u00a0]+)?$/.exec(
      doc.body.slice(prev.end, m.start),
    );
    if (!join) break;
    joinedByAnd = join[1] !== undefined;
    group.push(m);
  }
  return group.length >= 2 && joinedByAnd ? group : [];
}

/** The actors a collective phrase before the verb at `verbStart` stands for, or none. */
export function collectiveSpeakers(doc: EntityDoc, s: Sentence, verbStart: number): ActorMention[] {
  const bare = BARE_COUNT.exec(doc.body.slice(s.start, verbStart));
  const phrase =
    bare ?? COLLECTIVE_BEFORE_VERB.exec(doc.body.slice(Math.max(s.start, verbStart - 80), verbStart));
  if (!phrase) return [];
  const own = openingGroup(doc, s.start, verbStart);
  const prev = doc.sentences[s.index - 1];
  const counted = COUNT[/\b(two|three|four|five)\b/.exec(phrase[0])?.[1] ?? ""];
  const prevGroup = prev ? openingGroup(doc, prev.start, prev.end) : [];
  // A counted phrase whose count the previous sentence's group does not match looks further back.
  const previous =
    own.length > 0
      ? own
      : counted && prevGroup.length !== counted
        ? countedGroup(doc, s, counted)
        : prevGroup;
  // "officials on both sides said": with no pair named nearby, the two states of the lead's dispute.
  const group = previous.length > 0 || bare || !DUAL.test(phrase[0]) ? previous : leadPair(doc);
  // "Japanese and Philippine troops …, the two governments said": the states speak, not their forces.
  if (PERSON_NOUN.test(phrase[0])) return group.map((m) => holderOf(doc, s, m) ?? m);
  if (!STATE_NOUN.test(phrase[0])) return group;
  return group.map((m) => {
    const state = doc.actors.get(m.actorId)?.countryId;
    return state && doc.actors.has(state) ? { ...m, actorId: state } : m;
  });
}

/** "the two ministers", "both presidents": people, one per state of the group. */
const PERSON_NOUN = /\b(?:ministers|presidents|premiers|leaders)\b/;

/** The person of a state named in this sentence or the one before ("Norway's minister A … B"). */
function holderOf(doc: EntityDoc, s: Sentence, m: ActorMention): ActorMention | undefined {
  if (!m.actorId.startsWith("country:")) return undefined;
  const from = doc.sentences[s.index - 1]?.start ?? s.start;
  return mentionsIn(doc, from, s.end).find(
    (x) => x.actorId.startsWith("person:") && doc.actors.get(x.actorId)?.countryId === m.actorId,
  );
}

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/**
 * "the three Sahel states have said": the latest group of exactly that many states named together
 * in one of the ten sentences before ("Burkina Faso, Mali and Niger signed a pact …").
 */
function countedGroup(doc: EntityDoc, s: Sentence, count: number): ActorMention[] {
  for (let i = s.index - 1; i >= Math.max(0, s.index - 10); i--) {
    const x = doc.sentences[i];
    if (!x) continue;
    const group = openingGroup(doc, x.start, x.end);
    if (group.length === count && group.every((m) => m.actorId.startsWith("country:"))) return group;
  }
  return [];
}

/** A phrase that counts two ("both sides", "the two governments"). */
const DUAL = /\b(?:[Bb]oth|two)\b/;

/** The first two states named in the article's first sentence (outside quotations), if two are. */
function leadPair(doc: EntityDoc): ActorMention[] {
  const lead = doc.sentences[0];
  if (!lead) return [];
  const pair: ActorMention[] = [];
  for (const m of mentionsIn(doc, lead.start, lead.end)) {
    if (!m.actorId.startsWith("country:") || inQuote(doc, m.start)) continue;
    if (!pair.some((x) => x.actorId === m.actorId)) pair.push(m);
  }
  return pair.length >= 2 ? pair.slice(0, 2) : [];
}

/** Group nouns that name states: their national bodies stand for them. */
const STATE_NOUN = /\b(?:governments|countries|nations|states|capitals)\b/;

/**
 * "Kenya and Uganda accused …", "Brazil and Uruguay backed …, calling for …": the speaker found is
 * one of a coordinated subject opening the sentence; each member is a speaker. Only states and
 * bodies, and only when nothing but adverbials separates the group from the verb or, for a
 * participle, when the group opens its sentence.
 */
export function coordinatedSpeakers(
  doc: EntityDoc,
  s: Sentence,
  speakerStart: number,
  verbStart: number,
): ActorMention[] {
  const from = s.start + (OPENING.exec(doc.body.slice(s.start, verbStart))?.[0].length ?? 0);
  const group = openingGroup(doc, from, verbStart);
  if (group.length < 2 || group[0]?.start !== from || !group.some((m) => m.start === speakerStart))
    return personPair(doc, s, speakerStart, verbStart);
  return group.some((m) => m.actorId.startsWith("person:"))
    ? personPair(doc, s, speakerStart, verbStart)
    : group;
}

/**
 * What may open a sentence before its subject: a dateline, "The", and a head noun of the group
 * ("The leaders of", "The foreign ministers of").
 */
const OPENING =
  /^(?:[\p{Lu}\s.,'’-]+,[^—–-]*\)[\s\u00a0]*[—–-]+[\s\u00a0]*)?(?:The[\s\u00a0]+)?(?:(?:[\p{Ll}-]+[\s\u00a0]+){1,2}of[\s\u00a0]+(?:the[\s\u00a0]+)?)?/u;
