// PART_OF for a state-owned body the knowledge base does not place: "the state broadcaster RTS",
// "executives of the state oil company TPAO", "Petro-X, the state-run energy firm". Its state is the
// one named right before ("Serbia’s state broadcaster", "the Serbian state broadcaster"), else the
// one state all parties of the sentence outside quotations belong to (none when they differ).
import { type ActorMention, type EntityDoc, evidence, inQuote, mentionAt, sentenceOf } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { stateOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

const OWNED = `(?:state|state-run|state-owned|state-controlled|government-run|government-owned)`;
const KIND =
  `(?:news${WS}+agency|broadcaster|television|radio|(?:oil|gas|energy|power|mining|shipping|railway|electricity)` +
  `${WS}+(?:company|firm|corporation|utility)|airline|carrier|utility|newspaper|daily)`;
/** "(the) state oil company (,) " right before the body's name. */
const BEFORE = new RegExp(`\\b${OWNED}${WS}+${KIND},?${WS}+(?=\\p{Lu})`, "giu");
/** A name that carries its own descriptor: "state broadcaster RTS". */
const OWN_DESCRIPTOR = new RegExp(`^${OWNED}${WS}+${KIND},?${WS}+\\p{Lu}`, "iu");
/** ", the state-run energy firm" right after the body's name. */
const AFTER = new RegExp(`^,${WS}+(?:the|a)${WS}+${OWNED}${WS}+${KIND}\\b`, "iu");

/** A body with no state of its own yet. */
const unplaced = (doc: EntityDoc, m: ActorMention | undefined): m is ActorMention => {
  const actor = m ? doc.actors.get(m.actorId) : undefined;
  return actor?.kind === "Organization" && !actor.countryId && m?.kind !== "pronoun";
};

/** The state named right before `at` ("Serbia’s", "the Serbian"), else the one state of the sentence's parties. */
function stateFor(doc: EntityDoc, at: number): string | undefined {
  const s = sentenceOf(doc, at);
  const before = doc.mentions.filter((m) => m.end <= at && m.start >= s.start).pop();
  if (before && /^(?:[’']s)?[\s\u00a0]+$/u.test(doc.body.slice(before.end, at))) {
    const state = stateOf(doc, before.actorId);
    if (state.startsWith("country:")) return state;
  }
  const states = new Set(
    doc.mentions
      .filter(
        (m) => m.start >= s.start && m.end <= s.end && !inQuote(doc, m.start) && doc.actors.has(m.actorId),
      )
      .map((m) => stateOf(doc, m.actorId))
      .filter((id) => id.startsWith("country:")),
  );
  return states.size === 1 ? [...states][0] : undefined;
}

export function stateBodies(doc: EntityDoc, out: RelationSet): void {
  for (const hit of execAll(BEFORE, doc.body)) {
    const at = hit.index ?? 0;
    const body = mentionAt(doc, at + hit[0].length);
    if (!unplaced(doc, body) || inQuote(doc, at)) continue;
    const lead = /(?:the|a)[\s\u00a0]+$/iu.exec(doc.body.slice(Math.max(0, at - 4), at))?.[0].length ?? 0;
    const state = stateFor(doc, at - lead);
    if (state) out.add("PART_OF", body.actorId, state, { evidence: [evidence(doc, at, body.end)] });
  }
  for (const m of doc.mentions) {
    if (!unplaced(doc, m) || inQuote(doc, m.start)) continue;
    if (OWN_DESCRIPTOR.test(m.text)) {
      const state = stateFor(doc, m.start);
      if (state) out.add("PART_OF", m.actorId, state, { evidence: [evidence(doc, m.start, m.end)] });
      continue;
    }
    const tail = AFTER.exec(doc.body.slice(m.end, m.end + 60));
    const state = tail ? stateFor(doc, m.start) : undefined;
    if (state && tail)
      out.add("PART_OF", m.actorId, state, { evidence: [evidence(doc, m.start, m.end + tail[0].length)] });
  }
}
