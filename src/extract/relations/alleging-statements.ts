// Accusations a statement carries in its frame rather than in a stance verb of its own: an allegation
// whose clause opens with the accused ("alleged that Chile had funded the rebels", "charged that …")
// and blame the speaker's side takes in its own words ("said it held Chile responsible for …").
import { type EntityDoc, mentionAt } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

/** Reporting verbs that accuse whoever their clause is about. */
const ALLEGING = /^(?:alleged|alleges|allege|charged|charges)$/iu;
/** "it held Chile responsible", "we hold Chile fully accountable": the speaker's own blame. */
const OWN_BLAME = new RegExp(
  `^[“"]?(?:it|we|they)${WS}+(?:(?:had|has|have|would|will|also|still)${WS}+)*(?:held|holds|hold)${WS}+$`,
  "iu",
);
const BLAME_TAIL = new RegExp(
  `^${WS}+(?:(?:fully|directly|solely|entirely|ultimately)${WS}+)?(?:responsible|accountable|liable)\\b`,
  "iu",
);

/** The party the statement accuses, if it opens with it (after "that"/"the") or with the speaker's blame. */
function accused(doc: EntityDoc, st: FoundStatement, start: number): string | undefined {
  if (ALLEGING.test(st.verb.trim())) {
    const lead = /^(?:that[\s\u00a0]+)?(?:the[\s\u00a0]+)?/iu.exec(st.text)?.[0].length ?? 0;
    const m =
      mentionAt(doc, start + lead) ??
      mentionAt(doc, start + (/^that[\s\u00a0]+/iu.exec(st.text)?.[0].length ?? 0));
    return m && m.kind !== "pronoun" && doc.actors.has(m.actorId) ? m.actorId : undefined;
  }
  for (const m of doc.mentions) {
    if (m.start < start || m.start > start + 40) continue;
    if (m.kind === "pronoun" || !doc.actors.has(m.actorId)) continue;
    if (!OWN_BLAME.test(doc.body.slice(start, m.start))) return undefined;
    return BLAME_TAIL.test(doc.body.slice(m.end, m.end + 30)) ? m.actorId : undefined;
  }
  return undefined;
}

/** ACCUSES from each such statement's speaker (and whom they speak for) to the party accused. */
export function allegingStatements(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  out: RelationSet,
): void {
  for (const st of statements) {
    if (st.stance && st.stance !== "accuse") continue;
    const start = startOf(doc, st);
    const target = start === undefined ? undefined : accused(doc, st, start);
    if (!target || sideOf(doc, voiceOf, target) === sideOf(doc, voiceOf, st.speakerId)) continue;
    for (const source of [st.speakerId, ...(voiceOf.get(st.speakerId) ?? [])])
      if (source !== target)
        out.add("ACCUSES", source, target, { statementIds: [st.id], evidence: st.evidence });
  }
}
