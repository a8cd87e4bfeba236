// A stance whose object is a pronoun: "expelled two Chilean diplomats, accusing them of spying",
// "summoned the envoy and told him …". The pronoun stands for the nearest actor named before it in the
// sentence that is not on the speaker's side; the stance is against that actor's side. A plural "them"
// after a coordinated pair ("threatened South Korea and the United States … and accused them") is both.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { listBefore } from "./actor-lists.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";

const PRONOUN_OBJECT = /^(?:them|him|her)\b/iu;

/** Gives targetless stances against "them"/"him"/"her" the side of the actor meant. Mutates statements. */
export function pronounTargets(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  for (const st of statements) {
    if (!st.stance || !PRONOUN_OBJECT.test(st.text)) continue;
    // A "them" already read as one party may stand for the pair that party closes.
    if (st.targetIds.length > (/^them\b/iu.test(st.text) ? 1 : 0)) continue;
    const start = startOf(doc, st);
    const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
    if (start === undefined || !sentence) continue;
    const own = sideOf(doc, voiceOf, st.speakerId);
    const sideOfMention = (m: { actorId: string }) => sideOf(doc, voiceOf, m.actorId);
    const before = mentionsIn(doc, sentence.start, start).filter((m) => {
      const side = sideOfMention(m);
      return side !== own && doc.actors.has(side);
    });
    const last = before[before.length - 1];
    if (!last) continue;
    const plural = /^them\b/iu.test(st.text) ? listBefore(doc, last.end, true) : [last];
    const sides = [...new Set(plural.map(sideOfMention))].filter((x) => x !== own && doc.actors.has(x));
    if (st.targetIds.length === 1 && !sides.includes(st.targetIds[0] ?? "")) continue;
    st.targetIds = sides.length > 0 ? sides : [sideOfMention(last)];
    for (const side of st.targetIds) if (!st.aboutIds.includes(side)) st.aboutIds = [...st.aboutIds, side];
  }
}
