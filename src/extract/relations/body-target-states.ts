// A state's stance against another state's national body is also a stance against that state
// (test/corpus/README.md: state to state): "Peru accused Chilean soldiers of firing on fishermen"
// gives Peru → Chile besides Peru → Chile's armed forces, "Peru accused Chile's intelligence service
// of …" Peru → Chile. Only a state's own stance is lifted: a ministry or a person keeps its target.
import type { EntityDoc } from "../doc.ts";
import type { RelationKind } from "../types.ts";
import type { RelationSet } from "./relation-set.ts";

const STANCES = new Set<RelationKind>(["ACCUSES", "CRITICIZES", "THREATENS"]);

/** Adds country → the target body's country for each stance from a country to a foreign national body. */
export function bodyTargetStates(doc: EntityDoc, out: RelationSet): void {
  for (const r of [...out.items]) {
    if (!STANCES.has(r.kind) || doc.actors.get(r.sourceId)?.kind !== "Country") continue;
    const body = doc.actors.get(r.targetId);
    const state = body?.kind === "Organization" ? body.countryId : undefined;
    if (!state || state === r.sourceId || !doc.actors.has(state)) continue;
    out.add(r.kind, r.sourceId, state, {
      statementIds: r.statementIds,
      eventIds: r.eventIds,
      evidence: r.evidence,
    });
  }
}
