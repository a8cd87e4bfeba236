// "We will not tolerate violations of our airspace by Ruritania, and we have the means to stop them":
// a speaker who says its own side has the means, the capacity or the power to stop, repel or strike
// whomever the statement is against warns that party of force, so the statement threatens it rather
// than only criticising it (THREATENS, CAMEO 138). The statement keeps its targets; one with no
// target, or whose subject is not the speaker's side ("the coast guard has the means to stop the
// smugglers"), is left as it was.
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";

/** The speaker's side ("we", "our forces") saying it can use force against someone. */
const MEANS_TO_ACT = new RegExp(
  `\\b(?:we|our${WS}+(?:forces|army|military|country|troops))${WS}+(?:still${WS}+|also${WS}+)?(?:have|possess)${WS}+(?:all${WS}+)?the${WS}+` +
    `(?:means|capacity|capability|capabilities|ability|power|strength|tools|resolve)${WS}+to${WS}+` +
    `(?:stop|repel|respond|answer|retaliate|hit|strike|punish|destroy|shoot|bring${WS}+down|defend${WS}+(?:ourselves|our|it))\\b`,
  "iu",
);

/** Criticism (or a plain statement) with targets that also claims the means to strike them threatens them. Mutates statements. */
export function capabilityThreats(statements: readonly FoundStatement[]): void {
  for (const st of statements) {
    if (st.stance === "threaten" || st.stance === "accuse" || st.targetIds.length === 0) continue;
    if (!MEANS_TO_ACT.test(st.text)) continue;
    st.stance = "threaten";
    st.cameo = "138";
  }
}
