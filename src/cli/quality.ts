// npm run quality [-- --set dev|blind|fixtures]... [--verbose] [--causes] [--check] [--min-precision P] [--min-recall R]
// Scores the extraction of every article of the chosen gold sets (all three by default): per article
// F1 per kind, then per set precision, recall and F1 per kind and overall, speaker accuracy with the
// misattributed statements, invented people, and extraction speed. With --check (fixtures by default),
// exits 1 when an article falls below its thresholds (the gold file's own `thresholds` win over the
// command-line defaults). --causes adds the misses counted by cause (src/quality/miss-causes.ts), never
// for blind, whose misses nobody may read.
import { fileURLToPath } from "node:url";
import { extractFromText } from "../extract/index.ts";
import { formatArticle, formatSummary } from "../quality/format.ts";
import { type CauseCounts, formatCauses, missCauses } from "../quality/miss-causes.ts";
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

const FLAGS = ["--verbose", "--causes", "--check", "--help"];
const VALUED = ["--set", "--min-precision", "--min-recall"];
const USAGE =
  "usage: npm run quality [-- --set dev|blind|fixtures]... [--verbose] [--causes] [--check] [--min-precision P] [--min-recall R]\n" +
  "Without --set it scores every set, blind included; --check alone checks fixtures.";

// An unknown or misspelt option must not fall through to the default run, which scores blind.
function rejectUnknownOptions(args: string[]): void {
  args.forEach((a, i) => {
    if (VALUED.includes(args[i - 1] ?? "")) return;
    if (!FLAGS.includes(a) && !VALUED.includes(a)) throw new Error(`unknown option "${a}"\n${USAGE}`);
  });
}

function main(args: string[]): number {
  rejectUnknownOptions(args);
  if (args.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
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
    const causes: CauseCounts | undefined =
      args.includes("--causes") && set !== "blind" ? new Map() : undefined;
    const results = articles.map(({ gold, text }) => {
      const extraction = extractFromText(text, gold.source);
      if (causes) missCauses(extraction, gold, causes);
      const result = evaluateArticle(extraction, gold);
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
    if (causes)
      for (const line of [`  misses by cause (${set}):`, ...formatCauses(causes)]) console.log(line);
    else if (set === "blind" && args.includes("--causes"))
      console.log("  misses by cause: not counted for blind");
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
