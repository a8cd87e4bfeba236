// MEMBER_OF from phrases that state membership without "a member of" next to the member:
// "Both countries are members of Z" (the story's first pair), "A and B, C’s partners in Z" (the
// partners and C), "A, which became Z’s eleventh member" / "A became a member of Z".
import { type ActorMention, type EntityDoc, evidence } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { sentenceAt } from "../text/sentences.ts";
import { execAll } from "../text/text.ts";
import { listBefore, listFrom } from "./actor-lists.ts";
import type { RelationSet } from "./relation-set.ts";

export const NUMBERS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** Blocs and alliances only: a court or a rights group has no members in this sense. */
export const isBloc = (doc: EntityDoc, id: string) =>
  /intergovernmental|alliance/.test(doc.actors.get(id)?.orgType ?? "") ||
  // A body named in the story but not in the knowledge base ("the Pacific Alliance") has a generic type.
  (/^org:[a-z0-9-]+$/.test(id) && [undefined, "organization"].includes(doc.actors.get(id)?.orgType));

export const blocAt = (doc: EntityDoc, at: number) =>
  doc.mentions.find((m) => m.start === at && m.actorId.startsWith("org:") && isBloc(doc, m.actorId));

export function addAll(
  doc: EntityDoc,
  out: RelationSet,
  members: readonly ActorMention[],
  org: ActorMention,
) {
  const start = Math.min(org.start, ...members.map((m) => m.start));
  const end = Math.max(org.end, ...members.map((m) => m.end));
  for (const m of members)
    if (m.actorId.startsWith("country:"))
      out.add("MEMBER_OF", m.actorId, org.actorId, { evidence: [evidence(doc, start, end)] });
}

/** The first `n` distinct coordinated states of the story before `before` ("Finland and Estonia signed"). */
export function firstGroup(doc: EntityDoc, n: number, before: number): ActorMention[] | undefined {
  for (const m of doc.mentions) {
    if (m.start >= before) return undefined;
    if (!m.actorId.startsWith("country:")) continue;
    const list = listFrom(doc, m.start, before).filter((x) => x.actorId.startsWith("country:"));
    if (list.length === n && new Set(list.map((x) => x.actorId)).size === n) return list;
  }
  return undefined;
}

/** The first `n` distinct states of the story, the parties its lead is about ("both countries"). */
export function leadStates(doc: EntityDoc, n: number): ActorMention[] {
  const seen = new Map<string, ActorMention>();
  for (const m of doc.mentions)
    if (m.actorId.startsWith("country:") && !seen.has(m.actorId)) seen.set(m.actorId, m);
  const states = [...seen.values()].slice(0, n);
  return states.length === n ? states : [];
}

/**
 * "Both countries are members of NATO", "The two neighbours belong to the AU", "Both are members of
 * Z", "The two neighbours share a border and are both members of Z".
 */
const GROUP_ARE_MEMBERS = new RegExp(
  `\\b(?:(both)|(?:the|all)${WS}+(two|three|four|five|six))(?:${WS}+(?:countries|states|nations|neighbou?rs))?(?:${WS}+[^.;:“”"]{1,60}?${WS}+and)?${WS}+(?:(?:are|were)${WS}+(?:both${WS}+|all${WS}+)?(?:founding${WS}+)?members${WS}+of|(?:both${WS}+|all${WS}+)?belong(?:ed)?${WS}+to)${WS}+(?:both${WS}+)?(?:the${WS}+)?`,
  "giu",
);

/**
 * The `n` states "both countries" stands for: those the sentence before names, when it is in the
 * same paragraph and names exactly `n` ("Ruritania, which keeps troops in Osterlich, stood by its
 * ally. Both countries belong to …"); else the story's first coordinated group or its lead states.
 */
function groupMembers(doc: EntityDoc, n: number, at: number): ActorMention[] | undefined {
  const i = sentenceAt(doc.sentences, at);
  const here = doc.sentences[i];
  const previous = doc.sentences[i - 1];
  if (here && previous && previous.paragraph === here.paragraph) {
    const seen = new Map<string, ActorMention>();
    for (const m of doc.mentions)
      if (m.start >= previous.start && m.end <= previous.end && m.actorId.startsWith("country:"))
        if (!seen.has(m.actorId)) seen.set(m.actorId, m);
    if (seen.size === n) return [...seen.values()];
  }
  return firstGroup(doc, n, at) ?? leadStates(doc, n);
}

/**
 * " and the ", ", ": what joins coordinated blocs ("members of both the EU and NATO"), after the
 * first one's acronym if any ("the Z Union (ZU) and the Y Community"); ", and" may open a new
 * clause ("members of the AU, and NATO was not consulted").
 */
const BLOC_JOINER = /^(?:[\s\u00a0]*\([^()]{1,12}\))?(?:,|[\s\u00a0]+and)[\s\u00a0]+(?:the[\s\u00a0]+)?/u;

