// Pure scoring of an Extraction against a hand-made gold annotation. Matching rules per kind:
//   entities   – same actor id;
//   statements – same speaker and overlapping text (shared words ≥ half of each text's words);
//   events     – same event type (or CAMEO root when the gold gives no type), same CAMEO root when
//                the gold gives a code, and every gold date among the extracted dates;
//   relations  – same (kind, source, target); ALLIED_WITH and COOPERATES_WITH in either direction.
// Matching is one-to-one, so duplicates count as false positives.
import { cameoRoot } from "../extract/events/cameo.ts";

export interface GoldEntity {
  id: string;
  kind?: string;
  name?: string;
}
export interface GoldStatement {
  speakerId: string;
  text: string;
  kind?: string;
  cameo?: string;
}
export interface GoldEvent {
  type?: string;
  cameo?: string;
  label?: string;
  status?: string;
  dates?: string[];
}
export interface GoldRelation {
  kind: string;
  sourceId: string;
  targetId: string;
}
export interface Gold {
  articleId: string;
  /** Annotation decisions for this article (free text, not scored). */
  notes?: string[];
  /** Article file, relative to the repository root. */
  source: string;
  entities: GoldEntity[];
  statements: GoldStatement[];
  events: GoldEvent[];
  relations: GoldRelation[];
  /** Minimum precision/recall per kind for `npm run quality -- --check`. */
  thresholds?: { precision?: number; recall?: number };
}

/**
 * What scoring reads of the found items. An Extraction fits it, and so does a second annotator's gold
 * (agreement.ts), so that people and pipeline are measured by one rule.
 */
export interface Scorable {
  actors: { id: string }[];
  statements: { speakerId: string; text: string }[];
  events: { type?: string; cameo: string; label: string; dates: { value: string }[] }[];
  relations: { kind: string; sourceId: string; targetId: string }[];
}

export const KINDS = ["entities", "statements", "events", "relations"] as const;
export type Kind = (typeof KINDS)[number];

export interface Score {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Short descriptions of gold items not found and extracted items not in the gold. */
  missed: string[];
  spurious: string[];
}

const SYMMETRIC = new Set(["ALLIED_WITH", "COOPERATES_WITH"]);

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Shared words over the size of the longer text: 1 for the same words, low when one is a fragment of the other. */
export function textOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size);
}

/** Greedy one-to-one pairing by descending similarity (0 = no match): [gold index, predicted index]. */
export function pairUp<G, P>(
  gold: G[],
  predicted: P[],
  similarity: (g: G, p: P) => number,
): [number, number][] {
  const candidates: { g: number; p: number; s: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const s = similarity(g, p);
      if (s > 0) candidates.push({ g: gi, p: pi, s });
    });
  });
  candidates.sort((a, b) => b.s - a.s);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs;
}

function match<G, P>(
  gold: G[],
  predicted: P[],
  similarity: (g: G, p: P) => number,
  describeG: (g: G) => string,
  describeP: (p: P) => string,
): Score {
  const pairs = pairUp(gold, predicted, similarity);
  const usedG = new Set(pairs.map(([g]) => g));
  const usedP = new Set(pairs.map(([, p]) => p));
  const matched = pairs.length;
  const precision = predicted.length === 0 ? (gold.length === 0 ? 1 : 0) : matched / predicted.length;
  const recall = gold.length === 0 ? 1 : matched / gold.length;
  return {
    gold: gold.length,
    predicted: predicted.length,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    missed: gold.filter((_, i) => !usedG.has(i)).map(describeG),
    spurious: predicted.filter((_, i) => !usedP.has(i)).map(describeP),
  };
}

type FoundEvent = Scorable["events"][number];
type FoundRelation = Scorable["relations"][number];

/** Same type (or CAMEO root without a gold type) and CAMEO root: the first condition of an event match. */
export function sameEventType(g: GoldEvent, p: FoundEvent): boolean {
  const sameType = g.type
    ? g.type === p.type
    : g.cameo !== undefined && cameoRoot(g.cameo) === cameoRoot(p.cameo);
  return sameType && !(g.cameo && cameoRoot(g.cameo) !== cameoRoot(p.cameo));
}

/** Every gold date among the extracted ones: the second condition of an event match. */
export function hasGoldDates(g: GoldEvent, p: FoundEvent): boolean {
  const values = new Set(p.dates.map((d) => d.value));
  return (g.dates ?? []).every((d) => values.has(d));
}

export function eventSimilarity(g: GoldEvent, p: FoundEvent): number {
  if (!sameEventType(g, p) || !hasGoldDates(g, p)) return 0;
  // Prefer the candidate whose dates are exactly the gold ones.
  return p.dates.length === (g.dates ?? []).length ? 1 : 0.5;
}

export function relationSimilarity(g: GoldRelation, p: FoundRelation): number {
  if (g.kind !== p.kind) return 0;
  if (g.sourceId === p.sourceId && g.targetId === p.targetId) return 1;
  return SYMMETRIC.has(g.kind) && g.sourceId === p.targetId && g.targetId === p.sourceId ? 1 : 0;
}

export function scoreExtraction(x: Scorable, gold: Gold): Record<Kind, Score> {
  const short = (t: string) => (t.length > 50 ? `${t.slice(0, 47)}...` : t);
  return {
    entities: match(
      gold.entities,
      x.actors,
      (g, p) => (g.id === p.id ? 1 : 0),
      (g) => g.id,
      (p) => p.id,
    ),
    statements: match(
      gold.statements,
      x.statements,
      (g, p) => {
        if (g.speakerId !== p.speakerId) return 0;
        const o = textOverlap(g.text, p.text);
        return o >= 0.5 ? o : 0;
      },
      (g) => `${g.speakerId}: ${short(g.text)}`,
      (p) => `${p.speakerId}: ${short(p.text)}`,
    ),
    events: match(
      gold.events,
      x.events,
      eventSimilarity,
      (g) => `${g.type ?? "?"} ${g.cameo ?? ""} ${g.label ?? ""} [${(g.dates ?? []).join(", ")}]`,
      (p) => `${p.type ?? "?"} ${p.cameo} ${p.label} [${p.dates.map((d) => d.value).join(", ")}]`,
    ),
    relations: match(
      gold.relations,
      x.relations,
      relationSimilarity,
      (g) => `${g.kind} ${g.sourceId} → ${g.targetId}`,
      (p) => `${p.kind} ${p.sourceId} → ${p.targetId}`,
    ),
  };
}

/** Kinds scoring below the thresholds, as "events: recall 0.80 < 0.90". */
export function failures(
  scores: Record<Kind, Score>,
  thresholds: { precision: number; recall: number },
): string[] {
  const out: string[] = [];
  for (const kind of KINDS) {
    const s = scores[kind];
    if (s.precision < thresholds.precision)
      out.push(`${kind}: precision ${s.precision.toFixed(2)} < ${thresholds.precision}`);
    if (s.recall < thresholds.recall)
      out.push(`${kind}: recall ${s.recall.toFixed(2)} < ${thresholds.recall}`);
  }
  return out;
}
