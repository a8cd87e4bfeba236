// Stances coordinated under one subject share their target: "accused the troops of burning villages
// and dismissed the arrests as “a kidnapping”", "urged Ruritania to free the crew and accused the
// capital of “acting for others”". A criticism or accusation that names nobody it can be read as
// against takes the targets of the stance (or the addressees of the demand) right before it, when the same speaker's two predicates in
// one sentence are joined by "and" (nothing else between them).
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";

/** Only "and" (after a closing quotation mark or a comma) between the first stance and the second verb. */
const AND_BETWEEN = new RegExp(`^[”"’]?,?${WS}+and(?:${WS}+(?:also|then|later))?${WS}+$`, "u");

/**
 * Whom the first predicate was against: a stance's targets, or the states a demand was addressed to
 * ("urged Ruritania to free the crew", "demanded that …"), never the speaker's own side.
 */
function earlierTargets(doc: EntityDoc, voiceOf: VoiceOf, prev: FoundStatement): string[] {
  if (prev.stance) return [...prev.targetIds];
  if (!/^(?:02|10)/.test(prev.cameo ?? "")) return [];
  const own = sideOf(doc, voiceOf, prev.speakerId);
  return prev.aboutIds.filter((id) => doc.actors.get(id)?.kind === "Country" && id !== own);
}

/** Gives a targetless stance the targets of the coordinated stance before it. Mutates statements. */
export function sharedStanceTargets(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  for (const [i, st] of statements.entries()) {
    if (!st.stance || st.stance === "threaten" || st.targetIds.length > 0) continue;
    const prev = statements[i - 1];
    const targets = prev ? earlierTargets(doc, voiceOf, prev) : [];
    if (!prev || prev.speakerId !== st.speakerId || targets.length === 0) continue;
    const sentence = st.evidence[0]?.sentence;
    const prevStart = startOf(doc, prev);
    if (sentence === undefined || prev.evidence[0]?.sentence !== sentence || prevStart === undefined)
      continue;
    const prevEnd = prevStart + prev.text.length;
    const start = startOf(doc, st);
    const verbAt = start === undefined || !st.verb ? -1 : doc.body.lastIndexOf(st.verb, start);
    if (verbAt < prevEnd || !AND_BETWEEN.test(doc.body.slice(prevEnd, verbAt))) continue;
    st.targetIds = targets;
    st.aboutIds = [...new Set([...st.aboutIds, ...targets])];
  }
}
