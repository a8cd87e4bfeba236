// A protest told inside a statement: "said China had lodged representations with Vietnam over the
// exercise", "said it had filed a formal protest with Peru". Lodging a protest criticises the state
// it is lodged with (as a protest event does), so a targetless statement reporting one is a
// criticism of that state.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { sideOf, type VoiceOf } from "./adversaries.ts";
import { awaitsCriticismTarget } from "./criticism-target.ts";

const LODGED = new RegExp(
  `(?<![\\p{L}])(?:lodged|filed|made|delivered|sent)${WS}+(?:an?${WS}+)?(?:(?:solemn|stern|strong|formal|diplomatic|official)${WS}+)*(?:protests?|representations|démarche|demarche)${WS}+(?:with|to)${WS}+`,
  "iu",
);

/** Gives a targetless statement reporting its side's protest the state protested to. Mutates statements. */
export function reportedProtests(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  for (const st of statements) {
    if (!awaitsCriticismTarget(st)) continue;
    const m = LODGED.exec(st.text);
    const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
    const at = sentence ? sentence.text.indexOf(st.text) : -1;
    if (!m || !sentence || at < 0) continue;
    const from = sentence.start + at + m.index + m[0].length;
    const first = mentionsIn(doc, from, from + 40)[0];
    if (!first || first.start !== from) continue;
    const target = sideOf(doc, voiceOf, first.actorId);
    const own = sideOf(doc, voiceOf, st.speakerId);
    if (target === own || doc.actors.get(target)?.kind !== "Country") continue;
    // The statement's own CAMEO stays: what it reports is a protest, the saying is plain.
    st.stance = "criticize";
    st.targetIds = [target];
    if (!st.aboutIds.includes(target)) st.aboutIds = [...st.aboutIds, target];
  }
}
