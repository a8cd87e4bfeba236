// Criticism by labelling the other side's act: "called the detention “an act of piracy”", "condemned
// the recall of the ambassador as “a step backwards”", "dismissed
// the detentions as “theatre”", "described the closure as collective punishment". Naming a hostile
// act of the other side and putting a label on it is a criticism of the side that did it, even when
// the label holds none of our condemning words. Only between sides already at odds in the story:
// "called the seizure a blow to the gangs" praises a partner's police work.
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { execAll, phrasesRegex } from "../text/text.ts";
import type { Event } from "../types.ts";
import { adversaries, sideOf, stateOf, type VoiceOf } from "./adversaries.ts";
import { awaitsCriticismTarget, criticise } from "./criticism-target.ts";
import { SHARPLY_WORDED } from "./worded-statements.ts";

/** Labelling verbs in every finite form wire copy reports them in ("called", "calls", "rejects"). */
const LABEL =
  "call(?:s|ed)|dismiss(?:es|ed)|describe[sd]|brand(?:s|ed)|label(?:s|l?ed)|term(?:s|ed)|deride[sd]|" +
  "reject(?:s|ed)|condemn(?:s|ed)|denounce[sd]|critici[sz](?:es|ed)|deplore[sd]";
// Rejecting or deriding an act is disapproval by itself, like condemning it.
const CONDEMNING = /^(?:condemn|denounc|critici[sz]|deplor|dismiss|reject|derid)/iu;
/** Nouns for hostile acts and the event types they name. */
const ACT_NOUNS: [RegExp, string[]][] = [
  // A detained vessel is a seizure ("called the detention [of the trawler] piracy").
  [/^(?:detentions?|arrests?)$/, ["arrest", "seizure"]],
  [/^(?:closures?|shutdowns?|blockades?)$/, ["border-closure"]],
  [/^(?:deportations?|expulsions?)$/, ["expulsion"]],
  [/^(?:seizures?|raids?)$/, ["seizure", "raid"]],
  [
    /^(?:sanctions|bans?|embargo(?:es)?|tariffs?|duties|levies|restrictions|curbs)$/,
    ["sanctions", "policy-implementation", "policy-adoption"],
  ],
  [/^(?:strikes?|airstrikes?|attacks?|shelling|offensive)$/, ["military-attack"]],
  [/^(?:incursions?|intrusions?|violations?)$/, ["intrusion"]],
  [/^(?:crackdowns?)$/, ["crackdown"]],
  [/^(?:hacks?|cyberattacks?)$/, ["cyberattack"]],
  [/^recalls?$/, ["envoy-recalled"]],
  // "rejected the note as …": the protest note of the side that lodged it or summoned the envoy.
  [/^(?:notes?|protests?|summons|summoning)$/, ["diplomatic-protest", "envoy-summoned"]],
  [/^(?:launch(?:es)?|tests?)$/, ["weapons-test"]],
  [/^(?:drills?|exercises?|manoeuvres?|maneuvers?)$/, ["military-exercise", "show-of-force"]],
  [/^deployments?$/, ["deployment"]],
  // "called the measure “a disguised trade barrier”", "rejected the suspension as …": a trade or
  // border measure of the other side.
  [
    /^(?:measures?|suspensions?)$/,
    ["sanctions", "policy-implementation", "policy-adoption", "border-closure", "relations-reduced"],
  ],
];
/**
 * Nouns for any act ("the move", "the decision", "the step"): the latest hostile act of another
 * state, and only when the words condemn it.
 */
const ANY_ACT = /^(?:moves?|decisions?|steps?|actions?)$/;
/** Hostile event types (a stance relation in the lexicon, or one of these). */
const HOSTILE_TYPES =
  /^(?:arrest|seizure|border-closure|expulsion|raid|sanctions|policy-implementation|policy-adoption|military-attack|intrusion|crackdown|cyberattack|envoy-recalled|weapons-test|military-exercise|show-of-force|deployment|relations-reduced)$/;
/**
 * "said the arrests were “a naked attempt to silence …”", "said the expulsion was part of a campaign
 * to …": a clause whose subject is the act, then what it is said to be.
 */
const SUBJECT_FRAME =
  /^(?:the|this|these|its|their)[\s\u00a0]+((?:[\p{Ll}-]+[\s\u00a0]+){0,2}?\p{Ll}+)[\s\u00a0]+(?:was|were|is|are|would|will|could|(?:had|has|have)[\s\u00a0]+been|amounted[\s\u00a0]+to|amounts[\s\u00a0]+to)\b/u;
/**
 * What an act is said to be when that condemns it, beyond the lexicon's criticism words: a pretext,
 * a cover, a punishment ("an attempt to silence", "a smokescreen", "part of a campaign to").
 */
