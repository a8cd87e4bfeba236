// Accusations read from what a statement tells: a side's speaker who says that another side's agent
// did a hostile act accuses that agent and its state, whatever the clause shape. The act is any verb
// or noun form of a hostile event type of the lexicon (seed/knowledge/events.json: coercion, seizure,
// arrest, attack, intrusion, abduction …), not a list of phrases; its doer is read from the clause:
// the subject before an active verb ("Ruritanian troops had shelled the post"), the agent after a
// passive or a noun ("was rammed by a Ruritanian cutter", "the shelling by Ruritanian gunners"), or
// the side named right before the noun ("Ruritanian airstrikes", "Ruritania’s incursion"). A patient
// subject of a passive ("two of our fishermen were detained") is no doer, and neither is a denied,
// wished or conditional act ("did not fire", "could attack"). Only plain statements of a speaker
// acting for a state (narrated-wrongs.ts), and only against an agent of another side.
import { type ActorMention, type EntityDoc, mentionsIn } from "../doc.ts";
import type { EventType, Knowledge } from "../knowledge/knowledge.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { phraseSource } from "../text/text.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";
import { giveStance } from "./implicit-stances.ts";
import { statesSide } from "./narrated-wrongs.ts";

/**
 * Acts done to another side: CAMEO roots 17–19 and crossings into it, not a state's measures at home
 * (administrative sanctions 172, border closures 191).
 */
function hostile(t: EventType): boolean {
  return (/^1[789]/.test(t.cameo) && t.cameo !== "172" && t.cameo !== "191") || t.type === "intrusion";
}

/** What a form needs around it to tell the act: the type's objects or complement (none for "shelled"). */
type Needs = RegExp | undefined;

interface ActMatcher {
  re: RegExp;
  /** Lower-case form → what each type that has it needs near it (undefined: nothing). */
  needs: Map<string, Needs[]>;
  /** Lower-case verb forms that are past participles (a passive after "was", "been" …). */
  past: Set<string>;
  nouns: Set<string>;
  /** A demonym's following words that make it a state's agent ("Ruritanian patrol boats"). */
  agent: RegExp;
}

const matchers = new WeakMap<Knowledge, ActMatcher>();

const words = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join("|");

/** The type's objects or complement as a regex, else undefined. */
function needsOf(t: EventType): Needs {
  const list = [...t.objects, ...(t.complement ?? [])];
  return list.length > 0 ? new RegExp(`\\b(?:${words(list)})\\b`, "iu") : undefined;
}

/** One regex over every verb and noun form of the hostile types, longest first; built once per lexicon. */
function actMatcher(k: Knowledge): ActMatcher {
  const cached = matchers.get(k);
  if (cached) return cached;
  const needs = new Map<string, Needs[]>();
  const past = new Set<string>();
  const nouns = new Set<string>();
  const add = (text: string, need: Needs) => needs.set(text, [...(needs.get(text) ?? []), need]);
  for (const t of k.eventTypes.filter(hostile)) {
    const need = needsOf(t);
    for (const v of t.verbs)
      for (const f of v.forms) {
        add(f.text.toLowerCase(), need);
        if (f.form === "past") past.add(f.text.toLowerCase());
      }
    for (const n of t.nouns) {
      add(n.toLowerCase(), undefined);
      nouns.add(n.toLowerCase());
    }
  }
  const agent = new RegExp(`^${WS}+(?:[\\p{L}-]+${WS}+){0,2}?(?:${words(k.agentNouns)})\\b`, "iu");
  const made = { re: new RegExp(`\\b(?:${words([...needs.keys()])})\\b`, "gu"), needs, past, nouns, agent };
  matchers.set(k, made);
  return made;
}

const norm = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, " ");

/** Between a subject and its verb: the rest of its noun phrase and auxiliaries or adverbs, no clause break. */
const SUBJECT_GAP = new RegExp(
  `^(?:['’]s)?(?:${WS}+(?!(?:that|which|who|whom|when|while|after|before|and|but|or|if|as|said|says|say)\\b)[\\p{L}-]+){0,4}?${WS}+$`,
  "u",
);
/** A denied, wished or conditional act: no act was told. */
const NOT_TOLD = new RegExp(
  `\\b(?:not|never|no|would|could|might|may|will|shall|can|cannot|to|if|unless|whether|planned|plans?|threatened|tried|attempted)${WS}+(?:[\\p{L}-]+${WS}+){0,2}$`,
  "iu",
);
/** "was", "were", "had been", "being" right before a past form: a passive. */
const PASSIVE_BEFORE = new RegExp(
  `\\b(?:is|are|was|were|been|being|be|got)${WS}+(?:\\p{L}+ly${WS}+)?$`,
  "iu",
);
/** "… by X" right after a passive verb or an act noun (a few words of object or place between). */
const AGENT_BY = new RegExp(
  `^(?:${WS}+(?!by\\b)[\\p{L}-]+){0,4}?${WS}+by${WS}+(?:the${WS}+|an?${WS}+)?$`,
  "iu",
);

