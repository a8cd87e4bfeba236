// The default fan-out of stances (test/corpus/README.md): a criticism, accusation or threat runs from
// the speaker and also from the speaker's state when the speaker is an official, ministry, agency or
// embassy. Applied once over every stance found, whichever reader found it, so that no reader has to
// repeat it.
import type { EntityDoc } from "../doc.ts";
import type { RelationKind } from "../types.ts";
import type { RelationSet } from "./relation-set.ts";

const STANCES = new Set<RelationKind>(["CRITICIZES", "ACCUSES", "THREATENS"]);

/** Adds each stance again from the state its source speaks for, never against that state's own side. */
export function fanOutStances(
  doc: EntityDoc,
  voiceOf: ReadonlyMap<string, readonly string[]>,
  out: RelationSet,
): void {
  for (const r of [...out.items]) {
    if (!STANCES.has(r.kind)) continue;
    const target = doc.actors.get(r.targetId);
    for (const state of voiceOf.get(r.sourceId) ?? []) {
      if (state === r.targetId || target?.countryId === state) continue;
      out.add(r.kind, state, r.targetId, {
        statementIds: r.statementIds,
        eventIds: r.eventIds,
        evidence: r.evidence,
      });
    }
  }
}
