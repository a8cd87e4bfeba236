// Threats told in set phrases rather than with "threatened" or "warned": a promised hard answer to
// the other side's next step ("any further provocation will receive a firm response", "will be met
// with a decisive response"), restraint that is not to be mistaken for weakness ("that restraint
// should not be read as weakness"), and refusal to stay passive ("will not sit idle", "will not stand
// idly by"). From a side in a dispute they threaten its adversary (a criticism word inside the phrase,
// "provocation", does not make them criticism).
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import type { Event } from "../types.ts";
import { adversaries, sideOf, startOf, type VoiceOf } from "./adversaries.ts";
import { provokedBy } from "./conditional-threats.ts";

const W = WS;
const HARD =
  "(?:firm|decisive|resolute|strong|swift|robust|forceful|harsh|severe|crushing|merciless|fitting|tough|stern|proportionate|commensurate|befitting)";
const FUTURE = `(?:will|would|shall)`;
/** Acts of force or retaliation a side may say it will not shrink from ("will not hesitate to respond"). */
const HARD_ACTS = `(?:respond|react|retaliate|reply|answer|act|defend|protect|use${W}+(?:force|(?:military${W}+)?(?:force|weapons|arms))|take${W}+(?:\\p{L}+${W}+){0,2}(?:measures|action|steps|countermeasures)|strike|hit|fire|open[\\s\\u00a0]+fire|shoot|impose|expel|deploy|punish|adopt${W}+(?:\\p{L}+${W}+){0,1}(?:measures|countermeasures|steps)|resort${W}+to${W}+force)`;
/** Counter-steps by name ("reciprocal measures", "mirror steps", "countermeasures"). */
const COUNTER_STEPS = `(?:(?:reciprocal|retaliatory|mirror|symmetrical|asymmetric(?:al)?|counter|tit-for-tat|punitive|proportionate|commensurate)${W}+(?:measures|steps|action|actions|response|responses|sanctions|expulsions|tariffs|duties)|counter-?measures|counter-?attacks?)`;

/** A hard answer promised, restraint not to be read as weakness, refusal to stay passive. */
export const STATED_THREAT = new RegExp(
  [
    `\\b${FUTURE}${W}+(?:be${W}+met${W}+with|receive|meet${W}+with|meet|face|draw|give|deliver)${W}+(?:an?${W}+)?(?:${HARD}${W}+(?:and${W}+\\p{L}+${W}+)?(?:response|answer|reaction|reply|rebuff|retaliation)|${COUNTER_STEPS})\\b`,
    `\\b(?:should|must)${W}+not${W}+be${W}+(?:read|mistaken|taken|interpreted|seen|confused)${W}+(?:as|for)${W}+(?:a${W}+sign${W}+of${W}+)?weakness\\b`,
    `\\b${FUTURE}${W}+not${W}+(?:sit${W}+idle|stand${W}+idly${W}+by|sit${W}+idly${W}+by|remain${W}+(?:idle|indifferent|passive)|stand${W}+by${W}+and${W}+watch)\\b`,
  ].join("|"),
  "iu",
);

/**
 * The rest of the closed class of set phrases that state a threat in wire copy (CAMEO 13x), each a
 * family with its inflections: no hesitation to act, a right to respond reserved, patience running
 * out, nothing ruled out, every option on the table, an act that will not go unanswered, counter-steps
 * announced, the other side bearing the consequences, the means to stop it, necessary measures to
 * protect one's own, every necessary countermeasure, all the means at one's disposal. Read only in
 * statements no other reader gave a stance: next to a criticism word ("harassment … will not go
 * unanswered") they sharpen the criticism rather than threaten.
 */
