// A stance against the first of a coordinated pair is against the whole list: "threatened to answer
// South Korea and the United States with “overwhelming force”" threatens both, where the statement
// found only the first. The list must stand between the stance verb and the statement's words.
import { type EntityDoc, inQuote, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { listFrom } from "./actor-lists.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";

/** How far into a paraphrase the object list may reach ("South Korea and the United States of …"). */
const OBJECT_REACH = 80;

/** Where the statement's reporting verb stands before its words, in the same sentence. */
function verbBefore(doc: EntityDoc, st: FoundStatement, start: number): number | undefined {
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  if (!sentence || !st.verb) return undefined;
  const at = sentence.text.lastIndexOf(st.verb, start - sentence.start);
  return at < 0 ? undefined : sentence.start + at;
}

/** Adds the rest of a coordinated list to a stance that names its first member. Mutates statements. */
export function coordinatedTargets(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  for (const st of statements) {
    if (!st.stance || st.targetIds.length === 0) continue;
    const start = startOf(doc, st);
    const verbAt = start === undefined ? undefined : verbBefore(doc, st, start);
    if (start === undefined || verbAt === undefined) continue;
    const own = sideOf(doc, voiceOf, st.speakerId);
    const region = mentionsIn(doc, verbAt, start + Math.min(st.text.length, OBJECT_REACH));
    const first = region.find(
      (m) => !inQuote(doc, m.start) && st.targetIds.includes(sideOf(doc, voiceOf, m.actorId)),
    );
    if (!first) continue;
    const list = listFrom(doc, first.start, start + OBJECT_REACH);
    if (list.length < 2) continue;
    const sides = list
      .filter((m) => doc.actors.get(m.actorId)?.kind !== "Person")
      .map((m) => sideOf(doc, voiceOf, m.actorId))
      .filter((id) => id !== own && doc.actors.has(id) && !st.targetIds.includes(id));
    if (sides.length === 0) continue;
    st.targetIds = [...st.targetIds, ...new Set(sides)];
    for (const id of sides) if (!st.aboutIds.includes(id)) st.aboutIds = [...st.aboutIds, id];
  }
}