/** The bloc at `at` and the blocs coordinated after it ("the EU and NATO"). */
export function blocsFrom(doc: EntityDoc, at: number): ActorMention[] {
  const blocs: ActorMention[] = [];
  for (let org = blocAt(doc, at); org; ) {
    blocs.push(org);
    const joiner = BLOC_JOINER.exec(doc.body.slice(org.end, org.end + 28));
    org = joiner ? blocAt(doc, org.end + joiner[0].length) : undefined;
  }
  return blocs;
}

function groupAreMembers(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(GROUP_ARE_MEMBERS, doc.body)) {
    const n = NUMBERS[(m[1] ?? m[2] ?? "").toLowerCase()];
    const members = n ? groupMembers(doc, n, m.index ?? 0) : undefined;
    if (!members || members.length === 0) continue;
    for (const org of blocsFrom(doc, (m.index ?? 0) + m[0].length)) addAll(doc, out, members, org);
  }
}

/**
 * "A and B, C’s partners in the Z trade bloc", "A, a fellow member of Z": the listed states (and the
 * possessor C) are members of Z.
 */
const PARTNERS_IN = new RegExp(
  `,${WS}+(?:(?:the${WS}+)?(\\p{Lu}[^,;.]{0,40}?)[’']s${WS}+|a${WS}+)?(?:fellow${WS}+members?${WS}+of|(?:fellow${WS}+)?partners?${WS}+in)${WS}+(?:the${WS}+)?`,
  "gu",
);

function partnersIn(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(PARTNERS_IN, doc.body)) {
    const comma = m.index ?? 0;
    const org = blocAt(doc, comma + m[0].length);
    const members = listBefore(doc, comma).filter((x) => x.actorId.startsWith("country:"));
    if (!org || members.length === 0) continue;
    const ownerStart = comma + m[0].indexOf(m[1] ?? "\u0000");
    const owner = doc.mentions.find((x) => x.start === ownerStart && x.actorId.startsWith("country:"));
    if (m[1] && !owner) continue;
    addAll(doc, out, owner ? [...members, owner] : members, org);
  }
}

/** "A, which became ASEAN’s eleventh member", "A became a full member of Z". */
const BECAME = new RegExp(
  `(?:,${WS}+which|,${WS}+that)?${WS}+(?:became|has${WS}+become|had${WS}+become)${WS}+`,
  "gu",
);
const MEMBER_OF_LEAD = new RegExp(
  `^(?:a|an|the)${WS}+(?:\\p{L}+${WS}+)?member(?:${WS}+state)?${WS}+of${WS}+(?:the${WS}+)?`,
  "u",
);
const POSSESSIVE_MEMBER = new RegExp(`^[’']s${WS}+(?:\\p{L}+${WS}+)?member\\b`, "u");

function becameMember(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(BECAME, doc.body)) {
    const start = m.index ?? 0;
    const member = doc.mentions.find((x) => x.end === start && x.actorId.startsWith("country:"));
    if (!member) continue;
    const at = start + m[0].length;
    const rest = doc.body.slice(at, at + 80);
    const of = MEMBER_OF_LEAD.exec(rest);
    const possessive = /^(?:\S+?)[’']s/u.test(rest) ? blocAt(doc, at) : undefined;
    const afterPossessive =
      possessive && POSSESSIVE_MEMBER.test(doc.body.slice(possessive.end, possessive.end + 40));
    const org = of ? blocAt(doc, at + of[0].length) : afterPossessive ? possessive : undefined;
    if (org) addAll(doc, out, [member], org);
  }
}

/** A bloc mention ending right before `at` ("NATO" in "NATO members"). */
const blocBefore = (doc: EntityDoc, at: number) =>
  doc.mentions.find((m) => m.end === at && m.actorId.startsWith("org:") && isBloc(doc, m.actorId));

/**
 * Plural memberships told around the list: "A and B, both members of Z", "A and B, both NATO
 * members", "A and B are both EU members", "NATO member Turkey", "fellow EU members A and B".
 */
const MEMBERS_OF_AFTER = new RegExp(
  `(?:,${WS}+(?:(?:both|all|fellow)${WS}+)?|${WS}+(?:are|were)${WS}+(?:both${WS}+|all${WS}+)?)members${WS}+of${WS}+(?:the${WS}+)?`,
  "gu",
);
const NAMED_MEMBERS = new RegExp(
  `(?:,${WS}+(?:(?:both|all|fellow)${WS}+)?|${WS}+(?:are|were)${WS}+(?:both${WS}+|all${WS}+)?)(?:the${WS}+)?(\\S[^,;.]{0,40}?)${WS}+members\\b`,
  "gu",
);
const MEMBERS_BEFORE = new RegExp(
  `${WS}+members?(?:${WS}+(?:states?|countries|country|nations?))?${WS}+`,
  "gu",
);