export const SET_THREAT = new RegExp(
  [
    `\\b(?:(?:${FUTURE}|do(?:es)?|did)${W}+not|won[’']t|don[’']t)${W}+hesitate${W}+to${W}+${HARD_ACTS}\\b`,
    `\\breserv(?:e|es|ed|ing)${W}+(?:its${W}+|their${W}+|our${W}+|the${W}+)?(?:full${W}+)?right${W}+to${W}+[“"‘]?${HARD_ACTS}\\b`,
    `\\bpatience[\\s\\u00a0“”"]+(?:is|was|has|had)${W}+(?:not${W}+(?:unlimited|infinite|endless|eternal)|limits|its${W}+limits|(?:been${W}+)?(?:running|wearing|worn)${W}+(?:out|thin)|run${W}+out|(?:come|came)${W}+to${W}+an${W}+end|(?:almost${W}+)?exhausted)\\b`,
    `\\b(?:not|never)${W}+rul(?:e|es|ed|ing)${W}+out${W}+(?:an?${W}+|any${W}+|the${W}+)?(?:(?:military|armed|forceful|retaliatory|further|tougher|punitive)${W}+)*(?:response|action|option|force|strikes?|retaliation|sanctions|countermeasures|measures|use${W}+of${W}+force)\\b`,
    `\\ball${W}+options${W}+(?:are|were|remain|remained|stay|stayed)${W}+(?:on${W}+the${W}+table|open)\\b`,
    `\\b(?:(?:will|would|shall|must|should)${W}+not|cannot|can${W}*not|won[’']t)${W}+(?:go|remain|be${W}+left)${W}+(?:unanswered|unpunished)\\b`,
    `\\b(?:${FUTURE}|could|may|might)${W}+(?:\\p{L}+${W}+){0,2}(?:adopt|impose|introduce|apply|take|announce|consider)${W}+(?:\\p{L}+${W}+){0,1}${COUNTER_STEPS}`,
    `\\b(?:${FUTURE}|must)${W}+(?:have${W}+to${W}+)?bear${W}+(?:all${W}+|full${W}+)?(?:the${W}+)?consequences\\b`,
    `\\b(?:have|has)${W}+the${W}+(?:means|capability|capacity|ability|power)${W}+to${W}+(?:stop|respond|punish|retaliate|strike|hit|repel|defend)\\b`,
    `\\b(?:take|use|adopt)${W}+(?:all${W}+)?(?:the${W}+)?necessary${W}+(?:measures|steps|action|means)${W}+to${W}+(?:protect|safeguard|defend|uphold)\\b`,
    `\\b(?:every|all|any)${W}+(?:the${W}+)?necessary${W}+counter-?measures?\\b`,
    `\\bwith${W}+all${W}+(?:the${W}+)?(?:means|force)${W}+(?:at${W}+(?:its|our|their|his|her)${W}+disposal|available)\\b`,
  ].join("|"),
  "iu",
);

/** Gives each statement in a threatening set phrase a threat against its target or the side's adversary. */
export function statedThreats(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
): void {
  const open = statements.filter(
    (st) =>
      ((!st.stance || st.stance === "criticize") && STATED_THREAT.test(st.text)) ||
      (!st.stance && SET_THREAT.test(st.text)),
  );
  if (open.length === 0) return;
  const foes = adversaries(doc, statements, events, voiceOf);
  for (const st of open) {
    const side = sideOf(doc, voiceOf, st.speakerId);
    const start = startOf(doc, st);
    const provoker =
      start === undefined ? undefined : provokedBy(doc, st, start, (id) => sideOf(doc, voiceOf, id) === side);
    const named = st.targetIds.length > 0 ? st.targetIds : provoker ? [sideOf(doc, voiceOf, provoker)] : [];
    const foe = foes.of(st.speakerId, st.at);
    const targets = named.length > 0 ? named : foe ? [foe] : [];
    if (targets.length === 0 || targets.includes(side)) continue;
    st.stance = "threaten";
    st.cameo = "138";
    st.targetIds = targets;
    st.aboutIds = [...new Set([...st.aboutIds, ...targets])];
  }
}
