// Demands that another party stop, undo or obey something criticise it (CAMEO 10x demand read with
// the grievance behind it): "urged Moscow to respect freedom of navigation", "called on Caracas to stop
// harassing shipping", "demanded that Lima release the crew". An appeal to do something new ("urged
// Peru to join the talks") or a mediator's call for restraint states no grievance and is left alone.
import { type EntityDoc, evidence, inQuote, lastMentionBefore, mentionAt, sentenceOf } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WEEKDAY_NAMES, WS } from "../text/patterns.ts";
import { findPhrases, phraseMatcher } from "../text/word-index.ts";
import { startOf, type VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

/** Reporting verbs of a demand or appeal addressed to a party. */
const DEMAND_VERB =
  /^(?:urge[sd]?|urging|call(?:s|ed)?[\s\u00a0]+on|call(?:s|ed)?[\s\u00a0]+upon|demand(?:s|ed)?|press(?:es|ed)?|told|tells|ask(?:s|ed)?|appeal(?:s|ed)?[\s\u00a0]+to|insist(?:s|ed)?|exhort(?:s|ed)?|implore[sd]?)$/iu;

/** Verbs that ask a party to end, undo or obey: the demand presumes a wrong. */
const CORRECTIVE = [
  "stop",
  "cease",
  "halt",
  "end",
  "refrain",
  "desist",
  "respect",
  "comply",
  "abide",
  "honour",
  "honor",
  "obey",
  "adhere",
  "withdraw",
  "pull",
  "release",
  "free",
  "lift",
  "reverse",
  "rescind",
  "revoke",
  "retract",
  "drop",
  "abandon",
  "apologise",
  "apologize",
  "compensate",
  "punish",
  "remove",
  "dismantle",
  "scrap",
  "repeal",
  "hand back",
  "give back",
  "return",
];
/** "to return to the talks" asks for something new, not for something taken back. */
const NOT_CORRECTIVE = new RegExp(`^(?:return|pull)${WS}+(?:to|together)\\b`, "iu");

/** The demand's object verb after the addressee: " to stop", " to immediately stop", " stop" after "that". */
const OBJECT_VERB = new RegExp(
  `^${WS}+(?:to${WS}+|(?:should|must)${WS}+)?(?:(?:immediately|urgently|quickly|promptly|fully|strictly|also)${WS}+)?[“"]?` +
    `(${CORRECTIVE.join("|").replace(/ /g, `${WS}+`)})(?:s|ed)?\\b([^.;]{0,20})`,
  "iu",
);

/** The party a demand is addressed to, when the text at `start` opens with it and a corrective verb. */
function addresseeAt(doc: EntityDoc, start: number): string | undefined {
  // "that China stop …" keeps its "that"; the mention may or may not hold its article.
  const text = doc.body.slice(start, start + 40);
  const that = /^that[\s\u00a0]+/iu.exec(text)?.[0].length ?? 0;
  const the = /^the[\s\u00a0]+/iu.exec(text.slice(that))?.[0].length ?? 0;
  const m = mentionAt(doc, start + that) ?? mentionAt(doc, start + that + the);
  if (!m || m.kind === "pronoun" || !doc.actors.has(m.actorId)) return undefined;
  const verb = OBJECT_VERB.exec(doc.body.slice(m.end, m.end + 80));
  // A bare verb only after "that" ("demanded that Peru release …"; "told Peru free trade …" is none).
  if (!that && !/^[\s\u00a0]+(?:to|should|must)[\s\u00a0]/iu.test(doc.body.slice(m.end, m.end + 10)))
    return undefined;
  if (!verb?.[1] || NOT_CORRECTIVE.test(`${verb[1]}${verb[2] ?? ""}`.trim())) return undefined;
  return m.actorId;
}

/** The party a demand statement is addressed to ("urged" + "Moscow to respect …"). */
function addressee(doc: EntityDoc, st: FoundStatement): string | undefined {
  if (!DEMAND_VERB.test(st.verb.trim())) return undefined;
  // A speaker guessed from a subject elsewhere in the sentence is too weak to blame anyone on.
  if (st.attribution?.sieve === "sentence-subject") return undefined;
  const start = startOf(doc, st);
  return start === undefined ? undefined : addresseeAt(doc, start);
}

/** Whom a demand criticises: the party, and the state behind a national body ("the embassy"). */
function demandTargets(doc: EntityDoc, id: string): string[] {
  const actor = doc.actors.get(id);
  const state = actor?.kind === "Organization" && actor.countryId && doc.actors.has(actor.countryId);
  return state && actor?.countryId ? [actor.countryId] : [id];
}

type Extra = Parameters<RelationSet["add"]>[3];

/** CRITICIZES from a demanding party (and whom it speaks for) to the party addressed. */
function criticise(
  doc: EntityDoc,
  voiceOf: VoiceOf,
  from: string,
  to: string,
  out: RelationSet,
  extra: Extra,
) {
  const sources = [from, ...(voiceOf.get(from) ?? [])];
  for (const target of demandTargets(doc, to)) {
    if (sources.includes(target) || doc.actors.get(from)?.countryId === target) continue;
    for (const source of sources) out.add("CRITICIZES", source, target, extra);
  }
}

/** Demand verbs of narrative, which need not be reporting verbs ("Chile pressed Peru to …"). */
const NARRATIVE_DEMANDS = [
  "urged",
  "urges",
  "pressed",
  "presses",
  "called on",
  "calls on",
  "called upon",
  "calls upon",
  "demanded",
  "demands",
  "asked",
  "asks",
  "told",
  "tells",
];
const DAY = `on${WS}+(?:${WEEKDAY_NAMES.join("|")})`;
/** Between a subject and its verb: nothing, or auxiliaries and adverbials ("on Tuesday also"). */
const SUBJECT_GAP = new RegExp(
  `^(?:${WS}+(?:has|have|had|also|again|then|later|earlier|${DAY}|(?!only\\b)\\p{Ll}+ly))*${WS}+$`,
  "u",
);

/** "Chile on Tuesday pressed Peru to withdraw …": the party right before the verb demands. */
function narrativeDemands(doc: EntityDoc, voiceOf: VoiceOf, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(NARRATIVE_DEMANDS, "giu"))) {
    if (inQuote(doc, hit.start)) continue;
    const to = addresseeAt(doc, hit.end + (/^[\s\u00a0]*/u.exec(doc.body.slice(hit.end))?.[0].length ?? 0));
    const subject = lastMentionBefore(doc, hit.start);
    if (!to || !subject || subject.kind === "pronoun" || !doc.actors.has(subject.actorId)) continue;
    if (subject.start < sentenceOf(doc, hit.start).start) continue;
    if (!SUBJECT_GAP.test(doc.body.slice(subject.end, hit.start))) continue;
    criticise(doc, voiceOf, subject.actorId, to, out, { evidence: [evidence(doc, subject.start, hit.end)] });
  }
}

/** CRITICIZES from each demand's speaker or subject (and whom they speak for) to its addressee. */
export function demandStances(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  out: RelationSet,
): void {
  for (const st of statements) {
    if (st.stance) continue;
    const to = addressee(doc, st);
    if (to) criticise(doc, voiceOf, st.speakerId, to, out, { statementIds: [st.id], evidence: st.evidence });
  }
  narrativeDemands(doc, voiceOf, out);
}
