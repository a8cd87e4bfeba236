// "accused both governments of ignoring abuses": a stance against "both governments", "the two
// countries" or "both sides" is against the two states of the latest act they took part in together
// (the agreement the article is about), else the first two states the article names.
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import type { Event } from "../types.ts";
import { sideOf, type VoiceOf } from "./adversaries.ts";

const BOTH =
  /^(?:both|the[\s\u00a0]+two)[\s\u00a0]+(?:governments|countries|sides|neighbours|neighbors|states|capitals)\b/iu;

/** The two states an unnamed pair stands for at `at`, not counting the speaker's side. */
function pairAt(doc: EntityDoc, events: readonly Event[], at: number, own: string): string[] {
  const isState = (id: string) => doc.actors.get(id)?.kind === "Country" && id !== own;
  const joint = events
    .filter((e) => (e.evidence[0]?.start ?? Number.POSITIVE_INFINITY) < at)
    .map((e) => [...new Set(e.participants.map((p) => p.actorId).filter(isState))])
    .filter((ids) => ids.length === 2)
    .pop();
  if (joint) return joint;
  const named = [...doc.actors.values()]
    .filter((a) => isState(a.id) && a.mentions.length > 0)
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return named.length >= 2 ? [named[0]?.id ?? "", named[1]?.id ?? ""] : [];
}

/** Stances against "both governments" get the two states as targets. Mutates statements. */
export function bothParties(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
): void {
  for (const st of statements) {
    if (!st.stance || st.targetIds.length > 0 || !BOTH.test(st.text)) continue;
    const pair = pairAt(doc, events, st.at, sideOf(doc, voiceOf, st.speakerId));
    if (pair.length !== 2) continue;
    st.targetIds = pair;
    st.aboutIds = [...new Set([...st.aboutIds, ...pair])];
  }
}
