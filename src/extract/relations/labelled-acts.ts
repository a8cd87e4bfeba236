// Criticism by labelling the other side's act: "called the detention “an act of piracy”", "condemned
// the recall of the ambassador as “a step backwards”", "dismissed
// the detentions as “theatre”", "described the closure as collective punishment". Naming a hostile
// act of the other side and putting a label on it is a criticism of the side that did it, even when
// the label holds none of our condemning words. Only between sides already at odds in the story:
// "called the seizure a blow to the gangs" praises a partner's police work.
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { execAll } from "../text/text.ts";
import type { Event } from "../types.ts";
import { adversaries, sideOf, stateOf, type VoiceOf } from "./adversaries.ts";

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
];
/** The verb, a determiner and up to three lower-case words holding the act noun ("the fuel ban"). */
const FRAME = new RegExp(
  `(?<![\\p{L}])(?:${LABEL})[\\s\\u00a0]+(?:the|this|these|its|their)[\\s\\u00a0]+((?:[\\p{Ll}-]+[\\s\\u00a0]+){0,2}\\p{Ll}+)(?![\\p{L}])`,
  "gu",
);

/** The act types the labelled noun in a statement's sentence names, if any. */
function labelledTypes(doc: EntityDoc, st: FoundStatement): string[] | undefined {
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  if (!sentence) return undefined;
  for (const m of execAll(FRAME, sentence.text)) {
    if (!st.verb || !m[0].startsWith(st.verb)) continue;
    // The first act noun among the words: "the fuel ban", "the detention of", "the deportation flights".
    for (const word of (m[1] ?? "").toLowerCase().split(/[\s\u00a0]+/u)) {
      const hit = ACT_NOUNS.find(([re]) => re.test(word));
      if (hit) return hit[1];
    }
  }
  return undefined;
}

/** The one state other than the speaker's that did the latest such act before `sentence`. */
function doer(doc: EntityDoc, events: readonly Event[], types: string[], sentence: number, own: string) {
  const act = events
    .filter((e) => e.type && types.includes(e.type) && (e.evidence[0]?.sentence ?? Infinity) <= sentence)
    .pop();
  if (!act) return undefined;
  const sources = act.participants.filter((p) => p.role === "source");
  const parties = (sources.length > 0 ? sources : act.participants.filter((p) => p.role !== "target"))
    .map((p) => stateOf(doc, p.actorId))
    .filter((id) => id !== own && doc.actors.get(id)?.kind === "Country");
  const states = [...new Set(parties)];
  return states.length === 1 ? states[0] : undefined;
}

/** Gives targetless labelling statements the side that did the act as target. Mutates statements. */
export function labelledActs(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
): void {
  let foes: ReturnType<typeof adversaries> | undefined;
  for (const st of statements) {
    if (st.targetIds.length > 0 || (st.stance && st.stance !== "criticize")) continue;
    const types = labelledTypes(doc, st);
    if (!types) continue;
    const own = sideOf(doc, voiceOf, st.speakerId);
    const target = doer(doc, events, types, st.evidence[0]?.sentence ?? -1, own);
    if (!target) continue;
    // A condemning verb is criticism by itself; a neutral label only between sides at odds.
    foes ??= adversaries(doc, statements, events, voiceOf);
    if (!CONDEMNING.test(st.verb ?? "") && !foes.all(st.speakerId).has(target)) continue;
    st.stance = "criticize";
    st.cameo = "111";
    st.targetIds = [target];
    if (!st.aboutIds.includes(target)) st.aboutIds = [...st.aboutIds, target];
  }
}
