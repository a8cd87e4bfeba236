// A rejection in evaluating words whose accuser no statement, event or clause names: "The embassy
// dismissed the allegations as unfounded", "rejected the accusation, calling it “a malicious
// fabrication”". Re-describing an accusation criticises whoever made it (test/corpus/README.md);
// when the accusation itself was read as no one's, the accuser is the state the rejecting side faces
// in the article (adversaries.ts), nearest before the rejection.
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { phrasesRegex } from "../text/text.ts";
import type { Event } from "../types.ts";
import { adversaries, sideOf, type VoiceOf } from "./adversaries.ts";
import { awaitsCriticismTarget, criticise } from "./criticism-target.ts";
import { EVALUATED_ACCUSATION_ONE, REJECTING } from "./rejections.ts";

/**
 * Words that, said of an accusation, deny it any truth: alone they would be no criticism ("false"
 * readings of a gauge), but in a rejecting sentence they dismiss the accuser.
 */
const DISMISSING =
  /\b(?:baseless|unfounded|false|untrue|inaccurate|unverified|one-sided|invent(?:ed|ion)|fiction|fictitious|fantas(?:y|ies)|fairy[\s\u00a0]+tales?|fabricat\p{L}*|smears?|lies|propaganda|nonsense|absurd|ridiculous|preposterous)\b/iu;

/**
 * What is rejected must be an accusation: "the criticism" may be any of several critics' (answered-
 * critics.ts leaves it open), an accusation is the one the speaker's side answers.
 */
const ACCUSATION = /\b(?:accusations?|allegations?|charges?|claims?)\b/iu;

/** A stanceless rejection in evaluating words, or a targetless criticism in a rejecting sentence. */
function isUnanswered(doc: EntityDoc, st: FoundStatement, condemning: RegExp): boolean {
  if (!awaitsCriticismTarget(st)) return false;
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1]?.text ?? "";
  if (!REJECTING.test(sentence) && !EVALUATED_ACCUSATION_ONE.test(sentence)) return false;
  if (!ACCUSATION.test(sentence)) return false;
  return DISMISSING.test(st.text) || condemning.test(st.text);
}

/** Gives each unanswered rejection the state its side faces nearest before it. Mutates statements. */
export function unansweredRejections(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
): void {
  const condemning = phrasesRegex(doc.knowledge.criticismWords, "iu");
  const open = statements.filter((st) => isUnanswered(doc, st, condemning));
  if (open.length === 0) return;
  const foes = adversaries(doc, statements, events, voiceOf);
  for (const st of open) {
    const foe = foes.of(st.speakerId, st.at);
    if (!foe || foe === sideOf(doc, voiceOf, st.speakerId) || doc.actors.get(foe)?.kind !== "Country")
      continue;
    criticise(st, foe);
  }
}
