// Why gold items were missed, counted by cause and never listed one by one, so that a tuning round can
// aim at the largest family of misses without reading single sentences (and so that the counts can be
// taken on unseen probe articles without turning them into tuning material). Uses the scorer's own
// matching rules (score.ts).
import type { Extraction } from "../extract/types.ts";
import { type Gold, type GoldRelation, hasGoldDates, relationSimilarity, sameEventType } from "./score.ts";

export type CauseCounts = Map<string, number>;

const bump = (counts: CauseCounts, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** "org:<cc>:<role>" national bodies apart from named organisations: they fail differently. */
export function entityShape(id: string): string {
  if (!id.startsWith("org:")) return id.split(":")[0] ?? id;
  return /^org:[a-z]{2}:/.test(id) ? "national body" : "named organisation";
}

function relationCause(g: GoldRelation, x: Extraction, actors: Set<string>): string {
  if (!actors.has(g.sourceId) || !actors.has(g.targetId)) return "an endpoint was not extracted";
  const r = x.relations;
  if (r.some((p) => p.sourceId === g.sourceId && p.targetId === g.targetId)) return "same pair, other kind";
  if (r.some((p) => p.kind === g.kind && p.sourceId === g.targetId && p.targetId === g.sourceId))
    return "reversed";
  if (r.some((p) => p.kind === g.kind && p.targetId === g.targetId))
    return "same kind and target, other source";
  if (r.some((p) => p.kind === g.kind && p.sourceId === g.sourceId))
    return "same kind and source, other target";
  return "nothing similar";
}

/** Causes of the gold items this extraction misses, keyed "<kind> · <detail> · <cause>". */
export function missCauses(x: Extraction, gold: Gold, counts: CauseCounts = new Map()): CauseCounts {
  const actors = new Set(x.actors.map((a) => a.id));
  const goldIds = new Set(gold.entities.map((e) => e.id));
  for (const g of gold.entities) {
    if (actors.has(g.id)) continue;
    const cc = /^org:([a-z]{2}):/.exec(g.id)?.[1];
    const sibling = cc && x.actors.some((a) => a.id.startsWith(`org:${cc}:`) && !goldIds.has(a.id));
    bump(
      counts,
      `entities · ${entityShape(g.id)} · ${sibling ? "another body of that country found" : "not found"}`,
    );
  }
  for (const g of gold.relations) {
    if (x.relations.some((p) => relationSimilarity(g, p) > 0)) continue;
    bump(counts, `relations · ${g.kind} · ${relationCause(g, x, actors)}`);
  }
  for (const g of gold.events) {
    const typed = x.events.filter((p) => sameEventType(g, p));
    if (typed.some((p) => hasGoldDates(g, p))) continue;
    const dated = (g.dates ?? []).length > 0 && x.events.some((p) => hasGoldDates(g, p));
    const cause =
      typed.length > 0 ? "type found, date differs" : dated ? "date found, type differs" : "nothing similar";
    bump(counts, `events · ${g.type ?? g.cameo ?? "?"} · ${cause}`);
  }
  return counts;
}

/** Lines "  12  relations · CRITICIZES · nothing similar", largest first. */
export function formatCauses(counts: CauseCounts): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([cause, n]) => `  ${String(n).padStart(4)}  ${cause}`);
}
