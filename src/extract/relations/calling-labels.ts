// An accusation that also labels what it accuses ("accused Turkey of sending warships …, calling the
// manoeuvres “an act of intimidation”") criticises too: the label is criticism of the same target
// (test/corpus/README.md keeps ACCUSES and CRITICIZES apart, and a sentence may carry both).
import { type EntityDoc, evidence } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import type { VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

/** ", calling the manoeuvres “…”", ", describing the raids as …" – not "calling for" or "calling on". */
const LABELLING = new RegExp(
  `,${WS}+(?:calling|describing|branding|labell?ing|terming)${WS}+(?:the|its|their|this|these|those|it|them)\\b[^.;“”"]{0,60}?(?:${WS}as${WS}|${WS}[“"])`,
  "iu",
);

/** Adds criticism beside each accusation whose sentence labels the act. */
export function callingLabels(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  out: RelationSet,
): void {
  for (const st of statements) {
    if (st.stance !== "accuse" || st.targetIds.length === 0) continue;
    const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
    const hit = sentence ? LABELLING.exec(sentence.text) : null;
    if (!sentence || !hit) continue;
    const at = sentence.start + hit.index;
    const ev = [evidence(doc, at, at + hit[0].length)];
    for (const from of [st.speakerId, ...(voiceOf.get(st.speakerId) ?? [])])
      for (const to of st.targetIds)
        if (from !== to) out.add("CRITICIZES", from, to, { statementIds: [st.id], evidence: ev });
  }
}
