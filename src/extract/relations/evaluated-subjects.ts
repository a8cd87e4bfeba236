// Criticism whose clause evaluates something of another side named as its subject: "said Peru’s
// decision was “unacceptable”", "said China’s drills were provocative". With no target of its own, it
// is directed at the side owning that subject (never the speaker's own side).
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";

/** A clause opening with its subject: maybe a quote mark and "the", then the owner. */
const LEAD = /^[“"]?(?:the[\s\u00a0]+)?/iu;

/** Gives targetless criticism the side of the owner its clause opens with. Mutates statements. */
export function evaluatedSubjects(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  for (const st of statements) {
    if (st.stance !== "criticize" || st.targetIds.length > 0) continue;
    const start = startOf(doc, st);
    if (start === undefined) continue;
    const at = start + (LEAD.exec(st.text)?.[0].length ?? 0);
    const first = mentionsIn(doc, at, at + 60)[0];
    // Only an owner ("Peru’s decision") or the subject itself ("Peru was …"), right at the clause start.
    if (!first || first.start !== at) continue;
    const side = sideOf(doc, voiceOf, first.actorId);
    if (side === sideOf(doc, voiceOf, st.speakerId) || !doc.actors.has(side)) continue;
    st.targetIds = [side];
    if (!st.aboutIds.includes(side)) st.aboutIds = [...st.aboutIds, side];
  }
}
