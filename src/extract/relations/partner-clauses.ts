// COOPERATES_WITH told with the partner after "with" (CAMEO 03/04/06 material and diplomatic
// cooperation): "Ghana is working closely with Togo", "Chile teamed up with Peru", "Kenya agreed with
// Ethiopia to build …", "Peru pledged to cooperate with Chile"; and told as a noun: "Ghana’s cooperation
// with Togo", "the partnership between Chile and Peru", "in coordination with Togo". Refusals,
// negations and conditions ("refused to work with", "will not cooperate with", "if … works with")
// state no cooperation; neither does a clash, a dispute or talks "with" a party.
import { type ActorMention, type EntityDoc, evidence, inQuote, sentenceOf } from "../doc.ts";
import { WEEKDAY_NAMES, WS } from "../text/patterns.ts";
import { findPhrases, phraseMatcher } from "../text/word-index.ts";
import { listBefore, listFrom } from "./actor-lists.ts";
import { stateOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

/** Verbs whose "with" object is a partner, in every inflection wire copy uses. */
const PARTNER_VERBS = [
  ...["work", "works", "worked", "working"],
  ...["cooperate", "cooperates", "cooperated", "cooperating"],
  ...["co-operate", "co-operates", "co-operated", "co-operating"],
  ...["collaborate", "collaborates", "collaborated", "collaborating"],
  ...["coordinate", "coordinates", "coordinated", "coordinating"],
  ...["partner", "partners", "partnered", "partnering"],
  ...["team up", "teams up", "teamed up", "teaming up"],
  ...["join forces", "joins forces", "joined forces", "joining forces"],
  ...["join hands", "joins hands", "joined hands", "joining hands"],
];
/** "agreed with X" is cooperation only with a joint aim after the partner ("to …", "on …"). */
const AGREE_VERBS = ["agree", "agrees", "agreed", "agreeing"];
const DAY = `on${WS}+(?:${WEEKDAY_NAMES.join("|")})`;
/** Adverbs between the verb and "with". */
const TO_WITH = new RegExp(
  `^(?:${WS}+(?:closely|together|jointly|directly|actively|further|more|also|${DAY}))*${WS}+with${WS}+(?:the${WS}+)?`,
  "u",
);
/**
 * Between the subject and the verb: auxiliaries, adverbials and a commitment ("agreed to", "pledged
 * to"); no negation, refusal or modal of doubt ("could", "might") fits.
 */
const SUBJECT_GAP = new RegExp(
  `(?:,${WS}+(?:which|who))?(?:${WS}+(?:has|have|had|is|are|was|were|been|will|would|also|now|already|again|closely|jointly|` +
    `${DAY}|(?:agreed|agrees|agree|pledged|pledges|promised|promises|vowed|vows|decided|decides|` +
    `undertook|committed|commits|plans|planned|intends|intended|began|begun|started|ready|willing|prepared)${WS}+to))*${WS}+$`,
  "u",
);
/** A clause start before the subject that conditions or denies the act. */
const HEDGE = /\b(?:if|unless|whether|not|never|no|refused|refuses|denied|denies|accused|accuses)\b/iu;
/** A party inside a prepositional phrase ("talks with Peru") is no subject. */
const PREPOSITION_BEFORE =
  /\b(?:of|with|to|from|by|in|at|against|for|between|among|on)[\s\u00a0]+(?:the[\s\u00a0]+)?$/u;

const isParty = (doc: EntityDoc, m: ActorMention | undefined): m is ActorMention =>
  m !== undefined &&
  m.kind !== "pronoun" &&
  doc.actors.has(m.actorId) &&
  doc.actors.get(m.actorId)?.kind !== "Person";

function cooperate(doc: EntityDoc, out: RelationSet, a: ActorMention, b: ActorMention): void {
  if (stateOf(doc, a.actorId) === stateOf(doc, b.actorId)) return;
  const [first, last] = a.start < b.start ? [a, b] : [b, a];
  out.add("COOPERATES_WITH", a.actorId, b.actorId, { evidence: [evidence(doc, first.start, last.end)] });
}

/** The subject list ending right before the verb at `at`, if nothing hedges it. */
function subjectsBefore(doc: EntityDoc, at: number): ActorMention[] {
  const s = sentenceOf(doc, at);
  const gap = SUBJECT_GAP.exec(doc.body.slice(Math.max(s.start, at - 120), at));
  if (!gap) return [];
  const end = at - gap[0].length;
  const last = doc.mentions.find((m) => m.end === end && m.start >= s.start);
  if (!isParty(doc, last)) return [];
  const list = listBefore(doc, end, true).filter((m) => isParty(doc, m) && m.start >= s.start);
  const first = list[0] ?? last;
  const lead = doc.body.slice(s.start, first.start);
  return PREPOSITION_BEFORE.test(lead) || HEDGE.test(lead) ? [] : list.length > 0 ? list : [last];
}

/** The partner list after "with", or none. */
function partnersAfter(doc: EntityDoc, at: number, end: number): ActorMention[] {
  const tail = TO_WITH.exec(doc.body.slice(at, at + 80));
  if (!tail) return [];
  return listFrom(doc, at + tail[0].length, end).filter((m) => isParty(doc, m));
}

/** "share (the findings of its inquiry) with", "held joint naval exercises with": the act, then "with". */
const SHARE_VERBS = ["share", "shares", "shared", "sharing"];
/** What is shared names a joint resource ("data", "intelligence", "the findings of its inquiry"), not a border or a view. */
const SHARED =
  "(?:data|intelligence|information|findings|evidence|expertise|technology|know-how|experience|resources|costs|" +
  "facilities|bases?|logistics|records|results|images|imagery|footage|radar|equipment|training|burden)";
const SHARE_TAIL = new RegExp(
  `^(?:${WS}+(?!with\\b)[\\p{Ll}-]+){0,3}?${WS}+${SHARED}(?:${WS}+(?!with\\b)[\\p{Ll}-]+){0,4}?${WS}+with${WS}+(?:the${WS}+)?(?=\\p{Lu})`,
  "u",
);
const DRILL_VERBS = [
  ...["hold", "holds", "held", "holding"],
  ...["conduct", "conducts", "conducted", "conducting"],
  ...["stage", "stages", "staged", "staging"],
];
const DRILL_TAIL = new RegExp(
  `^${WS}+(?:(?:a|an|the|its|their)${WS}+)?(?:[\\p{Ll}-]+${WS}+){0,3}?` +
    `(?:exercises?|drills?|manoeuvres|maneuvers|war${WS}+games|training|patrols?)${WS}+with${WS}+(?:the${WS}+)?(?=\\p{Lu})`,
  "u",
);

/** "A (, which) shares data with B", "A held joint drills with B": the subject and the partner list. */
function actsWith(doc: EntityDoc, out: RelationSet, verbs: readonly string[], tail: RegExp): void {
  for (const hit of findPhrases(doc, phraseMatcher(verbs, "giu"))) {
    if (inQuote(doc, hit.start)) continue;
    const lead = tail.exec(doc.body.slice(hit.end, hit.end + 120));
    if (!lead) continue;
    const partners = listFrom(doc, hit.end + lead[0].length, sentenceOf(doc, hit.start).end).filter((m) =>
      isParty(doc, m),
    );
    for (const a of subjectsBefore(doc, hit.start)) for (const b of partners) cooperate(doc, out, a, b);
  }
}

function verbPartners(doc: EntityDoc, out: RelationSet): void {
  actsWith(doc, out, SHARE_VERBS, SHARE_TAIL);
  actsWith(doc, out, DRILL_VERBS, DRILL_TAIL);
  for (const hit of findPhrases(doc, phraseMatcher(PARTNER_VERBS, "giu"))) {
    if (inQuote(doc, hit.start) || doc.body[hit.start - 1] === "-") continue;
    const partners = partnersAfter(doc, hit.end, sentenceOf(doc, hit.start).end);
    if (partners.length === 0) continue;
    for (const a of subjectsBefore(doc, hit.start)) for (const b of partners) cooperate(doc, out, a, b);
  }
  for (const hit of findPhrases(doc, phraseMatcher(AGREE_VERBS, "giu"))) {
    if (inQuote(doc, hit.start)) continue;
    const partners = partnersAfter(doc, hit.end, sentenceOf(doc, hit.start).end);
    const last = partners[partners.length - 1];
    if (!last || !new RegExp(`^${WS}+(?:to|on)${WS}`, "u").test(doc.body.slice(last.end, last.end + 6)))
      continue;
    for (const a of subjectsBefore(doc, hit.start)) for (const b of partners) cooperate(doc, out, a, b);
  }
}

const COOPERATION_NOUNS = [
  "cooperation",
  "co-operation",
  "collaboration",
  "partnership",
  "coordination",
  "strategic partnership",
  "security cooperation",
  "defence cooperation",
  "defense cooperation",
  "military cooperation",
];
/** Agreements name their parties only as a pair: "the accord between Chile and Peru". */
const AGREEMENT_NOUNS = ["agreement", "agreements", "deal", "pact", "accord", "treaty", "memorandum"];
/** "Ghana’s (growing) cooperation with": the owner right before, one adjective allowed. */
const OWNER_GAP = /[\s\u00a0]+(?:(?!with\b)[\p{Ll}-]+[\s\u00a0]+)?$/u;
/** "(in) (close) cooperation with X": the act of the sentence's opening party. */
const IN_COOPERATION = /\bin[\s\u00a0]+(?:close[\s\u00a0]+)?$/iu;

const BETWEEN = new RegExp(`^${WS}+between${WS}+(?:the${WS}+)?`, "u");

/** "… between A and B": every pair of the list cooperates; false when no "between" follows. */
function betweenPair(doc: EntityDoc, out: RelationSet, at: number): boolean {
  const between = BETWEEN.exec(doc.body.slice(at, at + 16));
  if (!between || inQuote(doc, at)) return false;
  const s = sentenceOf(doc, at);
  const pair = listFrom(doc, at + between[0].length, s.end).filter((m) => isParty(doc, m));
  for (const [i, a] of pair.entries()) for (const b of pair.slice(i + 1)) cooperate(doc, out, a, b);
  return true;
}

/** Nouns of cooperation with an owner ("Ghana’s cooperation with Togo") or a pair ("between A and B"). */
function nounPartners(doc: EntityDoc, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(COOPERATION_NOUNS, "giu"))) {
    if (inQuote(doc, hit.start)) continue;
    const s = sentenceOf(doc, hit.start);
    if (betweenPair(doc, out, hit.end)) continue;
    const partners = partnersAfter(doc, hit.end, s.end);
    if (partners.length === 0) continue;
    const lead = doc.body.slice(s.start, hit.start);
    const ownerGap = OWNER_GAP.exec(lead);
    const owner = ownerGap
      ? doc.mentions.find((m) => m.end === hit.start - ownerGap[0].length && /[’']s$/u.test(m.text))
      : undefined;
    const opener = IN_COOPERATION.test(lead)
      ? doc.mentions.find((m) => m.start >= s.start && m.end <= hit.start)
      : undefined;
    const from = owner ?? opener;
    if (!isParty(doc, from) || HEDGE.test(doc.body.slice(s.start, from.start))) continue;
    for (const b of partners) cooperate(doc, out, from, b);
  }
}

export function partnerClauses(doc: EntityDoc, out: RelationSet): void {
  verbPartners(doc, out);
  nounPartners(doc, out);
  for (const hit of findPhrases(doc, phraseMatcher(AGREEMENT_NOUNS, "giu"))) betweenPair(doc, out, hit.end);
}
