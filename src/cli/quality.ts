// npm run quality [-- --set dev|blind|fixtures]... [--verbose] [--check] [--min-precision P] [--min-recall R]
// Scores the extraction of every article of the chosen gold sets (all three by default): per article
// F1 per kind, then per set precision, recall and F1 per kind and overall, speaker accuracy with the
// misattributed statements, invented people, and extraction speed. With --check (fixtures by default),
// exits 1 when an article falls below its thresholds (the gold file's own `thresholds` win over the
// command-line defaults).
import { fileURLToPath } from "node:url";
import { extractFromText } from "../extract/index.ts";
import { formatArticle, formatSummary } from "../quality/format.ts";
import { failures } from "../quality/score.ts";
import { isSetName, loadGoldSet, SET_NAMES, type SetName } from "../quality/sets.ts";
import { articlesPerSecond } from "../quality/speed.ts";
import { evaluateArticle, summarise } from "../quality/summary.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (Number.isNaN(value)) throw new Error(`${name} needs a number`);
  return value;
}

function chosenSets(args: string[], check: boolean): SetName[] {
  const named = args.flatMap((a, i) => (args[i - 1] === "--set" ? a.split(",") : []));
  for (const n of named)
    if (!isSetName(n)) throw new Error(`--set must be one of ${SET_NAMES.join(", ")}; got "${n}"`);
  if (args.includes("--set") && named.length === 0) throw new Error("--set needs a set name");
  if (named.length > 0) return named as SetName[];
  return check ? ["fixtures"] : SET_NAMES;
}

function main(args: string[]): number {
  const check = args.includes("--check");
  const verbose = args.includes("--verbose");
  const defaults = {
    precision: option(args, "--min-precision", 0.8),
    recall: option(args, "--min-recall", 0.8),
  };
  let failed = 0;
  for (const set of chosenSets(args, check)) {
    const articles = loadGoldSet(ROOT, set);
    console.log(`\n${set} (${articles.length} articles)`);
    const results = articles.map(({ gold, text }) => {
      const result = evaluateArticle(extractFromText(text, gold.source), gold);
      for (const line of formatArticle(result, verbose)) console.log(line);
      const problems = failures(result.scores, { ...defaults, ...gold.thresholds });
      if (check && problems.length > 0) {
        failed++;
        for (const p of problems) console.log(`    FAIL ${p}`);
      }
      return result;
    });
    const speed = check
      ? undefined
      : articlesPerSecond(articles.map((a) => ({ ...a, source: a.gold.source })));
    for (const line of formatSummary(set, summarise(results), speed)) console.log(line);
  }
  if (check)
    console.log(failed === 0 ? "\nquality check passed" : `\nquality check failed for ${failed} article(s)`);
  return check && failed > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 2;
}