export const CONDEMNING_LABEL =
  /\b(?:an?[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?attempt[\s\u00a0]+to|smokescreen|diversion|pretext|campaign[\s\u00a0]+(?:to|against|of)|witch[\s-]hunt|persecution|(?:collective|political)[\s\u00a0]+punishment|trade[\s\u00a0]+barrier|protectionism|hostile[\s\u00a0]+act|act[\s\u00a0]+of[\s\u00a0]+(?:piracy|war|sabotage|hostility|revenge))/iu;
/** The verb, a determiner and up to three lower-case words holding the act noun ("the fuel ban"). */
const FRAME = new RegExp(
  `(?<![\\p{L}])(?:${LABEL})[\\s\\u00a0]+(?:the|this|these|its|their)[\\s\\u00a0]+((?:[\\p{Ll}-]+[\\s\\u00a0]+){0,2}\\p{Ll}+)(?![\\p{L}])`,
  "gu",
);

/** A labelled act: the types its noun names (empty for any hostile act), and how it was labelled. */
interface Labelled {
  types: string[];
  /** Told as the subject of the clause ("said the arrests were …"), not the object of a verb. */
  subject: boolean;
}

/** The act types the first act noun among `words` names ("the fuel ban", "the detention of"). */
function actTypes(words: string): string[] | undefined {
  for (const word of words.toLowerCase().split(/[\s\u00a0]+/u)) {
    const hit = ACT_NOUNS.find(([re]) => re.test(word));
    if (hit) return hit[1];
    if (ANY_ACT.test(word)) return [];
  }
  return undefined;
}

/** The act the labelling verb in a statement's sentence, or the statement's own subject, names. */
function labelledAct(doc: EntityDoc, st: FoundStatement): Labelled | undefined {
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  if (!sentence) return undefined;
  for (const m of execAll(FRAME, sentence.text)) {
    if (!st.verb || !m[0].startsWith(st.verb)) continue;
    const types = actTypes(m[1] ?? "");
    if (types) return { types, subject: false };
  }
  const subject = SUBJECT_FRAME.exec(st.text)?.[1];
  const types = subject === undefined ? undefined : actTypes(subject);
  return types ? { types, subject: true } : undefined;
}

/** The one state other than the speaker's that did the latest such act before `sentence`. */
function doer(doc: EntityDoc, events: readonly Event[], types: string[], sentence: number, own: string) {
  const named = (t: string) => (types.length > 0 ? types.includes(t) : HOSTILE_TYPES.test(t));
  const act = events
    .filter((e) => e.type && named(e.type) && (e.evidence[0]?.sentence ?? Infinity) <= sentence)
    .pop();
  if (!act) return undefined;
  const sources = act.participants.filter((p) => p.role === "source");
  const parties = (sources.length > 0 ? sources : act.participants.filter((p) => p.role !== "target"))
    .map((p) => stateOf(doc, p.actorId))
    .filter((id) => id !== own && doc.actors.get(id)?.kind === "Country");
  const states = [...new Set(parties)];
  if (states.length !== 1) return undefined;
  // A bare party of sanctions may be the state that suffers them: sure of the doer only when the act
  // tells its source or its target apart from the other parties.
  const sure =
    act.type !== "sanctions" || sources.length > 0 || act.participants.some((p) => p.role === "target");
  return { id: states[0] as string, sure };
}

/** Gives targetless labelling statements the side that did the act as target. Mutates statements. */
export function labelledActs(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
): void {
  let foes: ReturnType<typeof adversaries> | undefined;
  const criticism = phrasesRegex(doc.knowledge.criticismWords, "iu");
  for (const st of statements) {
    if (!awaitsCriticismTarget(st)) continue;
    const act = labelledAct(doc, st);
    if (!act) continue;
    // Words that condemn the act by themselves ("“illegal”", "an attempt to silence …").
    const condemns =
      st.stance === "criticize" ||
      criticism.test(st.text) ||
      CONDEMNING_LABEL.test(st.text) ||
      SHARPLY_WORDED.test(doc.sentences[st.evidence[0]?.sentence ?? -1]?.text ?? "");
    // "said the arrests were …" and "the move" only in condemning words.
    if ((act.subject || act.types.length === 0) && !condemns) continue;
    const own = sideOf(doc, voiceOf, st.speakerId);
    const found = doer(doc, events, act.types, st.evidence[0]?.sentence ?? -1, own);
    if (!found) continue;
    const target = found.id;
    // A condemning verb is criticism by itself; a condemning label when the doer is sure; a neutral
    // label only between sides at odds.
    foes ??= adversaries(doc, statements, events, voiceOf);
    const atOdds = foes.all(st.speakerId).has(target);
    if (!CONDEMNING.test(st.verb ?? "") && !(condemns && found.sure) && !atOdds) continue;
    criticise(st, target);
  }
}
