// MEMBER_OF told in clauses around the bloc or the member: "the EAC, to which both countries belong",
// "CARICOM, of which Haiti is a member", "Croatia has been a member of the EU since 2013", "Peru is one
// of the founding members of Z", "Latvia had briefed its NATO allies" (the subject is in NATO).
import { type ActorMention, type EntityDoc, sentenceOf } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { findPhrases, phraseMatcher } from "../text/word-index.ts";
import { addAll, blocAt, firstGroup, isBloc, leadStates, NUMBERS } from "./membership-phrases.ts";
import type { RelationSet } from "./relation-set.ts";

const isCountry = (m: ActorMention) => m.actorId.startsWith("country:");
const countriesIn = (doc: EntityDoc, start: number, end: number) =>
  doc.mentions.filter((m) => m.start >= start && m.end <= end && isCountry(m));

/**
 * What may stand between a bloc's name and a clause: its acronym, a generic noun ("trade bloc"), or
 * that noun set off ("IGAD, the regional bloc to which both countries belong").
 */
const TRAILER = new RegExp(
  `(?:${WS}*\\([^()]{1,15}\\))?(?:,?${WS}+(?:the${WS}+)?(?:(?:trade|economic|regional|military|security|political)${WS}+)?(?:bloc|alliance|grouping|group|union|pact|body|organi[sz]ation))?${WS}*$`,
  "u",
);

/** A bloc mention ending right before `end`, past an acronym in brackets: "the East African Community (EAC)". */
function blocEndingAt(doc: EntityDoc, end: number): ActorMention | undefined {
  const text = doc.body.slice(Math.max(0, end - 120), end);
  const bracket = TRAILER.exec(text)?.[0].length ?? 0;
  const at = end - bracket - (/[\s\u00a0]*$/u.exec(text.slice(0, text.length - bracket))?.[0].length ?? 0);
  return doc.mentions.find((m) => m.end === at && m.actorId.startsWith("org:") && isBloc(doc, m.actorId));
}

const RELATIVE = ["of which", "to which"];
/** "… both countries belong", "… Haiti is a member", "… all four are members". */
const GROUP = `(?:(both|all)|(?:the|all)${WS}+(two|three|four|five|six))(?:${WS}+(?:countries|states|nations|neighbou?rs|governments))?`;
const OF_WHICH_TAIL = new RegExp(
  `^${WS}+(?:${GROUP}|([^,;.]{2,80}?))${WS}+(?:is|are|was|were|has${WS}+been|have${WS}+been|remains?)${WS}+(?:both${WS}+|all${WS}+)?(?:a${WS}+|an${WS}+)?(?:founding${WS}+|full${WS}+)?members?\\b`,
  "iu",
);
const TO_WHICH_TAIL = new RegExp(
  `^${WS}+(?:${GROUP}|([^,;.]{2,80}?))${WS}+(?:also${WS}+)?(?:belongs?|belonged)\\b`,
  "iu",
);

/** "Z, of which A is a member", "Z (ZZ), to which both countries belong". */
function relativeClauses(doc: EntityDoc, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(RELATIVE, "giu"))) {
    const comma = /,?[\s\u00a0]*$/u.exec(doc.body.slice(Math.max(0, hit.start - 3), hit.start));
    const org = blocEndingAt(doc, hit.start - (comma?.[0].length ?? 0));
    if (!org) continue;
    const tail = (/of/i.test(hit.text) ? OF_WHICH_TAIL : TO_WHICH_TAIL).exec(
      doc.body.slice(hit.end, hit.end + 140),
    );
    if (!tail) continue;
    const n = NUMBERS[(tail[1] ?? tail[2] ?? "").toLowerCase()];
    const named = tail[3] ? countriesIn(doc, hit.end, hit.end + tail[0].length) : [];
    const count = n ?? (tail[1] ? 2 : 0);
    const members =
      named.length > 0 ? named : count ? (firstGroup(doc, count, org.start) ?? leadStates(doc, count)) : [];
    if (members && members.length > 0) addAll(doc, out, members, org);
  }
}

const MEMBER_OF = ["member of", "members of"];
/**
 * "A is / has been / remains a (founding) member of", "A is one of the founding members of", also in a
 * relative clause on the member ("A, which has been a member of NATO since 2004, …").
 */
