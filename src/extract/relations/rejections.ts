// Rejections of an accusation: "X rejected the accusations, calling them baseless", "dismissed the
// allegations as a smear". Condemning the accusation criticises whoever made it, so criticism that
// names no target and stands in a rejecting sentence is directed at the accusing state.
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { phrasesRegex } from "../text/text.ts";

/** A rejecting verb and, within a few words, what is rejected: an accusation or the accuser's account. */
const REJECTING = new RegExp(
  `\\b(?:reject|dismiss|den(?:y|ie))(?:s|ed|ing)?${WS}+(?:[^.;:]{0,40}?${WS})?(?:accusations?|allegations?|claims?|charges?|account|version|complaint|criticism|reports?)\\b`,
  "iu",
);

/** The state behind an actor: a country itself, or the country a national body or person belongs to. */
function stateOf(doc: EntityDoc, id: string): string {
  const actor = doc.actors.get(id);
  return actor?.kind === "Country" ? id : (actor?.countryId ?? id);
}

/**
 * Gives targetless criticism, or a rejection in condemning words, in a rejecting sentence the accuser: the state of the nearest
 * accusation (before it, else after it) against the speaker or the speaker's state. Mutates statements.
 */
export function resolveRejections(doc: EntityDoc, statements: readonly FoundStatement[]): void {
  const accusations = statements.filter((st) => st.stance === "accuse" && st.targetIds.length > 0);
  const condemning = phrasesRegex(doc.knowledge.criticismWords, "iu");
  for (const st of statements) {
    if (st.targetIds.length > 0) continue;
    // A rejection ("rejected …, calling the claims “baseless”") carries no stance of its own.
    if (st.stance ? st.stance !== "criticize" : !condemning.test(st.text)) continue;
    const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
    if (!sentence || !REJECTING.test(sentence.text)) continue;
    const speakerState = stateOf(doc, st.speakerId);
    const against = accusations.filter(
      (a) =>
        (a.targetIds.includes(st.speakerId) || a.targetIds.includes(speakerState)) &&
        stateOf(doc, a.speakerId) !== speakerState,
    );
    const before = against.filter((a) => a.at < st.at).pop();
    const accusation = before ?? against[0];
    if (!accusation) continue;
    const accuser = stateOf(doc, accusation.speakerId);
    if (!doc.actors.has(accuser)) continue;
    st.stance = "criticize";
    st.targetIds = [accuser];
    if (!st.aboutIds.includes(accuser)) st.aboutIds = [...st.aboutIds, accuser];
  }
}