/** "the bloc’s", "the Forum’s": a bloc's generic noun as a possessive. */
const BLOC_NOUN_OWNER = /^((?:bloc|alliance|grouping|union|community|forum|group))(?=[’']s\b)/iu;
/** How far back "the bloc" still means a bloc named before. */
const BLOC_REACH = 600;
/** The latest bloc named before `at`: close by for a generic noun, anywhere when the noun is part of its name ("the Forum"). */
function latestBloc(doc: EntityDoc, at: number, noun: string): ActorMention | undefined {
  const word = /^\p{Lu}/u.test(noun) ? new RegExp(`\\b${noun}\\b`, "u") : undefined;
  return doc.mentions
    .filter(
      (x) =>
        x.end <= at &&
        x.actorId.startsWith("org:") &&
        isBloc(doc, x.actorId) &&
        (word ? word.test(doc.actors.get(x.actorId)?.name ?? "") : x.end >= at - BLOC_REACH),
    )
    .pop();
}

function aroundLists(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(MEMBERS_OF_AFTER, doc.body)) {
    const org = blocAt(doc, (m.index ?? 0) + m[0].length);
    const members = listBefore(doc, m.index ?? 0).filter((x) => x.actorId.startsWith("country:"));
    if (org && members.length > 0) addAll(doc, out, members, org);
  }
  for (const m of execAll(NAMED_MEMBERS, doc.body)) {
    const orgAt = (m.index ?? 0) + m[0].indexOf(m[1] ?? "");
    const named = blocAt(doc, orgAt);
    // "A and B, the bloc’s two largest members": a bloc noun stands for the latest bloc named before.
    const noun = named ? undefined : BLOC_NOUN_OWNER.exec(doc.body.slice(orgAt, orgAt + 20));
    const org = named ?? (noun?.[1] ? latestBloc(doc, orgAt, noun[1]) : undefined);
    const end = named ? named.end : orgAt + (noun?.[1]?.length ?? 0);
    // "A and B, the Forum’s two largest members": the bloc's possessive and a few words may come between.
    const toMembers = /^(?:[’']s(?:[\s\u00a0]+(?:\p{Ll}+|\d+)){0,3})?[\s\u00a0]+members/u.exec(
      doc.body.slice(end, end + 50),
    );
    if (!org || end + (toMembers?.[0].length ?? 99) !== (m.index ?? 0) + m[0].length) continue;
    const members = listBefore(doc, m.index ?? 0).filter((x) => x.actorId.startsWith("country:"));
    if (members.length > 0) addAll(doc, out, members, org);
  }
  for (const m of execAll(MEMBERS_BEFORE, doc.body)) {
    const org = blocBefore(doc, m.index ?? 0);
    if (!org) continue;
    const members = listFrom(doc, (m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 200).filter(
      (x) => x.actorId.startsWith("country:"),
    );
    if (members.length > 0) addAll(doc, out, members, org);
  }
}

/** "other members of Z", "fellow members of the bloc": the sentence's own side is a member too. */
const OTHER_MEMBERS = new RegExp(`\\b(?:other|fellow)${WS}+members?${WS}+of${WS}+(?:the${WS}+)?`, "giu");
/** "the two governments", "both countries": a counted group of states as the sentence's side. */
const COUNTED_SIDE = new RegExp(
  `\\b(?:(both)|the${WS}+(two|three|four|five|six))${WS}+(?:countries|states|nations|governments|neighbou?rs)\\b`,
  "iu",
);

/**
 * "a complaint shared by other members of the Caribbean Community", "as a model for other members
 * of the bloc": the side the sentence is about — a counted group ("the two governments"), else its
 * first state — belongs to the bloc (or to the latest bloc a generic noun stands for).
 */
function otherMembers(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(OTHER_MEMBERS, doc.body)) {
    const at = (m.index ?? 0) + m[0].length;
    const noun = BLOC_NOUN_OWNER.exec(`${doc.body.slice(at, at + 20).split(/[^\p{L}]/u)[0]}’s`);
    const org = blocAt(doc, at) ?? (noun?.[1] ? latestBloc(doc, at, noun[1]) : undefined);
    const sentence = doc.sentences[sentenceAt(doc.sentences, m.index ?? 0)];
    if (!org || !sentence) continue;
    const lead = doc.body.slice(sentence.start, m.index ?? 0);
    const counted = COUNTED_SIDE.exec(lead);
    const n = counted ? NUMBERS[(counted[1] ?? counted[2] ?? "").toLowerCase()] : undefined;
    const first = doc.mentions.find(
      (x) => x.start >= sentence.start && x.end <= (m.index ?? 0) && x.actorId.startsWith("country:"),
    );
    const members = n ? groupMembers(doc, n, sentence.start) : first ? [first] : undefined;
    if (members && members.length > 0) addAll(doc, out, members, org);
  }
}

export function membershipPhrases(doc: EntityDoc, out: RelationSet): void {
  otherMembers(doc, out);
  groupAreMembers(doc, out);
  partnersIn(doc, out);
  becameMember(doc, out);
  aroundLists(doc, out);
}
