// A rejection in evaluating words whose accuser no accusation names: "Whitlock dismissed the
// criticism as “a tired line …”", "rejected the remark as “absurd”", "dismissed the report as
// “inaccurate”". What is rejected is what the one other side said about the speaker's side just
// before; rejecting it with an evaluative word criticises that side (test/corpus/README.md).
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { phrasesRegex } from "../text/text.ts";
import { sideOf, type VoiceOf } from "./adversaries.ts";
import { awaitsCriticismTarget, criticise } from "./criticism-target.ts";
import { CONDEMNING_LABEL } from "./labelled-acts.ts";
import { EVALUATED_ACCUSATION_ONE, REJECTING } from "./rejections.ts";

/** Nouns for what was said critically rather than for what was claimed. */
const CRITICISM_NOUN = /\b(?:criticism|remarks?|comments?)\b/iu;
/** A clause whose subject is what the other side said: "the accusations were …", "the claim was …". */
const SAID_TO_BE =
  /^(?:the|these|those|such|this|that)[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+)?(?:accusations?|allegations?|claims?|charges?|reports?|criticism|remarks?|comments?)[\s\u00a0]+(?:was|were|is|are|(?:had|has|have)[\s\u00a0]+been|amounted[\s\u00a0]+to|amounts[\s\u00a0]+to)\b/iu;
/** How many sentences back the rejected words may stand. */
const REACH = 2;

/**
 * The one side other than the speaker's whose critical words (else words about the speaker's side)
 * stand just before `st`.
 */
function nearestCritic(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  st: FoundStatement,
): string | undefined {
  const own = sideOf(doc, voiceOf, st.speakerId);
  const sentence = st.evidence[0]?.sentence ?? -1;
  const before = statements.filter((o) => {
    const at = o.evidence[0]?.sentence ?? -1;
    return o !== st && o.at < st.at && at >= sentence - REACH && at <= sentence;
  });
  // Words about the speaker's side (naming it, one of its bodies or people, or aimed at it).
  const aboutOwn = (o: FoundStatement) =>
    [...o.targetIds, ...o.aboutIds].some((id) => sideOf(doc, voiceOf, id) === own);
  const others = before.filter((o) => sideOf(doc, voiceOf, o.speakerId) !== own);
  // "The criticism", "the remark" answer critical words first (a criticism, an accusation); "the
  // claims", "the report" answer words about the speaker's side.
  const critical = CRITICISM_NOUN.test(doc.sentences[sentence]?.text ?? "")
    ? others.filter((o) => o.stance === "criticize" || o.stance === "accuse")
    : [];
  const critics = new Set(
    (critical.length > 0 ? critical : others.filter(aboutOwn)).map((o) => sideOf(doc, voiceOf, o.speakerId)),
  );
  // Only one side's words can be what "the criticism" answers; several critics leave it open.
  const [critic] = critics;
  // A state, or a body of no state (the EU, a rights group), answers for its words.
  const actor = critic ? doc.actors.get(critic) : undefined;
  const side = actor?.kind === "Country" || (actor?.kind === "Organization" && !actor.countryId);
  return critics.size === 1 && side ? critic : undefined;
}

/** Gives such rejections the side whose words they answer as target. Mutates statements. */
export function answeredCritics(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  const condemning = phrasesRegex(doc.knowledge.criticismWords, "iu");
  for (const st of statements) {
    if (!awaitsCriticismTarget(st)) continue;
    const text = doc.sentences[st.evidence[0]?.sentence ?? -1]?.text ?? "";
    // Re-described in a quote after the rejected noun, or rejected in condemning words, or said to be
    // something condemning ("said the accusations were “an attempt to hide …”").
    const evaluated = EVALUATED_ACCUSATION_ONE.test(text) && /[“"]/u.test(st.text);
    const condemns = st.stance === "criticize" || condemning.test(st.text) || CONDEMNING_LABEL.test(st.text);
    if (!REJECTING.test(text) && !evaluated && !(SAID_TO_BE.test(st.text) && condemns)) continue;
    if (!evaluated && !condemns) continue;
    const critic = nearestCritic(doc, statements, voiceOf, st);
    if (!critic) continue;
    criticise(st, critic);
  }
}
