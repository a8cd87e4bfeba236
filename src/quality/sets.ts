// The gold sets: the original fixtures (test/gold, tuned against), the dev part of the evaluation
// corpus (for tuning) and its blind part (held out: score it, never tune against it).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Gold } from "./score.ts";

export const SETS = {
  fixtures: "test/gold/",
  dev: "test/corpus/dev/gold/",
  blind: "test/corpus/blind/gold/",
} as const;
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

/** Every gold file of a set with its article; a bad file stops with a message naming it. */
export function loadGoldSet(root: string, set: SetName): GoldArticle[] {
  const dir = `${root}${SETS[set]}`;
  if (!existsSync(dir)) throw new Error(`quality: no gold directory ${SETS[set]} for set "${set}"`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const path = `${SETS[set]}${file}`;
      let gold: Gold;
      try {
        gold = JSON.parse(readFileSync(`${root}${path}`, "utf8")) as Gold;
      } catch (e) {
        throw new Error(`quality: ${path} is not valid JSON (${(e as Error).message})`);
      }
      if (typeof gold.source !== "string" || !existsSync(`${root}${gold.source}`))
        throw new Error(`quality: ${path} names a missing article ${JSON.stringify(gold.source)}`);
      return { gold, text: readFileSync(`${root}${gold.source}`, "utf8") };
    });
}
