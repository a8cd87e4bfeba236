// Ministries without a knowledge key, written as a capitalised name: "Japan’s Ministry of Economy,
// Trade and Industry", "the Ministry of Energy and Mines of Peru", "The Ministry of Health said"
// (the home country's). Each is `org:<iso2>:ministry-of-<slug of portfolio>`, as for the lower-case
// "Peru’s health ministry".

import type { Knowledge } from "../knowledge/knowledge.ts";
import { countryId, slugify } from "../text/ids.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";
import { countryRightBefore, impliedCountry } from "./national-bodies.ts";
import { dropTitledConjunct } from "./org-shapes.ts";

const CAP = "\\p{Lu}[\\p{L}-]*";
/** "Ministry of Economy, Trade and Industry": capitalised words joined by commas, "and", "of", "the". */
const MINISTRY = new RegExp(
  `(?<![\\p{L}])Ministry${WS}+(?:of|for)${WS}+(?:the${WS}+)?(${CAP}(?:(?:,${WS}+|${WS}+(?:and|of|for|the)${WS}+|${WS}+)${CAP})*)`,
  "gu",
);

export function portfolioMinistryNames(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  keyed: readonly Candidate[],
  home: string | undefined,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  if (!body.includes("Ministry")) return { candidates, seeds };
  for (const m of execAll(MINISTRY, body)) {
    const at = m.index ?? 0;
    // A keyed ministry ("Ministry of Defence") is read by its kind.
    if (keyed.some((c) => c.start <= at && c.end > at)) continue;
    let portfolio = m[1] ?? "";
    let end = at + m[0].length;
    // "… of Peru" closes the name and names its country; so does a country inside the tail.
    const inside = countries.find((c) => c.start >= end - portfolio.length && c.start < end);
    let iso2: string | undefined;
    if (inside) {
      const cut = body
        .slice(end - portfolio.length, inside.start)
        .replace(/[\s\u00a0]+(?:of|for)[\s\u00a0]+(?:the[\s\u00a0]+)?$/, "");
      if (cut === body.slice(end - portfolio.length, inside.start)) continue;
      portfolio = cut;
      end = inside.end;
      iso2 = inside.actorId.split(":")[1];
    }
    const owner = countryRightBefore(body, countries, at);
    const start = owner && !iso2 ? owner.start : at;
    iso2 ??= owner?.actorId.split(":")[1];
    // "Uruguay objected. The canal, its Ministry of Water said, …": the owner of "its".
    iso2 ??= impliedCountry(body, k, countries, { start: at, end })?.toLowerCase();
    // Named without a country: the home state's, as wire copy names its own ministries.
    iso2 ??= home?.toLowerCase();
    if (!iso2) continue;
    portfolio = portfolio.replace(/[\s\u00a0,]+$/, "").replace(/[\s\u00a0]+/g, " ");
    if (!portfolio) continue;
    const id = `org:${iso2}:ministry-of-${slugify(portfolio)}`;
    const country = k.countries.get(iso2.toUpperCase())?.name ?? iso2;
    candidates.push({ start, end, actorId: id, kind: "name" });
    seeds.push({
      id,
      kind: "Organization",
      name: `Ministry of ${portfolio} of ${country}`,
      orgType: "ministry",
      countryId: countryId(iso2),
    });
  }
  return { candidates, seeds };
}

/**
 * "Ministry of Foreign Affairs and Regional Integration": a capitalised keyed name continues over
 * "and <Capitalised words>" unless a title or a non-name word follows the "and". Returns the new end.
 */
export function properNameTail(body: string, end: number, k: Knowledge): number {
  const m = new RegExp(`^${WS}+and${WS}+(${CAP}(?:${WS}+${CAP}){0,3})(?![\\p{L}’'])`, "u").exec(
    body.slice(end, end + 80),
  );
  if (!m) return end;
  const kept = dropTitledConjunct(`X${m[0]}`, k);
  return kept === `X${m[0]}` ? end + m[0].length : end;
}
