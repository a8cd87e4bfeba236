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
  "(?:firm|decisive|resolute|strong|swift|robust|forceful|harsh|severe|crushing|merciless|fitting)";

export const STATED_THREAT = new RegExp(
  [
    `\\b(?:will|would|shall)${W}+(?:be${W}+met${W}+with|receive|meet${W}+with|meet|face|draw)${W}+(?:an?${W}+)?${HARD}${W}+(?:response|answer|reaction|reply|rebuff)\\b`,
    `\\b(?:should|must)${W}+not${W}+be${W}+(?:read|mistaken|taken|interpreted|seen|confused)${W}+(?:as|for)${W}+(?:a${W}+sign${W}+of${W}+)?weakness\\b`,
    `\\b(?:will|would|shall)${W}+not${W}+(?:sit${W}+idle|stand${W}+idly${W}+by|sit${W}+idly${W}+by)\\b`,
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
    (st) => (!st.stance || st.stance === "criticize") && STATED_THREAT.test(st.text),
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
