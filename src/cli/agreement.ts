// npm run agreement
// How far two annotators agree: every second annotation in test/corpus/agreement/ is scored against the
// first annotation of the same article (the corpus gold, dev or blind) by the scorer's own rule, and the
// extractor is scored against that same gold on the same articles, so the two columns compare directly.
// Prints totals only: the articles may be blind, whose single misses nobody may read.
import { fileURLToPath } from "node:url";
import { extractFromText } from "../extract/index.ts";
import { agreement } from "../quality/agreement.ts";
import { KINDS, type Kind, type Score, scoreExtraction } from "../quality/score.ts";
import { loadSecondAnnotations, SECOND_ANNOTATIONS } from "../quality/sets.ts";
import { speakerAccuracy } from "../quality/speakers.ts";
import { type Totals, totals } from "../quality/summary.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Side {
  scores: Record<Kind, Score>[];
  found: number;
  right: number;
}

const row = (label: string, a: Totals, b: Totals) =>
  `  ${label.padEnd(11)} ${[a.precision, a.recall, a.f1, b.precision, b.recall, b.f1].map((n) => n.toFixed(3).padStart(7)).join("")}`;

function main(): void {
  const articles = loadSecondAnnotations(ROOT);
  if (articles.length === 0) throw new Error(`agreement: no second annotations in ${SECOND_ANNOTATIONS}`);
  const people: Side = { scores: [], found: 0, right: 0 };
  const pipeline: Side = { scores: [], found: 0, right: 0 };
  for (const { gold, second, text } of articles) {
    const a = agreement(gold, second);
    people.scores.push(a.scores);
    people.found += a.speakers.found;
    people.right += a.speakers.right;
    const x = extractFromText(text, gold.source);
    pipeline.scores.push(scoreExtraction(x, gold));
    const s = speakerAccuracy(x, gold.statements);
    pipeline.found += s.found;
    pipeline.right += s.right;
  }
  const kindTotals = (side: Side, k: Kind) => totals(side.scores.map((s) => s[k]));
  const overall = (side: Side) => totals(KINDS.map((k) => kindTotals(side, k)));
  const accuracy = (side: Side) => (side.found === 0 ? 1 : side.right / side.found).toFixed(3);
  console.log(
    `\nagreement: ${articles.length} articles annotated twice, each scored against the corpus gold`,
  );
  console.log("              second annotator        extractor");
  console.log("  kind           P      R      F1      P      R      F1");
  for (const k of KINDS) console.log(row(k, kindTotals(people, k), kindTotals(pipeline, k)));
  console.log(row("overall", overall(people), overall(pipeline)));
  console.log(
    `  speaker agreement  second annotator ${accuracy(people)} (${people.right} of ${people.found}), extractor ${accuracy(pipeline)} (${pipeline.right} of ${pipeline.found})`,
  );
}

try {
  main();
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 2;
}
