// Stances told in the passive: "Turkey was accused by Greece of …", "Iran has been criticised by the
// bloc for …", "…, and was accused by the bloc last year of …". The agent after "by" takes the stance
// against the subject (and the state it speaks for, as with any stance, test/corpus/README.md).
import { type ActorMention, type EntityDoc, evidence, inQuote, mentionsIn, sentenceOf } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { startOf, type VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";
import { alternation, STANCE_PARTICIPLES, type StanceKind } from "./stance-verbs.ts";

/** "was (also|sharply) <participle> by (the) ": any stance participle, any "-ly" adverb between. */
const PASSIVE = new RegExp(
  `\\b(?:was|were|has${WS}+been|have${WS}+been|had${WS}+been|is|are|being|been)${WS}+` +
    `(?:(?:also|again|(?!only\\b)\\p{Ll}+ly)${WS}+){0,2}` +
    `(${alternation(STANCE_PARTICIPLES.keys())})` +
    // "was threatened with sanctions by", "was accused of spying by", "was criticised over the dam by".
    `(?:${WS}+(?:with|of|over|for)${WS}+(?:[\\p{Ll}-]+${WS}+){0,2}[\\p{Ll}-]+)?${WS}+by${WS}+(?:the${WS}+)?`,
  "gu",
);

const STANCE = { ACCUSES: "accuse", THREATENS: "threaten", CRITICIZES: "criticize" } as const;

/** "the bloc", "the alliance": the last bloc named before. */
const BLOC_NOUN = /^(?:bloc|alliance|union|grouping|community)\b/iu;

const isParty = (doc: EntityDoc, id: string) => {
  const kind = doc.actors.get(id)?.kind;
  return kind === "Country" || kind === "Organization";
};
/** An agent may also be a person ("was rebuked by Foreign Minister Ana Ruiz"), who speaks for a state. */
const isAgent = (doc: EntityDoc, id: string) => isParty(doc, id) || doc.actors.get(id)?.kind === "Person";

/** The agent after "by": a named party, or the last bloc for "the bloc". */
/** "by Peruvian Foreign Minister Ana Ruiz", "by Peru’s envoy Ana Ruiz": the person the state's title leads to. */
const TITLE_BETWEEN =
  /^(?:[’']s)?(?:[\s\u00a0]+(?:\p{Lu}[\p{L}.-]*|of|for|and|the|foreign|defen[cs]e|prime|deputy|minister|envoy|ambassador|spokes(?:man|woman|person)))+[\s\u00a0]+$/u;
function titledPerson(doc: EntityDoc, first: ActorMention): ActorMention | undefined {
  const next = doc.mentions.find((m) => m.start > first.end && m.start <= first.end + 80);
  if (!next?.actorId.startsWith("person:")) return undefined;
  return TITLE_BETWEEN.test(doc.body.slice(first.end, next.start)) ? next : undefined;
}

function agentAt(doc: EntityDoc, at: number): ActorMention | undefined {
  const named = doc.mentions.find((m) => m.start === at);
  if (named) return titledPerson(doc, named) ?? named;
  if (!BLOC_NOUN.test(doc.body.slice(at, at + 12))) return undefined;
  return mentionsIn(doc, 0, at)
    .reverse()
    .find((m) => /intergovernmental|alliance/.test(doc.actors.get(m.actorId)?.orgType ?? ""));
}

/** The subject: the party right before the verb phrase, or the sentence's first party after ", and". */
function subjectBefore(doc: EntityDoc, at: number): ActorMention | undefined {
  const sentence = sentenceOf(doc, at);
  const before = mentionsIn(doc, sentence.start, at).filter((m) => !inQuote(doc, m.start));
  const last = before[before.length - 1];
  if (last && /^[\s\u00a0]+$/u.test(doc.body.slice(last.end, at))) return last;
  if (!/,?[\s\u00a0]+and[\s\u00a0]+$/u.test(doc.body.slice(sentence.start, at))) return undefined;
  const first = before[0];
  const opening = first ? doc.body.slice(sentence.start, first.start) : "";
  return first && /^(?:The[\s\u00a0]+)?$/u.test(opening) ? first : undefined;
}

/**
 * A statement read across the passive ("by Greece of drilling …", "…, and was accused by the bloc of
 * …") is the agent's, against the subject: its speaker and targets are set so. Mutates statements.
 */
function mendStatements(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  byAt: number,
  agent: string,
  subject: string,
  kind: StanceKind,
): void {
  for (const st of statements) {
    const start = startOf(doc, st);
    if (start === undefined || byAt < start || byAt >= start + st.text.length) continue;
    st.speakerId = agent;
    st.stance = STANCE[kind];
    st.targetIds = [subject];
    if (!st.aboutIds.includes(subject)) st.aboutIds = [...st.aboutIds, subject];
  }
}

/** Relations (and the statements that tell them) for every passive stance. */
export function passiveStances(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  out: RelationSet,
): void {
  for (const m of execAll(PASSIVE, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const agent = agentAt(doc, at + m[0].length);
    const subject = subjectBefore(doc, at);
    if (!agent || !subject || !isAgent(doc, agent.actorId) || !isParty(doc, subject.actorId)) continue;
    const kind = STANCE_PARTICIPLES.get(m[1] ?? "") ?? "CRITICIZES";
    const own = new Set([agent.actorId, ...(voiceOf.get(agent.actorId) ?? [])]);
    if (own.has(subject.actorId)) continue;
    mendStatements(doc, statements, at + m[0].lastIndexOf("by"), agent.actorId, subject.actorId, kind);
    const ev = [evidence(doc, subject.start, at + m[0].length)];
    for (const from of own) out.add(kind, from, subject.actorId, { evidence: ev });
  }
}
