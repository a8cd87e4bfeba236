// Evaluative criticism: a plain statement whose words condemn ("“illegal and
// reckless”") is a criticism (CAMEO 111). When it names no target, the target is read from a
// definite reference to an earlier event ("said the raid was …"): the state responsible for it.
import { type EntityDoc, inQuote } from "./doc.ts";
import type { FoundStatement } from "./statements.ts";
import { phrasesRegex } from "./text.ts";
import type { Event } from "./types.ts";

/** Definite event references and the PLOVER categories they can refer to (empty: any event). */
const EVENT_ANAPHORS: { re: RegExp; plover: string[] }[] = [
  {
    re: /\b(?:the|this|that|such)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?(?:attacks?|assaults?|raids?|strikes?|incidents?|harassment|aggression)\b/iu,
    plover: ["COERCE", "ASSAULT", "MOBILIZE"],
  },
  {
    re: /\b(?:the|this|that|such)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?(?:move|decision|action|step|measures?)\b/iu,
    plover: [],
  },
];

/** An actor as the target of criticism: itself (people and bodies are criticized by name). */
function stateOrSelf(doc: EntityDoc, id: string): string {
  return doc.actors.has(id) ? id : stateOf(doc, id);
}

/** The state behind an actor: a country itself, or the country a national body or person belongs to. */
function stateOf(doc: EntityDoc, id: string): string {
  const actor = doc.actors.get(id);
  return actor?.kind === "Country" ? id : (actor?.countryId ?? id);
}

/**
 * Upgrades plain statements (CAMEO 010) that use condemning words to criticism (111), and gives
 * criticism without a target the state responsible for the event it refers to. Mutates `statements`.
 */
export function resolveEvaluations(
  doc: EntityDoc,
  statements: FoundStatement[],
  events: readonly Event[],
): void {
  const words = phrasesRegex(doc.knowledge.criticismWords, "iu");
  for (const st of statements) {
    if (st.cameo !== "010" || st.stance || !words.test(st.text)) continue;
    st.cameo = "111";
    st.stance = "criticize";
    if (st.targetIds.length > 0) continue;
    // "called Chile’s plan “reckless”": the evaluated object's owner is the target.
    const object = (st.objectIds ?? []).map((id) => stateOrSelf(doc, id)).find((id) => id !== st.speakerId);
    if (object) {
      st.targetIds = [object];
      if (!st.aboutIds.includes(object)) st.aboutIds = [...st.aboutIds, object];
      continue;
    }
    const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
    if (!sentence) continue;
    // The reference is in the reporting frame or the statement itself, outside any other quotation.
    const frame = doc.body.slice(sentence.start, sentence.end);
    const anaphor = EVENT_ANAPHORS.find((a) => {
      const m = a.re.exec(frame);
      return m && (!inQuote(doc, sentence.start + m.index) || st.kind === "quote");
    });
    if (!anaphor) continue;
    const speakerState = stateOf(doc, st.speakerId);
    const referent = events
      .filter(
        (e) =>
          (e.status === "occurred" || e.negated === true) &&
          (anaphor.plover.length === 0 || anaphor.plover.includes(e.plover)) &&
          (e.evidence[0]?.sentence ?? Number.POSITIVE_INFINITY) <= sentence.index,
      )
      .pop();
    const source = referent?.participants.find((p) => p.role === "source");
    if (!source) continue;
    const target = stateOf(doc, source.actorId);
    if (target === st.speakerId || target === speakerState) continue;
    st.targetIds = [target];
    if (!st.aboutIds.includes(target)) st.aboutIds = [...st.aboutIds, target];
  }
}
