// A stance event told without its doer and reported by a body of the acting side: "A protest note was
// handed to Qatar’s chargé d’affaires on Sunday, Bahrain’s foreign ministry said." The reporting
// body made the protest it reports, so it (and the state it speaks for) criticises the target, as
// when it is named as the doer (stances.ts).
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import type { Event } from "../types.ts";
import { sideOf, type VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

const REPORTER = /news|media|broadcast|newspaper/iu;

/** Stance relations from the reporters of doerless stance events in the sentence that tells them. */
export function reportedStanceEvents(
  doc: EntityDoc,
  events: readonly Event[],
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  out: RelationSet,
): void {
  for (const e of events) {
    const kind = doc.knowledge.eventTypes.find((t) => t.type === e.type && t.cameo === e.cameo)?.relation;
    if (!kind || e.participants.some((p) => p.role !== "target")) continue;
    const targets = e.participants.map((p) => sideOf(doc, voiceOf, p.actorId));
    const sentence = e.evidence[0]?.sentence;
    if (targets.length === 0 || sentence === undefined) continue;
    for (const st of statements) {
      if (st.evidence[0]?.sentence !== sentence) continue;
      const side = sideOf(doc, voiceOf, st.speakerId);
      // Only a state's own voice protests (a news outlet reporting the note, even a state one, is no party to it).
      if (doc.actors.get(side)?.kind !== "Country" || targets.includes(side)) continue;
      if (REPORTER.test(doc.actors.get(st.speakerId)?.orgType ?? "")) continue;
      for (const from of new Set([st.speakerId, ...(voiceOf.get(st.speakerId) ?? [])]))
        for (const to of targets)
          if (from !== to) out.add(kind, from, to, { eventIds: [e.id], evidence: e.evidence });
    }
  }
}
