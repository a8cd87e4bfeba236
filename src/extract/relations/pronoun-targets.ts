// A stance whose object is a pronoun: "expelled two Chilean diplomats, accusing them of spying",
// "summoned the envoy and told him …". The pronoun stands for the nearest actor named before it in the
// sentence that is not on the speaker's side; the stance is against that actor's side.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";

const PRONOUN_OBJECT = /^(?:them|him|her)\b/iu;

/** Gives targetless stances against "them"/"him"/"her" the side of the actor meant. Mutates statements. */
export function pronounTargets(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  for (const st of statements) {
    if (!st.stance || st.targetIds.length > 0 || !PRONOUN_OBJECT.test(st.text)) continue;
    const start = startOf(doc, st);
    const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
    if (start === undefined || !sentence) continue;
    const own = sideOf(doc, voiceOf, st.speakerId);
    const before = mentionsIn(doc, sentence.start, start)
      .map((m) => sideOf(doc, voiceOf, m.actorId))
      .filter((side) => side !== own && doc.actors.has(side));
    const side = before[before.length - 1];
    if (!side) continue;
    st.targetIds = [side];
    if (!st.aboutIds.includes(side)) st.aboutIds = [...st.aboutIds, side];
  }
}
