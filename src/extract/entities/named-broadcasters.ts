// State broadcasters introduced by name with no owner before them ("told the state broadcaster RTA",
// "The state broadcaster VTV quoted …"): a distinctive name, so the id is `org:<slug of name>` (guide:
// test/corpus/README.md), not the national key that a bare "state broadcaster" takes. The owner is
// not guessed: the article's home country is often the other side. With a country before it
// ("Ruritania's state broadcaster, RTV") the national key stays (see glossed-bodies.ts).

import { slugify } from "../text/ids.ts";
import { WS } from "../text/patterns.ts";
import { execAll, findAll, phrasesRegex, SpanIndex } from "../text/text.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";
import { NOT_NAME } from "./names.ts";

/** A weekday or month after a name: the date, not part of the name ("RTS on Monday" aside, "RTS Monday"). */
const WEEKDAY =
  "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\\p{L}])";

/**
 * "the state(-run) broadcaster|television|TV|radio <Name>": an acronym, with the word that may follow it
 * ("RTV Slovenija"), or up to three capitalised words.
 */
const INTRODUCED = new RegExp(
  `(?<![\\p{L}’'])([Tt]he${WS}+)?(?:state|state-run|state-owned|public|national)${WS}+(?:broadcaster|television|TV|radio)${WS}+(\\p{Lu}[\\p{Lu}\\p{N}-]{1,6}(?:${WS}+(?!${WEEKDAY})\\p{Lu}\\p{Ll}[\\p{L}-]*)?|\\p{Lu}[\\p{L}-]+(?:${WS}+\\p{Lu}[\\p{L}-]+){0,2})(?![\\p{L}\\p{N}])`,
  "gu",
);

export function findNamedBroadcasters(
  body: string,
  taken: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds = new Map<string, ActorSeed>();
  const index = new SpanIndex(taken);
  for (const m of execAll(INTRODUCED, body)) {
    const name = m[2] ?? "";
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const end = (m.index ?? 0) + m[0].length;
    // An owner right before ("Peru's state television X", "Peruvian state TV X") keeps the national key.
    const owned = taken.some(
      (t) =>
        t.actorId.startsWith("country:") && t.end <= start && /^[\s\u00a0]*$/.test(body.slice(t.end, start)),
    );
    if (
      owned ||
      NOT_NAME.has(name.split(/[\s\u00a0]/)[0] ?? "") ||
      index.overlaps({ start: end - name.length, end })
    )
      continue;
    const id = `org:${slugify(name)}`;
    candidates.push({ start, end, actorId: id, kind: "name" });
    if (!seeds.has(id)) seeds.set(id, { id, kind: "Organization", name, orgType: "media" });
    // "VTV said …" later: the bare name again.
    for (const hit of findAll(phrasesRegex([name]), body)) {
      if (hit.start > end && !index.overlaps(hit)) candidates.push({ ...hit, actorId: id, kind: "name" });
    }
  }
  return { candidates, seeds: [...seeds.values()] };
}
