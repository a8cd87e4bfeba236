// A warning of the speaker's own next step is a threat, even when the sentence's other verb left it
// marked as criticism: "condemned the survey as “a provocation” and warned that it would not allow
// “any fait accompli”". Only the warned clause changes; the condemnation keeps its own statement.
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";

/** The speaker's side as subject of a modal: "it would", "we will", "Ankara would". */
const OWN_MODAL = new RegExp(
  `^[“"]?(?:it|we|they|the${WS}+(?:country|government|ministry|army))${WS}+(?:will|would|shall|is${WS}+ready${WS}+to|was${WS}+ready${WS}+to)\\b`,
  "iu",
);

/**
 * Gives warned clauses of the speaker's own action, read as criticism of someone, the stance of a
 * threat against them. Runs after the criticism found its target. Mutates statements.
 */
export function warningStances(statements: readonly FoundStatement[]): void {
  for (const st of statements) {
    if (st.stance !== "criticize" || st.targetIds.length === 0) continue;
    if (!/^warn/iu.test(st.verb ?? "") || !OWN_MODAL.test(st.text)) continue;
    st.stance = "threaten";
    st.cameo = "138";
  }
}