const IS_MEMBER = new RegExp(
  `(?:,${WS}*(?:which|that))?${WS}+(?:is|was|has${WS}+(?:long${WS}+)?been|had${WS}+(?:long${WS}+)?been|remains|remained|is${WS}+still|became|has${WS}+become|had${WS}+become)${WS}+(?:a|an|one${WS}+of${WS}+the|among${WS}+the)${WS}+(?:\\p{Ll}+${WS}+){0,2}$`,
  "u",
);

/** "Croatia has been a member of the EU since 2013". */
function statedMembers(doc: EntityDoc, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(MEMBER_OF, "giu"))) {
    const org = blocAt(
      doc,
      hit.end + (/^[\s\u00a0]+(?:the[\s\u00a0]+)?/u.exec(doc.body.slice(hit.end))?.[0].length ?? 0),
    );
    if (!org) continue;
    const before = doc.body.slice(Math.max(0, hit.start - 60), hit.start);
    const verb = IS_MEMBER.exec(before);
    if (!verb) continue;
    const subjectEnd = hit.start - verb[0].length;
    const member = doc.mentions.find((m) => m.end === subjectEnd && isCountry(m));
    // "A said the EU, of which it is a member …" is the relative clause's; here the subject must be a state.
    if (member && !/not\b/.test(verb[0])) addAll(doc, out, [member], org);
  }
}

const ALLIES = ["allies", "partners"];

/** "Latvia had briefed its NATO allies": the state "its" stands for is in the bloc. */
function ownBlocAllies(doc: EntityDoc, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(ALLIES, "gu"))) {
    const org = blocEndingAt(doc, hit.start);
    if (!org || !/(?:^|[\s\u00a0])its[\s\u00a0]+$/u.test(doc.body.slice(org.start - 5, org.start))) continue;
    const sentence = sentenceOf(doc, hit.start);
    const owner = countriesIn(doc, sentence.start, org.start).pop();
    if (owner) addAll(doc, out, [owner], org);
  }
}

export function membershipClauses(doc: EntityDoc, out: RelationSet): void {
  relativeClauses(doc, out);
  statedMembers(doc, out);
  ownBlocAllies(doc, out);
  countedBlocMembers(doc, out);
}

/** "the two European Union members", "both EAC member states": a counted group named by its bloc. */
const COUNTED_BEFORE = new RegExp(`\\b(?:(both)|the${WS}+(two|three|four|five|six))${WS}+$`, "iu");
/** "A and B are both EU members", "A and B, both EU members": a named subject, read elsewhere. */
const PREDICATE = new RegExp(`(?:\\b(?:are|were)|,)${WS}*$`, "u");
const MEMBERS_AFTER = new RegExp(
  `^(?:${WS}*\\([^()]{1,15}\\))?${WS}+(?:member${WS}+(?:states|countries|nations)|members|partners|allies)\\b`,
  "u",
);

/**
 * The story's counted group called members of a bloc without their names: "relations between the two
 * European Union members", "both ASEAN member states". The group is the story's first coordinated
 * states, else its lead states; named members right after are read elsewhere.
 */
function countedBlocMembers(doc: EntityDoc, out: RelationSet): void {
  for (const org of doc.mentions) {
    if (!org.actorId.startsWith("org:") || !isBloc(doc, org.actorId)) continue;
    const before = doc.body.slice(Math.max(0, org.start - 20), org.start);
    const count = COUNTED_BEFORE.exec(before);
    const after = count && MEMBERS_AFTER.exec(doc.body.slice(org.end, org.end + 40));
    // "A and B are both EU members" is read with its named subject elsewhere.
    if (
      !count ||
      !after ||
      PREDICATE.test(doc.body.slice(Math.max(0, org.start - 40), org.start - count[0].length))
    )
      continue;
    const n = NUMBERS[(count[1] ?? count[2] ?? "").toLowerCase()] ?? 0;
    const end = org.end + after[0].length;
    if (countriesIn(doc, end, end + 4).length > 0) continue;
    const members = firstGroup(doc, n, org.start) ?? leadStates(doc, n);
    if (members.length === n) addAll(doc, out, members, org);
  }
}
