// A proper-named state body glossed by its country and kind in apposition — "the Inter-Services
// Intelligence (ISI), Pakistan’s main spy agency", "Russia’s military intelligence service, the
// GRU" — is that country's national body: its name and acronym become aliases of `org:<iso2>:<key>`.
// Likewise a name followed by a known body's acronym in parentheses is that body.

import type { Candidate } from "./gazetteer.ts";

const NATIONAL = /^org:[a-z]{2}:/;
/** Name, optional acronym, comma: "Inter-Services Intelligence (ISI), ". */
const NAME_THEN_GLOSS = /^(?:[\s\u00a0]*\([^()]{1,12}\))?,[\s\u00a0]+$/;
/** "Naval Prefecture (PNA), which serves as the country’s ": a name whose relative clause glosses it. */
const SERVES_AS =
  /^(?:[\s\u00a0]*\([^()]{1,12}\))?,[\s\u00a0]+(?:which|that)[\s\u00a0]+(?:serves|acts|functions|operates)[\s\u00a0]+as[\s\u00a0]+(?:the[\s\u00a0]+)?(?:(?:country|nation)[’']s[\s\u00a0]+|its[\s\u00a0]+)?$/u;
/** Gloss, comma, optional article: "Pakistan’s spy agency, the ". */
const GLOSS_THEN_NAME = /^,[\s\u00a0]+(?:the[\s\u00a0]+)?$/;

/**
 * "spying for Ruritanian intelligence, the Osterlich Security Service said": a name that opens with
 * its own country, another than the gloss's, is no apposition of it. `countries` holds the country
 * mentions before overlaps were resolved, the one inside the name among them.
 */
function ownOtherCountry(b: Candidate, a: Candidate, countries: readonly Candidate[]): boolean {
  const iso = a.actorId.split(":")[1];
  return countries.some(
    (c) =>
      c.start === b.start &&
      c.end < b.end &&
      c.actorId.startsWith("country:") &&
      c.actorId !== `country:${iso}`,
  );
}

/** Ids of named bodies that an apposition identifies with a national body, mapped to that body's id. */
export function glossedBodies(
  body: string,
  candidates: readonly Candidate[],
  countries: readonly Candidate[] = candidates,
): Map<string, string> {
  const same = new Map<string, string>();
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (!a || !b || (a.kind !== "name" && a.kind !== "alias")) continue;
    const gap = body.slice(a.end, b.start);
    // A proper name bound to a country by default ("the Directorate of …" in a story from X) is named too.
    const named = (c: Candidate) =>
      c.actorId.startsWith("org:") && (!NATIONAL.test(c.actorId) || c.kind === "name");
    // "National Liberation Army (ELN)": a name followed by a known body's acronym is that body.
    if (
      named(a) &&
      b.actorId.startsWith("org:") &&
      b.actorId !== a.actorId &&
      /^[\s\u00a0]*\($/.test(gap) &&
      body[b.end] === ")" &&
      !same.has(a.actorId)
    )
      same.set(a.actorId, b.actorId);
    else if (
      named(a) &&
      NATIONAL.test(b.actorId) &&
      (NAME_THEN_GLOSS.test(gap) || SERVES_AS.test(gap)) &&
      !same.has(a.actorId)
    )
      same.set(a.actorId, b.actorId);
    else if (
      NATIONAL.test(a.actorId) &&
      named(b) &&
      GLOSS_THEN_NAME.test(gap) &&
      !same.has(b.actorId) &&
      !ownOtherCountry(b, a, countries)
    )
      same.set(b.actorId, a.actorId);
  }
  return same;
}

/** The candidates with every glossed body's mentions moved to its national body. */
export function mergeGlossed(
  body: string,
  candidates: readonly Candidate[],
  countries: readonly Candidate[] = candidates,
): Candidate[] {
  const same = glossedBodies(body, candidates, countries);
  if (same.size === 0) return [...candidates];
  return candidates.map((c) => {
    const to = same.get(c.actorId);
    return to ? { ...c, actorId: to, kind: "alias" } : c;
  });
}
