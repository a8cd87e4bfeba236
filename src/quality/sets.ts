// The gold sets: the original fixtures (test/gold, tuned against), the dev part of the evaluation
// corpus (for tuning) and its blind part (held out: score it, never tune against it).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Gold } from "./score.ts";

export const SETS = {
  fixtures: "test/gold/",
  dev: "test/corpus/dev/gold/",
  blind: "test/corpus/blind/gold/",
} as const;
/** Second annotations of corpus articles, by people who never saw the first (npm run agreement). */
export const SECOND_ANNOTATIONS = "test/corpus/agreement/";
export type SetName = keyof typeof SETS;
export const SET_NAMES = Object.keys(SETS) as SetName[];

export function isSetName(name: string): name is SetName {
  return Object.hasOwn(SETS, name);
}

export interface GoldArticle {
  gold: Gold;
  /** Raw article file, read once so that timing measures extraction only. */
  text: string;
}

function readGold(root: string, path: string): Gold {
  let gold: Gold;
  try {
    gold = JSON.parse(readFileSync(`${root}${path}`, "utf8")) as Gold;
  } catch (e) {
    throw new Error(`quality: ${path} is not valid JSON (${(e as Error).message})`);
  }
  if (typeof gold.source !== "string" || !existsSync(`${root}${gold.source}`))
    throw new Error(`quality: ${path} names a missing article ${JSON.stringify(gold.source)}`);
  return gold;
}

function goldFiles(root: string, dir: string): string[] {
  return readdirSync(`${root}${dir}`)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => `${dir}${file}`);
}

/** Every gold file of a set with its article; a bad file stops with a message naming it. */
export function loadGoldSet(root: string, set: SetName): GoldArticle[] {
  if (!existsSync(`${root}${SETS[set]}`))
    throw new Error(`quality: no gold directory ${SETS[set]} for set "${set}"`);
  return goldFiles(root, SETS[set]).map((path) => {
    const gold = readGold(root, path);
    return { gold, text: readFileSync(`${root}${gold.source}`, "utf8") };
  });
}

export interface AnnotatedTwice extends GoldArticle {
  /** The second annotation; `gold` is the corpus gold (dev or blind) of the same article. */
  second: Gold;
}

/** Every second annotation with the corpus gold of its article; one without a corpus gold stops the run. */
export function loadSecondAnnotations(root: string): AnnotatedTwice[] {
  if (!existsSync(`${root}${SECOND_ANNOTATIONS}`))
    throw new Error(`quality: no directory ${SECOND_ANNOTATIONS} of second annotations`);
  return goldFiles(root, SECOND_ANNOTATIONS).map((path) => {
    const second = readGold(root, path);
    const first = [SETS.dev, SETS.blind]
      .map((dir) => `${dir}${second.articleId}.json`)
      .find((p) => existsSync(`${root}${p}`));
    if (!first)
      throw new Error(`quality: ${path} annotates ${second.articleId}, which has no gold in dev or blind`);
    const gold = readGold(root, first);
    return { gold, second, text: readFileSync(`${root}${gold.source}`, "utf8") };
  });
}
