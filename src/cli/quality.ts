// npm run quality [-- --check] [--min-precision P] [--min-recall R]
// Scores the extraction of every article that has a gold file in test/gold/ and prints precision,
// recall and F1 per kind. With --check, exits 1 when a kind falls below the thresholds (the gold
// file's own `thresholds` win over the command-line defaults).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractFromText } from "../extract/index.ts";
import { failures, type Gold, KINDS, scoreExtraction } from "../extract/quality.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const GOLD_DIR = `${ROOT}test/gold/`;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (Number.isNaN(value)) throw new Error(`${name} needs a number`);
  return value;
}

function main(args: string[]): number {
  const check = args.includes("--check");
  const defaults = {
    precision: option(args, "--min-precision", 0.8),
    recall: option(args, "--min-recall", 0.8),
  };
  const files = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();
  let failed = 0;
  for (const file of files) {
    const gold = JSON.parse(readFileSync(`${GOLD_DIR}${file}`, "utf8")) as Gold;
    const extraction = extractFromText(readFileSync(`${ROOT}${gold.source}`, "utf8"), gold.source);
    const scores = scoreExtraction(extraction, gold);
    console.log(`\n${gold.articleId}  (${gold.source})`);
    console.log("  kind         gold  pred  match  precision  recall  F1");
    for (const kind of KINDS) {
      const s = scores[kind];
      console.log(
        `  ${kind.padEnd(11)}  ${String(s.gold).padStart(4)}  ${String(s.predicted).padStart(4)}  ${String(s.matched).padStart(5)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3)}`,
      );
    }
    for (const kind of KINDS) {
      for (const m of scores[kind].missed) console.log(`    missed   ${kind}: ${m}`);
      for (const m of scores[kind].spurious) console.log(`    spurious ${kind}: ${m}`);
    }
    if (extraction.article.id !== gold.articleId)
      console.log(`    warning: article id is ${extraction.article.id}`);
    const problems = failures(scores, { ...defaults, ...gold.thresholds });
    if (check && problems.length > 0) {
      failed++;
      for (const p of problems) console.log(`  FAIL ${p}`);
    }
  }
  if (check)
    console.log(failed === 0 ? "\nquality check passed" : `\nquality check failed for ${failed} article(s)`);
  return check && failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
