// npm run agreement
// How far two annotators agree: every second annotation in test/corpus/agreement/ is scored against the
// first annotation of the same article (the corpus gold, dev or blind) by the scorer's own rule, and the
// extractor is scored against that same gold on the same articles, so the two rows compare directly.
// Prints totals only: the articles may be blind, whose single misses nobody may read.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractFromText } from "../extract/index.ts";
import { agreement } from "../quality/agreement.ts";
import type { Gold } from "../quality/score.ts";
import { KINDS, type Kind, type Score, scoreExtraction } from "../quality/score.ts";
import { SETS } from "../quality/sets.ts";
import { speakerAccuracy } from "../quality/speakers.ts";
import { type Totals, totals } from "../quality/summary.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SECOND = "test/corpus/agreement/";

function readGold(path: string): Gold {
  try {
    return JSON.parse(readFileSync(`${ROOT}${path}`, "utf8")) as Gold;
  } catch (e) {
    throw new Error(`agreement: ${path} is not valid JSON (${(e as Error).message})`);
  }
}

/** The corpus gold of an article, from whichever set holds it. */
function firstAnnotation(articleId: string): Gold {
  for (const set of [SETS.dev, SETS.blind]) {
    const path = `${set}${articleId}.json`;
    if (existsSync(`${ROOT}${path}`)) return readGold(path);
  }
  throw new Error(`agreement: no corpus gold for ${articleId} in ${SETS.dev} or ${SETS.blind}`);
}

interface Side {
  scores: Record<Kind, Score>[];
  found: number;
  right: number;
}

const row = (label: string, a: Totals, b: Totals) =>
  `  ${label.padEnd(11)} ${[a.precision, a.recall, a.f1, b.precision, b.recall, b.f1].map((n) => n.toFixed(3).padStart(7)).join("")}`;

function main(): void {
  if (!existsSync(`${ROOT}${SECOND}`)) throw new Error(`agreement: no directory ${SECOND}`);
  const files = readdirSync(`${ROOT}${SECOND}`)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (files.length === 0) throw new Error(`agreement: no second annotations in ${SECOND}`);
  const people: Side = { scores: [], found: 0, right: 0 };
  const pipeline: Side = { scores: [], found: 0, right: 0 };
  for (const file of files) {
    const second = readGold(`${SECOND}${file}`);
    const first = firstAnnotation(second.articleId);
    const a = agreement(first, second);
    people.scores.push(a.scores);
    people.found += a.speakers.found;
    people.right += a.speakers.right;
    const x = extractFromText(readFileSync(`${ROOT}${first.source}`, "utf8"), first.source);
    pipeline.scores.push(scoreExtraction(x, first));
    const s = speakerAccuracy(x, first.statements);
    pipeline.found += s.found;
    pipeline.right += s.right;
  }
  const kindTotals = (side: Side, k: Kind) => totals(side.scores.map((s) => s[k]));
  console.log(`\nagreement: ${files.length} articles annotated twice, each scored against the corpus gold`);
  console.log("                second annotator        extractor");
  console.log("  kind           P      R      F1      P      R      F1");
  for (const k of KINDS) console.log(row(k, kindTotals(people, k), kindTotals(pipeline, k)));
  const overall = (side: Side) => totals(KINDS.map((k) => kindTotals(side, k)));
  console.log(row("overall", overall(people), overall(pipeline)));
  const acc = (side: Side) => (side.found === 0 ? 1 : side.right / side.found).toFixed(3);
  console.log(
    `  speaker agreement  second annotator ${acc(people)} (${people.right} of ${people.found}), extractor ${acc(pipeline)} (${pipeline.right} of ${pipeline.found})`,
  );
}

try {
  main();
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 2;
}
