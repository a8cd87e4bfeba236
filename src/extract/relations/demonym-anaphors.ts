// A stance against a definite noun phrase that takes up people or things the article tied to a state
// by a demonym: "ordered two French diplomats to leave … The foreign ministry accused the two
// diplomats of “subversive activities”" accuses France. The noun must repeat the head of an earlier
// "<Demonym> (…) <noun>" phrase; the stance goes to that state (never the speaker's own side).
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";

/** "the two diplomats", "the vessel", "these fishermen": a definite object and its head noun. */
const DEFINITE_OBJECT = new RegExp(
  `^(?:the|these|those)${WS}+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)${WS}+)?(\\p{Ll}{3,}?)(?:e?s)?\\b`,
  "u",
);

/** How far after a demonym its head noun may stand ("French special forces", "Chinese coast guard ship"). */
const HEAD_REACH = 40;

/** The state of the latest demonym before `before` whose phrase has the head noun `stem`. */
function demonymOwner(doc: EntityDoc, stem: string, before: number): string | undefined {
  const head = new RegExp(`^(?:${WS}+[\\p{L}-]+){0,2}?${WS}+${stem}(?:e?s)?\\b`, "u");
  const found = mentionsIn(doc, 0, before).filter(
    (m) => m.kind === "demonym" && head.test(doc.body.slice(m.end, m.end + HEAD_REACH)),
  );
  return found[found.length - 1]?.actorId;
}

/** Gives targetless stances against "the two diplomats" the demonym's state. Mutates statements. */
export function demonymAnaphors(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  for (const st of statements) {
    if (!st.stance || st.targetIds.length > 0) continue;
    const stem = DEFINITE_OBJECT.exec(st.text)?.[1];
    const start = startOf(doc, st);
    if (!stem || start === undefined) continue;
    const owner = demonymOwner(doc, stem, start);
    if (!owner || !doc.actors.has(owner)) continue;
    const side = sideOf(doc, voiceOf, owner);
    if (side === sideOf(doc, voiceOf, st.speakerId)) continue;
    st.targetIds = [side];
    if (!st.aboutIds.includes(side)) st.aboutIds = [...st.aboutIds, side];
  }
}
