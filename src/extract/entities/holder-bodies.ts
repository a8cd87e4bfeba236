// "Kenyan Agriculture Minister X … said his ministry would …", "Prime Minister X …, according to his
// office": a minister's "his ministry" or a prime minister's "his office" names the body the holder
// heads, so the story does name it (and the holder is affiliated with it, not only with the state).

import type { Knowledge, NationalOrgKind } from "../knowledge/knowledge.ts";
import { countryId, slugify } from "../text/ids.ts";
import { execAll } from "../text/text.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";
import { countryRightBefore } from "./national-bodies.ts";
import { findRole } from "./role-phrases.ts";

/** "his ministry", "her office"; not a place ("at his office in Islamabad"). */
const HOLDER_BODY = /(?<![\p{L}])(?:his|her)[\s\u00a0]+(ministry|office)(?![\p{L}])/giu;
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:at|in|into|from|outside|inside|near)[\s\u00a0]+$/iu;
const PLACE_AFTER = /^[\s\u00a0]+(?:in|at|on)[\s\u00a0]+\p{Lu}/u;
/** "Agriculture Minister", "environment minister", "Prime Minister": the latest title before. */
const TITLE = /(?<![\p{L}])(\p{L}+)[\s\u00a0]+[Mm]inister(?![\p{L}-])/gu;
/** Words before "minister" that name no portfolio. */
const NOT_PORTFOLIO = /^(?:deputy|vice|state|junior|senior|first|chief|cabinet|former|acting|the|a|an)$/;
/** Up to three capitalised words after a title: the holder's name. */
const HOLDER_NAME = /^(?:[\s\u00a0]+\p{Lu}[\p{L}.’'-]*){1,3}/u;
/** How far back the holder's title may be (a few sentences). */
const REACH = 500;

type SeedOf = (kind: NationalOrgKind, iso2: string) => ActorSeed;

export function holderBodies(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  seedOf: SeedOf,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  for (const m of execAll(HOLDER_BODY, body)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (PLACE_BEFORE.test(body.slice(Math.max(0, at - 10), at))) continue;
    if (PLACE_AFTER.test(body.slice(end, end + 8))) continue;
    const seed = heldBody(body, k, countries, seedOf, at, (m[1] ?? "").toLowerCase());
    if (!seed) continue;
    candidates.push({ start: at, end, actorId: seed.id, kind: "alias" });
    seeds.push(seed);
  }
  return { candidates, seeds };
}

/** The body the latest minister's title before `at` implies, in that minister's state. */
function heldBody(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  seedOf: SeedOf,
  at: number,
  noun: string,
): ActorSeed | undefined {
  const title = holderTitle(body, at);
  if (!title) return undefined;
  const word = title.word.toLowerCase();
  const start = title.start;
  const owner = countryRightBefore(body, countries, start);
  const iso2 = owner?.actorId.startsWith("country:") ? owner.actorId.slice("country:".length) : undefined;
  if (!iso2) return undefined;
  const country = k.countries.get(iso2.toUpperCase())?.name ?? iso2;
  if (noun === "office") {
    if (word !== "prime") return undefined;
    const kind = k.nationalKinds.find((x) => x.key === "office-of-the-prime-minister");
    return kind && seedOf(kind, iso2.toUpperCase());
  }
  if (word === "prime" || NOT_PORTFOLIO.test(word)) return undefined;
  const keyed = findRole(`${word} minister`, k)?.org;
  const key = keyed?.startsWith("ministry-") ? keyed : `ministry-of-${slugify(word)}`;
  const portfolio = word.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const kind = k.nationalKinds.find((x) => x.key === key);
  if (kind) return seedOf(kind, iso2.toUpperCase());
  return {
    id: `org:${iso2}:${key}`,
    kind: "Organization",
    name: `Ministry of ${portfolio} of ${country}`,
    orgType: "ministry",
    countryId: countryId(iso2),
  };
}

/**
 * The title of the holder "his"/"her" refers to: the title right before a surname that the sentence
 * names ("Dervishi will visit …, his office said" → "Prime Minister Erion Dervishi", however far
 * back, not a later "Osterlich's prime minister, X"), else the latest title within REACH.
 */
function holderTitle(body: string, at: number): { word: string; start: number } | undefined {
  const sentenceStart = Math.max(body.lastIndexOf(". ", at), body.lastIndexOf("\n", at), 0);
  const names = (
    body.slice(sentenceStart, at).match(/(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?![\p{L}])/gu) ?? []
  ).filter((w) => !/^(?:The|His|Her|Its|In|On|At|But|And|He|She)$/.test(w));
  const titles = execAll(TITLE, body.slice(0, at)).map((t) => ({
    word: t[1] ?? "",
    start: t.index ?? 0,
    end: (t.index ?? 0) + t[0].length,
  }));
  const named = titles.filter((t) => {
    // The holder's name: up to three capitalised words right after the title.
    const words = HOLDER_NAME.exec(body.slice(t.end, t.end + 48))?.[0].split(/[\s\u00a0]+/) ?? [];
    return words.some((w) => names.includes(w));
  });
  const latest = titles.at(-1);
  return named.at(-1) ?? (latest && latest.start >= at - REACH ? latest : undefined);
}