/** A mention that names a state's agent or a group of its own (not a bystander word like "Ruritanian fishermen"). */
function agentMention(doc: EntityDoc, voiceOf: VoiceOf, m: ActorMention, agent: RegExp): boolean {
  if (m.kind === "pronoun") return false;
  const actor = doc.actors.get(m.actorId);
  if (actor?.kind === "Country") {
    if (m.kind !== "demonym") return true;
    return agent.test(doc.body.slice(m.end, m.end + 40));
  }
  if (actor?.kind === "Organization")
    return actor.countryId !== undefined || !doc.knowledge.international.some((o) => o.id === actor.id);
  return voiceOf.has(m.actorId);
}

/** The doer of the act at [at, end): the agent after "by", else (not for a passive) the subject or owner before it. */
function doerOf(doc: EntityDoc, said: readonly ActorMention[], at: number, end: number, m: ActMatcher) {
  const text = norm(doc.body.slice(at, end));
  const before = doc.body.slice(Math.max(0, at - 40), at);
  const by = said.find((x) => x.start >= end && AGENT_BY.test(doc.body.slice(end, x.start)));
  if (by) return by;
  if (m.past.has(text) && PASSIVE_BEFORE.test(before)) return undefined;
  if (NOT_TOLD.test(before)) return undefined;
  const subject = said.filter((x) => x.end <= at).pop();
  if (!subject) return undefined;
  const gap = doc.body.slice(subject.end, at);
  // An act noun takes only the side written right before it ("Ruritanian shelling", "Ruritania’s raid").
  if (m.nouns.has(text) && !/^(?:['’]s)?(?:[\s\u00a0]+[\p{L}-]+)?[\s\u00a0]+$/u.test(gap)) return undefined;
  return SUBJECT_GAP.test(gap) ? subject : undefined;
}

/** Whether the form's type finds what it needs (its objects, its complement) near it in the statement. */
function told(
  doc: EntityDoc,
  m: ActMatcher,
  text: string,
  at: number,
  end: number,
  bounds: [number, number],
): boolean {
  const near = doc.body.slice(Math.max(bounds[0], at - 60), Math.min(bounds[1], end + 80));
  return (m.needs.get(text) ?? []).some((need) => need === undefined || need.test(near));
}

/** The act's object names the speaker's own side ("rammed a Ruritanian patrol boat", "detained our fishermen"). */
function doneToOwn(
  doc: EntityDoc,
  voiceOf: VoiceOf,
  all: readonly ActorMention[],
  end: number,
  own: string,
): boolean {
  const object = /^(?:[\s\u00a0]+[\p{L}\d’'-]+){1,5}/u.exec(doc.body.slice(end, end + 60))?.[0] ?? "";
  if (/\b(?:our|us)\b/iu.test(object)) return true;
  return all.some(
    (x) => x.start >= end && x.end <= end + object.length && sideOf(doc, voiceOf, x.actorId) === own,
  );
}

/** A doer joined to a mention of the speaker's own side ("Ruritanian and Osterlich troops raided"): a joint act. */
function jointWithOwn(
  doc: EntityDoc,
  voiceOf: VoiceOf,
  said: readonly ActorMention[],
  doer: ActorMention,
  own: string,
) {
  const i = said.indexOf(doer);
  const partner = said[i - 1];
  const gap = partner ? doc.body.slice(partner.end, doer.start) : "";
  return (
    partner !== undefined &&
    /^(?:[\s\u00a0]*,)?[\s\u00a0]+and[\s\u00a0]+$|^[\s\u00a0]*,[\s\u00a0]+$/u.test(gap) &&
    sideOf(doc, voiceOf, partner.actorId) === own
  );
}

/** Whom a statement accuses of the hostile acts it tells: each doer of another side, and its state. */
export function actDoers(doc: EntityDoc, voiceOf: VoiceOf, st: FoundStatement): string[] {
  const start = startOf(doc, st);
  if (start === undefined) return [];
  const end = start + st.text.length;
  const own = sideOf(doc, voiceOf, st.speakerId);
  const m = actMatcher(doc.knowledge);
  const all = mentionsIn(doc, start, end).filter((x) => x.kind !== "pronoun");
  const said = all.filter((x) => agentMention(doc, voiceOf, x, m.agent));
  if (said.length === 0) return [];
  const found: string[] = [];
  for (const hit of doc.body.slice(start, end).matchAll(m.re)) {
    const at = start + (hit.index ?? 0);
    const text = norm(hit[0]);
    const actEnd = at + hit[0].length;
    if (!told(doc, m, text, at, actEnd, [start, end]) && !doneToOwn(doc, voiceOf, all, actEnd, own)) continue;
    const doer = doerOf(doc, said, at, at + hit[0].length, m);
    const side = doer && sideOf(doc, voiceOf, doer.actorId);
    if (!doer || !side || side === own || jointWithOwn(doc, voiceOf, all, doer, own)) continue;
    found.push(doer.actorId, side);
  }
  return [...new Set(found)];
}

/** A statement that tells a summons or a protest: that act is its stance (criticism, stances.ts). */
const STANCE_ACT = /\b(?:summon\p{L}*|protest\p{L}*|called[\s\u00a0]+in)\b/iu;

/** Gives plain statements of a state's side that tell another side's hostile act an accusation of it. Mutates statements. */
export function actAccusations(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  for (const st of statements) {
    if (st.stance || st.cameo !== "010" || STANCE_ACT.test(st.text)) continue;
    if (!statesSide(doc, voiceOf, st.speakerId)) continue;
    const targets = actDoers(doc, voiceOf, st);
    if (targets.length > 0) giveStance(st, "accuse", targets);
  }
}
