// `npm run corpus -- --articles N [--out DIR] [--seed S]`: writes a generated corpus of N articles.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "../config.ts";
import { generateCorpus } from "../corpus/generate.ts";
import { runCli } from "./run-cli.ts";

function positiveInteger(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigError(`--${name} must be a whole number from 1 to ${max}, got "${raw}".`);
  }
  return value;
}

runCli(async () => {
  let values: { articles?: string; out?: string; seed?: string };
  try {
    ({ values } = parseArgs({
      options: { articles: { type: "string" }, out: { type: "string" }, seed: { type: "string" } },
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Usage: npm run corpus -- --articles N [--out DIR]`);
  }
  const count = positiveInteger("articles", values.articles, 100, 100_000);
  const seed = positiveInteger("seed", values.seed, 1, 2 ** 31);
  const out = path.resolve(values.out ?? `.data/corpus/${count}`);
  const started = Date.now();
  const articles = generateCorpus(count, seed);
  mkdirSync(out, { recursive: true });
  for (const article of articles) writeFileSync(path.join(out, article.fileName), article.text);
  console.log(`wrote ${articles.length} articles to ${out} in ${Date.now() - started} ms`);
});
