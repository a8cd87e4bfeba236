// Criticism told by the manner of a statement rather than its words: "In a sharply worded statement,
// Peru’s foreign ministry said …", "Peru said in a terse note that …", "an angry response from Lima".
// With no stance of its own, such a statement criticises the other side it names, else the side the
// speaker's side faces in the story.
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import type { Event } from "../types.ts";
import { adversaries, sideOf, type VoiceOf } from "./adversaries.ts";
import { awaitsCriticismTarget } from "./criticism-target.ts";

/** A statement's manner that is criticism in itself. */
export const SHARPLY_WORDED =
  /\b(?:(?:sharply|strongly|harshly|angrily|bluntly|tersely|forcefully)[\s\u00a0-]+worded|(?:angry|furious|terse|scathing|blistering|stinging|fierce|harsh|indignant)[\s\u00a0]+(?:statement|note|letter|response|reply|rebuke|communiqu[ée]))\b/iu;

/** Gives targetless statements told in such a manner a stance and a target. Mutates statements. */
export function wordedStatements(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
): void {
  let foes: ReturnType<typeof adversaries> | undefined;
  for (const st of statements) {
    if (!awaitsCriticismTarget(st)) continue;
    if (!SHARPLY_WORDED.test(doc.sentences[st.evidence[0]?.sentence ?? -1]?.text ?? "")) continue;
    const own = sideOf(doc, voiceOf, st.speakerId);
    const named = st.aboutIds
      .map((id) => sideOf(doc, voiceOf, id))
      .find((side) => side !== own && doc.actors.get(side)?.kind === "Country");
    foes ??= adversaries(doc, statements, events, voiceOf);
    const target = named ?? foes.of(st.speakerId, st.at, true);
    if (!target || target === own || !doc.actors.has(target)) continue;
    st.stance = "criticize";
    if (st.cameo === "010") st.cameo = "111";
    st.targetIds = [target];
    if (!st.aboutIds.includes(target)) st.aboutIds = [...st.aboutIds, target];
  }
}
