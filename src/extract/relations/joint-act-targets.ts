// A stance against a joint act is against every party to it: "Russia condemned the pact as “a
// provocation” and warned …" after "Finland and Estonia signed a pact" criticises and threatens both,
// where the statement found one. The act is named in the stance's sentence; its parties come from the
// latest event of that kind before it.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import type { Event } from "../types.ts";
import { listFrom } from "./actor-lists.ts";
import { sideOf, type VoiceOf } from "./adversaries.ts";

/** "condemned the pact", "called the new defence agreement", "said the drills": the act noun. */
const JOINT_ACT = new RegExp(
  `\\b(?:condemned|denounced|critici[sz]ed|called|described|branded|dismissed|said(?:${WS}+that)?)${WS}+the${WS}+` +
    `(?:(?:new|joint|defen[cs]e|security|military|naval|bilateral|trilateral)${WS}+){0,2}(pact|agreement|deal|accord|treaty|drills|exercises?)\\b`,
  "iu",
);
export const EVENT_TYPES: Record<string, string[]> = {
  drills: ["military-exercise"],
  exercise: ["military-exercise"],
  exercises: ["military-exercise"],
};
export const AGREEMENT_TYPES = ["agreement", "cooperation"];

/**
 * The sides of the parties to the latest event of `types` told up to `sentence`, when they act as one
 * coordinated subject ("Finland and Estonia signed"); "Chile signed an agreement with China" makes
 * Chile the one answerable for it, so no widening then.
 */
export function jointActParties(
  doc: EntityDoc,
  events: readonly Event[],
  types: string[],
  sentence: number,
  voiceOf: VoiceOf,
): string[] {
  const act = events
    .filter((e) => e.type && types.includes(e.type) && (e.evidence[0]?.sentence ?? Infinity) <= sentence)
    .pop();
  const ev = act?.evidence[0];
  if (!act || !ev) return [];
  const side = (id: string) => sideOf(doc, voiceOf, id);
  const sides = [...new Set(act.participants.map((p) => side(p.actorId)))];
  const first = mentionsIn(doc, ev.start, ev.end).find((m) => sides.includes(side(m.actorId)));
  const listed = first ? listFrom(doc, first.start, ev.end).map((m) => side(m.actorId)) : [];
  if (!sides.every((id) => listed.includes(id))) return [];
  return sides.filter((id) => doc.actors.get(id)?.kind !== "Person");
}

/** Widens stances against a named joint act to all its parties. Mutates statements. */
export function jointActTargets(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
): void {
  for (const st of statements) {
    if (!st.stance || st.targetIds.length === 0) continue;
    const index = st.evidence[0]?.sentence ?? -1;
    const hit = JOINT_ACT.exec(doc.sentences[index]?.text ?? "");
    const noun = hit?.[1]?.toLowerCase();
    // The act is what this statement's own verb names, or what the warning beside it answers.
    const ownVerb = hit !== null && st.verb !== undefined && hit[0].startsWith(st.verb);
    if (!noun || !(ownVerb || /^warn/iu.test(st.verb ?? ""))) continue;
    const all = jointActParties(doc, events, EVENT_TYPES[noun] ?? AGREEMENT_TYPES, index, voiceOf);
    const own = sideOf(doc, voiceOf, st.speakerId);
    // Only when the statement already aims at one of the parties and the speaker is none of them.
    if (all.length < 2 || all.includes(own) || !st.targetIds.some((t) => all.includes(t))) continue;
    const added = all.filter((id) => !st.targetIds.includes(id) && doc.actors.has(id));
    st.targetIds = [...st.targetIds, ...added];
    for (const id of added) if (!st.aboutIds.includes(id)) st.aboutIds = [...st.aboutIds, id];
  }
}
