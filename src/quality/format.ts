// Plain-text tables for `npm run quality`.
import { KINDS, type Kind, type Score } from "./score.ts";
import type { ArticleResult, SetSummary, Totals } from "./summary.ts";

const num = (n: number, width: number) => String(n).padStart(width);
const ratio = (n: number) => n.toFixed(3);

function totalsRow(label: string, t: Totals): string {
  return `  ${label.padEnd(11)}  ${num(t.gold, 4)}  ${num(t.predicted, 4)}  ${num(t.matched, 5)}  ${ratio(t.precision).padStart(9)}  ${ratio(t.recall).padStart(6)}  ${ratio(t.f1)}`;
}

const HEADER = "  kind         gold  pred  match  precision  recall  F1";

export function formatSummary(set: string, s: SetSummary, perSecond: number | undefined): string[] {
  const out = [`\n== ${set}: ${s.articles} articles`, HEADER];
  for (const kind of KINDS) out.push(totalsRow(kind, s.perKind[kind]));
  out.push(totalsRow("overall", s.overall));
  out.push(
    `  speaker accuracy  ${ratio(s.speakers.accuracy)}  (${s.speakers.right} of ${s.speakers.found} statements found by their text have the gold speaker)`,
  );
  out.push(`  misattributed statements: ${s.misattributed.length}`);
  for (const m of s.misattributed)
    out.push(`    ${m.articleId}: "${clip(m.text)}" found ${m.foundSpeaker}, gold ${m.goldSpeaker}`);
  out.push(`  invented people: ${s.invented.length}`);
  for (const p of s.invented) out.push(`    ${p.articleId}: ${p.id} ("${p.name}")`);
  out.push(`  other people not in the gold (name in the text): ${s.unannotatedPeople.length}`);
  for (const p of s.unannotatedPeople) out.push(`    ${p.articleId}: ${p.id} ("${p.name}")`);
  if (perSecond !== undefined) out.push(`  speed  ${perSecond.toFixed(1)} articles/s (extraction only)`);
  return out;
}

const clip = (t: string) => (t.length > 70 ? `${t.slice(0, 67)}...` : t);

/** One line per article: F1 per kind, then (verbose) every missed and spurious item. */
export function formatArticle(r: ArticleResult, verbose: boolean): string[] {
  const f1 = KINDS.map((k) => `${k.slice(0, 4)} ${r.scores[k].f1.toFixed(2)}`).join("  ");
  const out = [`  ${r.articleId.padEnd(48)} ${f1}`];
  if (r.extractedId !== r.articleId) out.push(`    warning: article id is ${r.extractedId}`);
  if (!verbose) return out;
  for (const kind of KINDS) out.push(...details(kind, r.scores[kind]));
  return out;
}

function details(kind: Kind, s: Score): string[] {
  return [
    ...s.missed.map((m) => `    missed   ${kind}: ${m}`),
    ...s.spurious.map((m) => `    spurious ${kind}: ${m}`),
  ];
}
