// National Red Cross and Red Crescent societies: "the Kenya Red Cross", "the Afghan Red Crescent
// Society", "the Syrian Arab Red Crescent", "the American Red Cross". Each is its own organisation,
// `org:<slug of name>`, not the International Committee of the Red Cross that a bare "Red Cross"
// names: the country or demonym before it makes it the national society.

import { slugify } from "../text/ids.ts";
import { WS } from "../text/patterns.ts";
import { execAll, lowerBound } from "../text/text.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";

/** "Red Cross", "Red Crescent", after an optional "Arab" and before an optional "Society". */
const SOCIETY = new RegExp(
  `(?<=[\\p{L}.])(${WS}+(?:Arab${WS}+)?Red${WS}+(?:Cross|Crescent)(?:${WS}+Society)?)(?![\\p{L}])`,
  "gu",
);

export function findNationalSocieties(
  body: string,
  known: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds = new Map<string, ActorSeed>();
  if (!body.includes("Red C")) return { candidates, seeds: [] };
  const countries = known.filter((c) => c.actorId.startsWith("country:")).sort((a, b) => a.start - b.start);
  for (const m of execAll(SOCIETY, body)) {
    const at = m.index ?? 0;
    // The country name or demonym ending right where the society's words begin.
    const prefix = countries[lowerBound(countries, at) - 1];
    if (!prefix || prefix.end !== at || /[’']s$/u.test(body.slice(prefix.start, prefix.end))) continue;
    const end = at + m[0].length;
    const name = body.slice(prefix.start, end).replace(/[\s\u00a0]+/g, " ");
    const id = `org:${slugify(name)}`;
    candidates.push({ start: prefix.start, end, actorId: id, kind: "name" });
    if (!seeds.has(id))
      seeds.set(id, { id, kind: "Organization", name, orgType: "humanitarian organization" });
  }
  return { candidates, seeds: [...seeds.values()] };
}
