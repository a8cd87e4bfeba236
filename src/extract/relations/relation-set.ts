// The relation accumulator: one relation per (kind, source, target), symmetric kinds in either
// direction, with the statements, events and evidence that support it merged in.
import type { Relation, RelationKind } from "../types.ts";

const SYMMETRIC = new Set<RelationKind>(["ALLIED_WITH", "COOPERATES_WITH"]);

export type Draft = Omit<Relation, "id">;

export class RelationSet {
  readonly items: Draft[] = [];
  add(
    kind: RelationKind,
    sourceId: string,
    targetId: string,
    extra: Partial<Pick<Draft, "role" | "statementIds" | "eventIds" | "evidence">>,
  ): void {
    if (sourceId === targetId) return;
    const existing = this.items.find(
      (r) =>
        r.kind === kind &&
        ((r.sourceId === sourceId && r.targetId === targetId) ||
          (SYMMETRIC.has(kind) && r.sourceId === targetId && r.targetId === sourceId)),
    );
    const target = existing ?? { kind, sourceId, targetId, statementIds: [], eventIds: [], evidence: [] };
    if (!existing) this.items.push(target);
    if (extra.role && !target.role) target.role = extra.role;
    for (const id of extra.statementIds ?? [])
      if (!target.statementIds.includes(id)) target.statementIds.push(id);
    for (const id of extra.eventIds ?? []) if (!target.eventIds.includes(id)) target.eventIds.push(id);
    for (const e of extra.evidence ?? []) {
      if (!target.evidence.some((x) => x.start === e.start && x.end === e.end)) target.evidence.push(e);
    }
  }
}
