// Countries and organisations by dictionary lookup over the body. Country references (names,
// aliases, demonyms, capitals as metonyms, possessives) come first because national bodies are
// bound to the country reference written just before them ("Peru’s foreign ministry").
import { countryId, nationalOrgId } from "./ids.ts";
import type { Knowledge, NationalOrgKind } from "./knowledge.ts";
import { findAll, lowerBound, phrasesRegex } from "./text.ts";
import type { Actor, MentionKind } from "./types.ts";

export interface Candidate {
  start: number;
  end: number;
  actorId: string;
  kind: MentionKind;
}

/** What the recogniser knows about an actor before mentions are attached. */
export type ActorSeed = Omit<Actor, "mentions" | "aliases">;

type SurfaceKind = "name" | "alias" | "demonym" | "capital";

const POSSESSIVE = /^[’']s(?![\p{L}])/u;
/**
 * Country words inside geographic names do not refer to the country: a demonym or name before a
 * feature ("Indian Ocean", "South China Sea", "Taiwan Strait") or after "<feature> of" ("Sea of Japan").
 */
const GEOGRAPHIC =
  /^[\s\u00a0]+(?:Ocean|Sea|Seas|Peninsula|Gulf|Subcontinent|Plateau|Strait|Straits|Basin|Bay|Channel|Archipelago)\b/;
const FEATURE_OF =
  /\b(?:Ocean|Sea|Gulf|Strait|Straits|Bay|Channel|Isthmus|Horn)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?$/;

export function countrySeed(k: Knowledge, iso2: string): ActorSeed {
  const c = k.countries.get(iso2);
  return {
    id: countryId(iso2),
    kind: "Country",
    name: c?.name ?? iso2,
    isoCode: iso2,
    ...(c?.wikidataId ? { wikidataId: c.wikidataId } : {}),
  };
}

function surfaceTable(k: Knowledge): Map<string, { iso2: string; kind: SurfaceKind }> {
  const table = new Map<string, { iso2: string; kind: SurfaceKind }>();
  const add = (text: string, iso2: string, kind: SurfaceKind) => {
    if (!table.has(text)) table.set(text, { iso2, kind });
  };
  for (const c of k.countries.values()) for (const n of c.names) add(n, c.iso2, "name");
  for (const c of k.countries.values()) for (const a of c.aliases) add(a, c.iso2, "alias");
  for (const c of k.countries.values()) for (const d of c.demonyms) add(d, c.iso2, "demonym");
  for (const c of k.countries.values()) if (c.capital) add(c.capital, c.iso2, "capital");
  return table;
}

const tables = new WeakMap<
  Knowledge,
  { surfaces: Map<string, { iso2: string; kind: SurfaceKind }>; re: RegExp }
>();

function countryIndex(k: Knowledge) {
  let t = tables.get(k);
  if (!t) {
    const surfaces = surfaceTable(k);
    t = { surfaces, re: phrasesRegex(surfaces.keys()) };
    tables.set(k, t);
  }
  return t;
}

/** The country's own government written as "<demonym|name|possessive> government". */
function governmentTail(body: string, end: number, k: Knowledge): number | undefined {
  const m = new RegExp(`^[\\s\\u00a0]+(?:${k.governmentHeads.join("|")})(?![\\p{L}])`, "u").exec(
    body.slice(end, end + 40),
  );
  return m ? end + m[0].length : undefined;
}

export function findCountryMentions(
  body: string,
  k: Knowledge,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const { surfaces, re } = countryIndex(k);
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  for (const hit of findAll(re, body)) {
    const surface = surfaces.get(hit.text.replace(/[\s\u00a0]+/g, " "));
    if (!surface) continue;
    const before = body.slice(Math.max(0, hit.start - 30), hit.start);
    const after = body.slice(hit.end, hit.end + 30);
    if (
      (surface.kind === "demonym" || surface.kind === "name") &&
      (GEOGRAPHIC.test(after) || FEATURE_OF.test(before))
    )
      continue;
    // A capital glued to another capitalised word is part of a name ("Paris Air Show", "George Washington");
    // after a locative preposition it is a place ("talks in Addis Ababa"), not the government.
    if (
      surface.kind === "capital" &&
      (/^[\s\u00a0]+\p{Lu}/u.test(after) ||
        /\p{Lu}[\p{L}.]*[\s\u00a0]+$/u.test(before) ||
        /\b(?:in|at|to|from|near|into|outside|inside|around|across|via|visit|visited|visiting)[\s\u00a0]+$/i.test(
          before,
        ))
    ) {
      continue;
    }
    let end = hit.end;
    let kind: MentionKind = surface.kind === "capital" ? "alias" : surface.kind;
    const possessive = POSSESSIVE.exec(after);
    if (possessive) {
      end += possessive[0].length;
      kind = "possessive";
    }
    const gov = governmentTail(body, end, k);
    if (gov !== undefined) end = gov;
    candidates.push({ start: hit.start, end, actorId: countryId(surface.iso2), kind });
    seeds.push(countrySeed(k, surface.iso2));
  }
  return { candidates, seeds };
}

export function findInternationalOrgs(
  body: string,
  k: Knowledge,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  for (const org of k.international) {
    const seed: ActorSeed = {
      id: org.id,
      kind: "Organization",
      name: org.name,
      orgType: org.orgType,
      ...(org.wikidata ? { wikidataId: org.wikidata } : {}),
    };
    for (const [surfaces, kind] of [
      [[org.name], "name"],
      [org.aliases, "alias"],
    ] as const) {
      if (surfaces.length === 0) continue;
      for (const hit of findAll(phrasesRegex(surfaces), body)) {
        candidates.push({ start: hit.start, end: hit.end, actorId: org.id, kind });
        seeds.push(seed);
      }
    }
  }
  return { candidates, seeds };
}

function nationalSeed(k: Knowledge, kind: NationalOrgKind, iso2: string): ActorSeed {
  const country = k.countries.get(iso2)?.name ?? iso2;
  return {
    id: nationalOrgId(iso2, kind.sameAs ?? kind.key),
    kind: "Organization",
    name: kind.nameTemplate.replace("{country}", country),
    orgType: kind.orgType,
    countryId: countryId(iso2),
  };
}

/**
 * National bodies: a kind pattern bound to the country reference right before it
 * ("U.S. troops", "French navy", "Peru’s foreign ministry") or right after it
 * ("Ministry of Foreign Affairs of Peru"), else the kind's default country.
 * The country reference itself is then dropped by `resolveOverlaps` (the org span is longer).
 */
export function findNationalOrgs(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  for (const kind of k.nationalKinds) {
    for (const hit of findAll(phrasesRegex(kind.patterns, "giu"), body)) {
      // Country candidates are sorted by start: look only at the one just before and just after.
      const k0 = lowerBound(countries, hit.start);
      const before = countries[k0 - 1];
      const prefix =
        before && before.end <= hit.start && /^[\s\u00a0]+$/.test(body.slice(before.end, hit.start))
          ? before
          : undefined;
      const suffixMatch = /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?/.exec(
        body.slice(hit.end, hit.end + 12),
      );
      const after = suffixMatch
        ? countries[lowerBound(countries, hit.end + suffixMatch[0].length)]
        : undefined;
      const suffix = suffixMatch && after?.start === hit.end + suffixMatch[0].length ? after : undefined;
      const bound = prefix ?? suffix;
      // A reference that already names the government ("Italian government") is not a modifier.
      const boundText = bound ? body.slice(bound.start, bound.end) : "";
      if (k.governmentHeads.some((h) => boundText.endsWith(h))) continue;
      const iso2 = bound ? bound.actorId.slice("country:".length).toUpperCase() : kind.defaultCountry;
      if (!iso2 || (kind.requiresCountry && !bound)) continue;
      const start = prefix ? prefix.start : hit.start;
      const end = suffix && !prefix ? suffix.end : hit.end;
      const proper = /^\p{Lu}/u.test(hit.text) && kind.patterns[0] === hit.text;
      candidates.push({
        start,
        end,
        actorId: nationalSeed(k, kind, iso2).id,
        kind: proper ? "name" : "alias",
      });
      seeds.push(nationalSeed(k, kind, iso2));
    }
  }
  return { candidates, seeds };
}

/** Keeps the longest of overlapping candidates (earlier first on ties). */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept spans never overlap each other, so only the neighbours by start can overlap a new one.
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const i = lowerBound(kept, c.start);
    const prev = kept[i - 1];
    const next = kept[i];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    kept.splice(i, 0, c);
  }
  return kept;
}
