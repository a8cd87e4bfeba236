// Invented people: Person actors the extractor made up. A person absent from the gold whose name
// is written in the article as a name ("Han Ji-soo") is an annotation question or a partial name;
// one whose name is not in the text at all, or only in lower case ("said Thursday" → "Said Thursday"),
// was invented by the pipeline and is the worst kind of false positive for an analyst.
import type { Extraction } from "../extract/types.ts";
import type { GoldEntity } from "./score.ts";

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The name occurs exactly as written, not inside a word or a hyphenated name, starting and ending with a capital. */
export function appearsAsName(name: string, body: string): boolean {
  const words = name.trim().split(/\s+/);
  const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  if (!capital(words[0]) || !capital(words[words.length - 1])) return false;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(words.join(" "))}(?![\\p{L}\\p{N}-])`, "u");
  return pattern.test(body.replace(/\s+/g, " "));
}

export interface InventedPerson {
  id: string;
  name: string;
}

/** People the extractor found that the gold does not list, whatever their name. */
export function peopleOutsideGold(x: Extraction, gold: GoldEntity[]): InventedPerson[] {
  const known = new Set(gold.map((e) => e.id));
  return x.actors
    .filter((a) => a.kind === "Person" && !known.has(a.id))
    .map((a) => ({ id: a.id, name: a.name }));
}

/** Of those, the ones whose name is not written in the article as a name. */
export function inventedPeople(x: Extraction, gold: GoldEntity[]): InventedPerson[] {
  return peopleOutsideGold(x, gold).filter((p) => !appearsAsName(p.name, x.article.body));
}
