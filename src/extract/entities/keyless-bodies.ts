// National bodies that have no knowledge key, named by a lower-case role after their country:
// "Botswana’s wildlife department", "the Kenyan revenue authority", "Ghana’s immigration service".
// Guide (test/corpus/README.md): such a body keeps the national pattern with a slug of its role,
// `org:<iso2>:<role>` ("org:bw:wildlife-department"). Ministries have their own reader
// (portfolioMinistries), and keyed kinds ("customs service", "intelligence agency") stay with the
// gazetteer: a role that ends in a keyed pattern is left to it.

import type { Knowledge } from "../knowledge/knowledge.ts";
import { countryId, slugify } from "../text/ids.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";
import { countryRightBefore, nationalWords } from "./national-bodies.ts";

/** Head nouns of public bodies, with the organisation type each gives. */
const HEADS: Record<string, string> = {
  department: "government agency",
  agency: "government agency",
  authority: "government agency",
  service: "government agency",
  bureau: "government agency",
  directorate: "government agency",
  administration: "government agency",
  inspectorate: "government agency",
  secretariat: "government agency",
  centre: "government agency",
  center: "government agency",
  office: "government agency",
  unit: "government agency",
  registry: "government agency",
  commissariat: "government agency",
  regulator: "regulator",
  watchdog: "regulator",
  institute: "government body",
  committee: "government body",
  tribunal: "court",
  court: "court",
  commission: "government body",
  board: "government body",
  council: "government body",
};

/** One to three lower-case words, then a head noun, then no more letters. */
const KEYLESS = new RegExp(
  `(?<![\\p{L}’'-])((?:\\p{Ll}[\\p{Ll}-]*${WS}+){1,3})(${Object.keys(HEADS).join("|")})(?![\\p{L}-])`,
  "gu",
);

/**
 * Words that make the phrase something other than a body's role: determiners and verbs ("its",
 * "said"), evaluations and ranks ("main", "top", "new"), ownership ("state-run", "private",
 * "opposition") and media ("news": agencies are read by news-agencies.ts).
 */
const NOT_ROLE = new Set(
  (
    "the a an its their his her this that these those of and or to for in on at by with said says " +
    "main top new former own chief leading largest biggest powerful senior local regional " +
    "state state-run state-owned state-controlled private opposition ruling news press " +
    "civil secret special military public"
  ).split(" "),
);

/** "the country’s " right before a role. */
const COUNTRY_POSSESSIVE = /\bthe[\s\u00a0]+country[’']s[\s\u00a0]+$/i;

const titleCase = (words: string) =>
  words.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep, c) => sep + c.toUpperCase());

/** Keyless bodies bound to the country reference right before them ("Chile’s", "Chilean"). */
export function keylessBodies(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  home?: string,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  if (countries.length === 0) return { candidates, seeds };
  for (const m of execAll(KEYLESS, body)) {
    const words = (m[1] ?? "").trim().split(/[\s\u00a0]+/);
    const head = m[2] ?? "";
    if (words.some((w) => NOT_ROLE.has(w))) continue;
    const role = `${words.join(" ")} ${head}`;
    // A role ending in a keyed pattern ("foreign intelligence agency") is the gazetteer's.
    const keyed = nationalWords(k);
    if ([...words.keys(), words.length].some((i) => keyed.has([...words.slice(i), head].join(" ")))) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // "Chile’s wildlife department", or "the wildlife department of Chile".
    const before = countryRightBefore(body, countries, at);
    const owner = before ?? countryAfterOf(body, countries, end);
    // "…, the country’s fisheries directorate said": the story's own state, as for keyed bodies.
    const own = !owner && home && COUNTRY_POSSESSIVE.test(body.slice(Math.max(0, at - 16), at));
    const iso2 = own ? home.toLowerCase() : owner?.actorId.split(":")[1];
    if (!iso2 || !(own || owner?.actorId.startsWith("country:"))) continue;
    const seed: ActorSeed = {
      id: `org:${iso2}:${slugify(role)}`,
      kind: "Organization",
      name: `${titleCase(role)} of ${k.countries.get(iso2.toUpperCase())?.name ?? iso2.toUpperCase()}`,
      orgType: HEADS[head] ?? "government agency",
      countryId: countryId(iso2.toUpperCase()),
    };
    const span = before ? { start: before.start, end } : { start: at, end: owner?.end ?? end };
    candidates.push({ ...span, actorId: seed.id, kind: "alias" });
    seeds.push(seed);
  }
  return { candidates, seeds };
}

/** The country right after "of (the)" at `end` ("the wildlife department of Chile"), if any. */
function countryAfterOf(body: string, countries: readonly Candidate[], end: number): Candidate | undefined {
  const of = /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?/.exec(body.slice(end, end + 12));
  if (!of) return undefined;
  const at = end + of[0].length;
  return countries.find((c) => c.start === at && c.kind !== "possessive");
}

/**
 * Capitalised words (one to four) right before a lower-case head noun: "General Security directorate".
 * Heads that also name a place or a building ("Nariño department", "Rift Valley centre") are left out.
 */
const NAMED_HEADS = Object.keys(HEADS).filter((h) => !/^(?:department|centre|center|unit|board)$/.test(h));
const CAPITAL_NAMED = new RegExp(
  `(?<![\\p{L}’'-])((?:\\p{Lu}[\\p{L}-]*${WS}+){1,4})(${NAMED_HEADS.join("|")})(?![\\p{L}-])`,
  "gu",
);

/**
 * "Ruritania’s Public Order directorate", "the Ruritanian Border Watch agency": a capitalised name
 * glossed by a lower-case head noun, after its country's possessive or demonym, is that country's
 * body, `org:<iso2>:<slug of the name>`. A name holding a body already found is left to it.
 */
export function capitalNamedBodies(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  found: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  for (const m of execAll(CAPITAL_NAMED, body)) {
    let at = (m.index ?? 0) + (/^(?:The|A|An)[\s\u00a0]+/.exec(m[0])?.[0].length ?? 0);
    const end = (m.index ?? 0) + m[0].length;
    // "the Ruritanian Border Watch agency": the demonym opens the capitalised words.
    const inside = countries.find((c) => c.start === at && c.kind !== "possessive");
    if (inside) at = inside.end + (/^[\s\u00a0]+/.exec(body.slice(inside.end))?.[0].length ?? 0);
    const owner = inside ?? countryRightBefore(body, countries, at);
    const iso2 = owner?.actorId.startsWith("country:") ? owner.actorId.split(":")[1] : undefined;
    const name = body.slice(at, end - (m[2]?.length ?? 0)).trim();
    if (!owner || !iso2 || !name || NOT_NAME_WORD.test(name)) continue;
    const nameEnd = at + name.length;
    if ([...countries, ...found].some((c) => c !== owner && c.start < nameEnd && at < c.end)) continue;
    const id = `org:${iso2}:${slugify(name)}`;
    const country = k.countries.get(iso2.toUpperCase())?.name ?? iso2.toUpperCase();
    candidates.push({ start: owner.start, end, actorId: id, kind: "alias" });
    seeds.push({
      id,
      kind: "Organization",
      name: `${name} of ${country}`,
      orgType: HEADS[m[2] ?? ""] ?? "government agency",
      countryId: countryId(iso2.toUpperCase()),
    });
  }
  return { candidates, seeds };
}

/** Capitalised words that are no body's name: a weekday, month, article or pronoun opening them. */
const NOT_NAME_WORD =
  /^(?:The|A|An|This|That|Its|Their|His|Her|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])/u;
