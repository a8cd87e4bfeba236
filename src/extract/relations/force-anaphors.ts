// A definite noun for armed men that takes up the armed bodies the article last named: after
// "Ruritanian and Borduran troops raided camps …", "the rebels accused the troops of killing farmers"
// accuses both states, and a state's "the soldiers had entered the village" (the other side's
// soldiers) accuses theirs. A targetless stance against such a noun goes to the bodies' sides; a
// plain statement from a state's voice whose subject is such a noun and whose verb is an act of force
// is an accusation of those sides (CAMEO 112). Never the speaker's own side.
import { type ActorMention, type EntityDoc, mentionsIn } from "../doc.ts";

import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";

/** "the troops", "the two armies", "these border guards", "the rebels": its head noun. */
const FORCE_OPENING = new RegExp(
  `^[“"]?(?:the|these|those)${WS}+(?:(?:two|both|\\d+)${WS}+)?(?:\\p{Ll}+${WS}+)?` +
    `(troops|soldiers|forces|servicemen|guards|army|armies|military|units|patrols|rebels|fighters|militants|insurgents|gunmen)\\b`,
  "u",
);
/** Nouns for a non-state armed group's men; the others name a state's forces. */
const GROUP_NOUN = /^(?:rebels|fighters|militants|insurgents|gunmen)$/u;
/** An act of force as the verb right after the subject ("had entered", "then opened fire"). */
const FORCE_ACT = new RegExp(
  `^${WS}+(?:(?:had|have|has)${WS}+)?(?:(?:also|then|first|deliberately|illegally|repeatedly)${WS}+)?` +
    `(?:entered|crossed|raided|killed|shot|opened${WS}+fire|fired|shelled|stormed|attacked|abducted|kidnapped|burned|torched|looted|beat|tortured|executed|intruded|occupied|rounded${WS}+up)\\b`,
  "u",
);

/** An armed body: a state's forces, or a group of armed men (`group` for the latter only). */
function isArmed(doc: EntityDoc, id: string, group: boolean): boolean {
  const actor = doc.actors.get(id);
  if (actor?.kind !== "Organization") return false;
  const type = actor.orgType ?? "";
  if (group) return !actor.countryId && /armed group|rebel|militia|insurg/iu.test(type);
  return (
    actor.countryId !== undefined &&
    (/military|armed|border|coast guard/iu.test(type) || /army|armed forces|guard|troops/iu.test(actor.name))
  );
}

/** An armed body named right before mention `i`, joined to it by "and" or a comma ("X and Y troops"). */
function joinedForce(doc: EntityDoc, mentions: readonly ActorMention[], i: number, group: boolean) {
  const m = mentions[i];
  return mentions
    .slice(Math.max(0, i - 3), i)
    .find(
      (p) =>
        p.actorId !== m?.actorId &&
        isArmed(doc, p.actorId, group) &&
        new RegExp(`^(?:,|${WS}+and)${WS}+$`, "u").test(doc.body.slice(p.end, m?.start ?? 0)),
    );
}

/**
 * The armed bodies last named before `before` under the same noun ("Borduran troops" for "the
 * troops"), else under any, with one joined to it.
 */
function lastForces(doc: EntityDoc, before: number, noun: string, group: boolean): string[] {
  const mentions = mentionsIn(doc, 0, before);
  const stem = noun.replace(/(?:ies|s)$/u, "");
  const armed = (i: number) => isArmed(doc, mentions[i]?.actorId ?? "", group);
  let at = mentions.findLastIndex((m, i) => armed(i) && m.text.toLowerCase().includes(stem));
  if (at < 0) at = mentions.findLastIndex((_, i) => armed(i));
  const m = mentions[at];
  if (!m) return [];
  const joined = joinedForce(doc, mentions, at, group);
  return joined ? [joined.actorId, m.actorId] : [m.actorId];
}

/** The sides the statement's opening noun takes up, other than the speaker's; undefined if none. */
function forceSides(doc: EntityDoc, voiceOf: VoiceOf, st: FoundStatement, start: number) {
  const noun = FORCE_OPENING.exec(st.text);
  if (!noun?.[1]) return undefined;
  const own = sideOf(doc, voiceOf, st.speakerId);
  const sides = lastForces(doc, start, noun[1], GROUP_NOUN.test(noun[1]))
    .map((id) => sideOf(doc, voiceOf, id))
    .filter((id) => id !== own && id !== st.speakerId);
  return sides.length > 0 ? { sides: [...new Set(sides)], rest: st.text.slice(noun[0].length) } : undefined;
}

/** Targetless stances and plain reports of force against "the troops …". Mutates statements. */
export function forceAnaphors(doc: EntityDoc, statements: readonly FoundStatement[], voiceOf: VoiceOf): void {
  for (const st of statements) {
    if (st.targetIds.length > 0 || !FORCE_OPENING.test(st.text)) continue;
    const start = startOf(doc, st);
    const found = start === undefined ? undefined : forceSides(doc, voiceOf, st, start);
    if (!found) continue;
    if (!st.stance) {
      // Only a state's voice accuses by reporting an act (a witness's account is testimony).
      if (st.cameo !== "010" && st.cameo !== "100") continue;
      if (doc.actors.get(sideOf(doc, voiceOf, st.speakerId))?.kind !== "Country") continue;
      if (!FORCE_ACT.test(found.rest)) continue;
      st.stance = "accuse";
      if (st.cameo === "010") st.cameo = "112";
    }
    st.targetIds = found.sides;
    st.aboutIds = [...new Set([...st.aboutIds, ...found.sides])];
  }
}
