// A warning of the speaker's own next step is a threat, even when the sentence's other verb left it
// marked as criticism: "condemned the survey as “a provocation” and warned that it would not allow
// “any fait accompli”", "… and warned that Moscow would take “measures”". When the condemnation in
// the same sentence was left a plain statement (the two verbs' codes swapped), it gets the criticism.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";

/** The speaker's side as subject of a modal: "it would", "we will", "Ankara would". */
const OWN_PRONOUN = new RegExp(
  `^[“"]?(?:it|we|they|the${WS}+(?:country|government|ministry|army))${WS}`,
  "iu",
);
const MODAL = new RegExp(
  `^[“"]?(?:\\S+${WS}+){1,2}?(?:will|would|shall|(?:is|was)${WS}+ready${WS}+to)\\b`,
  "iu",
);
const CONDEMNING_VERB = /^(?:condemned|denounced|criticised|criticized|called|described|branded)$/iu;

/** The statement opens with the speaker's side ("it", "Moscow" for Russia's ministry) and a modal. */
function ownModal(doc: EntityDoc, voiceOf: VoiceOf, st: FoundStatement): boolean {
  if (!MODAL.test(st.text)) return false;
  if (OWN_PRONOUN.test(st.text)) return true;
  const start = startOf(doc, st);
  const first = start === undefined ? undefined : mentionsIn(doc, start, start + 25)[0];
  return first !== undefined && sideOf(doc, voiceOf, first.actorId) === sideOf(doc, voiceOf, st.speakerId);
}

/**
 * Gives warned clauses of the speaker's own action, read as criticism of someone, the stance of a
 * threat against them; a plain condemnation beside it criticises them. Runs after criticism found
 * its target. Mutates statements.
 */
export function warningStances(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  for (const st of statements) {
    if (st.stance !== "criticize" || st.targetIds.length === 0) continue;
    if (!/^warn/iu.test(st.verb ?? "") || !ownModal(doc, voiceOf, st)) continue;
    st.stance = "threaten";
    st.cameo = "138";
    const sentence = st.evidence[0]?.sentence;
    const sibling = statements.find(
      (o) =>
        o !== st &&
        !o.stance &&
        o.speakerId === st.speakerId &&
        o.evidence[0]?.sentence === sentence &&
        CONDEMNING_VERB.test(o.verb ?? ""),
    );
    if (!sibling) continue;
    sibling.stance = "criticize";
    sibling.cameo = "111";
    sibling.targetIds = [...st.targetIds];
    for (const id of st.targetIds)
      if (!sibling.aboutIds.includes(id)) sibling.aboutIds = [...sibling.aboutIds, id];
  }
}
