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
  regulator: "regulator",
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
