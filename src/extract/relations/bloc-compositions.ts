// MEMBER_OF told as what a bloc is made of: "The MSG, founded in 1986, groups Fiji, Vanuatu and …",
// "the EAC, which comprises Kenya, Uganda and …", "SACU is made up of …", "a bloc whose members include
// …", "brings together"; and the fellow-member phrase "Kuwait would raise it with its fellow members
// of the GCC" / "its fellow GCC members" (the state "its" stands for is a member).
import { type ActorMention, type EntityDoc, lastMentionBefore, sentenceOf } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { findPhrases, phraseMatcher } from "../text/word-index.ts";
import { listFrom } from "./actor-lists.ts";
import { addAll, isBloc } from "./membership-phrases.ts";
import type { RelationSet } from "./relation-set.ts";

/** The verbs of composition, in the forms a description of a bloc uses. */
const COMPOSED_OF = [
  "groups",
  "grouped",
  "comprises",
  "comprised",
  "is made up of",
  "was made up of",
  "consists of",
  "consisted of",
  "brings together",
  "brought together",
  "unites",
  "united",
  "whose members are",
  "whose members include",
  "whose members included",
  "whose member states are",
  "whose member states include",
  "includes",
  "included",
];
/** Between the bloc and the verb: its acronym, an appositive set off by commas, "which"/"that", "now". */
const BLOC_GAP = new RegExp(
  `^\\)?(?:${WS}*\\([^()]{1,15}\\))?(?:,[^,;.“”"]{1,60},)?(?:,?${WS}+(?:which|that))?(?:${WS}+(?:now|also|currently))?${WS}+$|^,${WS}+$`,
  "u",
);

const isCountry = (m: ActorMention) => m.actorId.startsWith("country:");

/** The bloc whose description the verb at `at` opens, if any. */
function blocBefore(doc: EntityDoc, at: number): ActorMention | undefined {
  const s = sentenceOf(doc, at);
  const last = lastMentionBefore(doc, at);
  const before = last && last.start >= s.start ? last : undefined;
  if (!before?.actorId.startsWith("org:") || !isBloc(doc, before.actorId)) return undefined;
  return BLOC_GAP.test(doc.body.slice(before.end, at)) ? before : undefined;
}

function compositions(doc: EntityDoc, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(COMPOSED_OF, "gu"))) {
    const bloc = blocBefore(doc, hit.start);
    if (!bloc) continue;
    const from =
      hit.end + (/^[\s\u00a0]+(?:the[\s\u00a0]+)?/u.exec(doc.body.slice(hit.end))?.[0].length ?? 0);
    // "New Caledonia’s FLNKS alliance": the possessor is not the listed member.
    const members = listFrom(doc, from, sentenceOf(doc, hit.start).end).filter(
      (m) => isCountry(m) && !/[’']s$/u.test(m.text) && !/^[’']s\b/u.test(doc.body.slice(m.end, m.end + 3)),
    );
    // "includes" and "included" also introduce a single example of anything; a list of states is needed.
    if (members.length >= (/^includ/u.test(hit.text) ? 2 : 1)) addAll(doc, out, members, bloc);
  }
}

const FELLOW = ["fellow"];
/** "fellow members of (the) " with the bloc next, or "fellow " with the bloc before "members". */
const FELLOW_OF = new RegExp(
  `^${WS}+(?:members|member${WS}+states|member${WS}+countries)${WS}+of${WS}+(?:the${WS}+)?`,
  "u",
);
const FELLOW_NAMED = new RegExp(`^${WS}+(?=\\p{Lu})`, "u");
const MEMBERS_NEXT = new RegExp(`^${WS}+(?:members|member${WS}+states|member${WS}+countries)\\b`, "u");

/** The bloc a "fellow" phrase names: "fellow members of the GCC", "fellow GCC members". */
function fellowBloc(doc: EntityDoc, end: number): ActorMention | undefined {
  const tail = doc.body.slice(end, end + 40);
  const of = FELLOW_OF.exec(tail);
  const lead = (of ?? FELLOW_NAMED.exec(tail))?.[0].length;
  const named = lead === undefined ? undefined : doc.mentions.find((m) => m.start === end + lead);
  if (!named?.actorId.startsWith("org:") || !isBloc(doc, named.actorId)) return undefined;
  return of || MEMBERS_NEXT.test(doc.body.slice(named.end, named.end + 20)) ? named : undefined;
}

/** "its fellow members of the GCC", "its fellow GCC members": the state before "its" in the sentence. */
function fellowMembers(doc: EntityDoc, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(FELLOW, "gu"))) {
    if (!/(?:^|[\s\u00a0])(?:its|their)[\s\u00a0]+$/u.test(doc.body.slice(hit.start - 8, hit.start)))
      continue;
    const bloc = fellowBloc(doc, hit.end);
    if (!bloc) continue;
    const s = sentenceOf(doc, hit.start);
    const owner = doc.mentions.filter((m) => m.start >= s.start && m.end <= hit.start && isCountry(m)).pop();
    if (owner) addAll(doc, out, [owner], bloc);
  }
}

export function blocCompositions(doc: EntityDoc, out: RelationSet): void {
  compositions(doc, out);
  fellowMembers(doc, out);
}
