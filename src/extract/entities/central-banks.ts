// Central banks named "Bank of <Country>" or "State Bank of <Country>" ("Bank of Japan", "State
// Bank of Vietnam"): the state's central bank, `org:<iso2>:central-bank`. Commercial banks that
// share the shape ("Bank of China") or open with another capitalised word ("Commercial Bank of
// Ruritania") are left alone.

import type { Knowledge } from "../knowledge/knowledge.ts";
import { execAll } from "../text/text.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";

/** "Bank of China", "Bank of America", "State Bank of India" are commercial banks. */
const COMMERCIAL: Record<string, readonly string[]> = {
  "Bank of": ["CN", "US"],
  "State Bank of": ["IN"],
};

/** A capitalised word (not a sentence-opening article) glued before "Bank of". */
const LONGER_NAME =
  /(?<![.!?][\s\u00a0]*)(?<!^)(?:^|[\s\u00a0(“"])(?!The[\s\u00a0]+$)\p{Lu}[\p{L}-]*[\s\u00a0]+$/u;

const BANK_OF = /(?<![\p{L}’'])((?:State[\s\u00a0]+)?Bank[\s\u00a0]+of)[\s\u00a0]+(?:the[\s\u00a0]+)?/gu;

export function namedCentralBanks(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  seedOf: (iso2: string) => ActorSeed | undefined,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  if (!body.includes("Bank of")) return { candidates, seeds };
  for (const m of execAll(BANK_OF, body)) {
    const at = (m.index ?? 0) + m[0].length;
    const country = countries.find((c) => c.start === at && c.actorId.startsWith("country:"));
    const iso2 = country?.actorId.slice("country:".length).toUpperCase();
    const shape = (m[1] ?? "").replace(/[\s\u00a0]+/g, " ");
    if (!country || !iso2 || COMMERCIAL[shape]?.includes(iso2) || !k.countries.has(iso2)) continue;
    // "Commercial Bank of Ruritania", "Export-Import Bank of Ruritania": a longer name, not the central bank.
    if (LONGER_NAME.test(body.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0))) continue;
    // Not a possessive or a longer name ("Bank of Japan’s board" is still the bank).
    const seed = seedOf(iso2);
    if (!seed) continue;
    const end = country.kind === "possessive" ? country.end - 2 : country.end;
    candidates.push({ start: m.index ?? 0, end, actorId: seed.id, kind: "alias" });
    seeds.push(seed);
  }
  return { candidates, seeds };
}
