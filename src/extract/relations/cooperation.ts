// COOPERATES_WITH from cooperative events (agreements, joint drills, cooperation) and from states
// or bodies that agree or sign together.
import { type EntityDoc, evidence, inQuote } from "../doc.ts";
import type { EventExtraction } from "../events/events.ts";
import { WS } from "../text/patterns.ts";
import { listBefore } from "./actor-lists.ts";
import type { RelationSet } from "./relation-set.ts";

/** Event types whose participants work together (talks alone do not: adversaries hold talks too). */
const COOPERATIVE_TYPES = new Set(["cooperation", "military-exercise", "agreement"]);

/** "agreed", "signed", "have agreed": a verb of agreeing whose coordinated subject are its parties. */
const AGREEING = /\b(?:have[\s\u00a0]+|had[\s\u00a0]+)?(?:agreed|signed)\b/giu;
/** Adverbials between a subject and its verb ("on Thursday evening", "also", "formally"). */
const SUBJECT_ADVERBIALS = new RegExp(
  `(?:${WS}+(?:on${WS}+\\p{Lu}\\p{L}+(?:${WS}+(?:morning|afternoon|evening|night))?|also|jointly|formally|finally|quickly|today|yesterday))*${WS}*$`,
  "u",
);

/**
 * "A, B and C agreed on Thursday to share …", "A and B signed a pact": two or more states or bodies
 * agreeing together cooperate, whether or not what they agreed on is a known event.
 */
export function agreeingParties(doc: EntityDoc, out: RelationSet): void {
  for (const m of doc.body.matchAll(AGREEING)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const lead = SUBJECT_ADVERBIALS.exec(doc.body.slice(Math.max(0, at - 40), at));
    const parties = listBefore(doc, at - (lead?.[0].length ?? 0)).filter(
      (x, i, all) => all.findIndex((y) => y.actorId === x.actorId) === i,
    );
    if (parties.length < 2) continue;
    const ev = [evidence(doc, parties[0]?.start ?? at, at + m[0].length)];
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++)
        out.add("COOPERATES_WITH", parties[i]?.actorId ?? "", parties[j]?.actorId ?? "", { evidence: ev });
  }
}

/** Every pair of parties to a cooperative event cooperates. */
export function cooperativeEvents(
  doc: EntityDoc,
  { events, cooperativeIds }: EventExtraction,
  out: RelationSet,
): void {
  for (const e of events) {
    if (!e.type || (!COOPERATIVE_TYPES.has(e.type) && !cooperativeIds.has(e.id))) continue;
    const parties = e.participants.filter((p) => p.role !== "target").map((p) => p.actorId);
    // A person taking part alongside their own state acts for it: the state is the party.
    const ids = [
      ...new Set(
        parties.map((id) => {
          const state = doc.actors.get(id)?.countryId;
          return doc.actors.get(id)?.kind === "Person" && state && parties.includes(state) ? state : id;
        }),
      ),
    ];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        out.add("COOPERATES_WITH", ids[i] ?? "", ids[j] ?? "", { eventIds: [e.id], evidence: e.evidence });
      }
    }
  }
}
