// Companies introduced by their kind ("the Murmansk company Severny Promysel", "the Chinese firm
// Blue Ocean", "the state-owned miner Erdenes"): the capitalised words after a lower-case company
// noun are an organisation's name (`org:<slug of name>`), never a person's, here and wherever the
// name recurs.

import { slugify } from "../text/ids.ts";
import { WS } from "../text/patterns.ts";
import { execAll, findAll, phrasesRegex, SpanIndex, squash } from "../text/text.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";
import { NOT_NAME } from "./names.ts";

const NAME_WORD = "\\p{Lu}[\\p{L}’'&-]*";
const INTRODUCED = new RegExp(
  `(?<![\\p{L}])(?:company|firm|operator|shipowner|shipping${WS}+company|miner|conglomerate|manufacturer|contractor|insurer|lender|exporter|importer|carmaker|shipbuilder|refiner|trader)${WS}+(${NAME_WORD}(?:${WS}+${NAME_WORD}){0,3})(?![\\p{L}])`,
  "gu",
);
/** A cheap first test: a company noun anywhere in the body. */
const COMPANY_WORD =
  /company|firm|operator|shipowner|miner|conglomerate|manufacturer|contractor|insurer|lender|exporter|importer|carmaker|shipbuilder|refiner|trader/;

/** Posts that may follow a company noun ("company chairman Ivan Petrov" written capitalised). */
const POST =
  /^(?:Chairman|Chairwoman|Chief|President|Director|CEO|Founder|Executive|Manager|Spokesman|Spokeswoman|Spokesperson|Owner|Head)$/;

export function findIntroducedCompanies(
  body: string,
  known: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  if (!COMPANY_WORD.test(body)) return { candidates: [], seeds: [] };
  const taken = new SpanIndex(known);
  const names = new Set<string>();
  for (const m of execAll(INTRODUCED, body)) {
    const name = m[1] ?? "";
    const first = name.split(/[\s\u00a0]+/)[0] ?? "";
    const start = (m.index ?? 0) + m[0].length - name.length;
    if (NOT_NAME.has(first) || POST.test(first) || taken.overlaps({ start, end: start + name.length }))
      continue;
    names.add(squash(name));
  }
  const candidates: Candidate[] = [];
  const seeds = new Map<string, ActorSeed>();
  if (names.size === 0) return { candidates, seeds: [] };
  for (const hit of findAll(phrasesRegex(names), body)) {
    if (taken.overlaps(hit)) continue;
    const name = squash(hit.text);
    const id = `org:${slugify(name)}`;
    candidates.push({ start: hit.start, end: hit.end, actorId: id, kind: "name" });
    if (!seeds.has(id)) seeds.set(id, { id, kind: "Organization", name, orgType: "company" });
  }
  return { candidates, seeds: [...seeds.values()] };
}
