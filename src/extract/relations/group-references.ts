// "It accused the group of using villagers as human shields": a stance whose object is a definite
// noun for a non-state body ("the group", "the movement") is directed at the body the article last
// named and described with that noun ("the Arakan Army, an ethnic armed group").
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";

/** A statement opening with a definite noun for a non-state body. */
const GROUP_OBJECT = new RegExp(`^the${WS}+(group|movement|militia|faction|organi[sz]ation)\\b`, "iu");

/** The body is described by the noun: in its name, its type, or an appositive right after it. */
function describedAs(doc: EntityDoc, actorId: string, end: number, noun: string): boolean {
  const actor = doc.actors.get(actorId);
  const has = (s: string | undefined) => new RegExp(`\\b${noun}\\b`, "iu").test(s ?? "");
  const appositive = new RegExp(`^,${WS}+(?:a|an|the)${WS}[^,.;]{0,50}?\\b${noun}\\b`, "iu");
  return has(actor?.name) || has(actor?.orgType) || appositive.test(doc.body.slice(end, end + 80));
}

/** The last body of no state named before `before` and described as `noun`, other than the speaker. */
function lastGroup(doc: EntityDoc, before: number, noun: string, speakerId: string): string | undefined {
  const mentions = mentionsIn(doc, 0, before).reverse();
  return mentions.find((m) => {
    const actor = doc.actors.get(m.actorId);
    if (actor?.kind !== "Organization" || actor.countryId || m.actorId === speakerId) return false;
    return describedAs(doc, m.actorId, m.end, noun);
  })?.actorId;
}

/** Gives targetless stances against "the group …" the body meant. Mutates statements. */
export function groupReferences(doc: EntityDoc, statements: readonly FoundStatement[]): void {
  for (const st of statements) {
    if (!st.stance || st.targetIds.length > 0) continue;
    const noun = GROUP_OBJECT.exec(st.text)?.[1]?.toLowerCase();
    const group = noun ? lastGroup(doc, st.at, noun, st.speakerId) : undefined;
    if (!group) continue;
    st.targetIds = [group];
    if (!st.aboutIds.includes(group)) st.aboutIds = [...st.aboutIds, group];
  }
}
