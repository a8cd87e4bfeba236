// Groups the text introduces by a name it gives them: "a hacking group calling itself Ashen Heron",
// "a group it calls Copper Lynx", "the gang, known as Los Halcones,", "The group is known to
// researchers as Kelp Otter", "a militia dubbed the Red Lions". The name is an organisation,
// `org:<slug of name>`, and every later standalone use of it is a mention of it. A speaker's own
// label ("a group it calls Copper Lynx") is left out: the events stage then reads the re-told attack
// ("the May 17 attack had been carried out by a group it calls …") as a second attack.

import { slugify } from "../text/ids.ts";
import { WS } from "../text/patterns.ts";
import { execAll, findAll, phrasesRegex, SpanIndex } from "../text/text.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";

/** Nouns for a band of people acting together, the heads these introductions follow. */
const GROUP_NOUN =
  "(?:group|groups|gang|gangs|network|cell|militia|faction|outfit|collective|crew|cartel|syndicate|ring|movement)";
/** The name: one to four capitalised words, an article or "de"/"del" between them allowed. */
const NAME = `((?:the${WS}+)?\\p{Lu}[\\p{L}’'-]+(?:${WS}+(?:(?:de|del|la|el|al)${WS}+)?\\p{Lu}[\\p{L}’'-]+){0,3})`;
/** What may end the name: punctuation, or a lower-case word going on with the sentence. */
const NAME_END = `(?=[,.;:)”"]|${WS}+\\p{Ll}|$)`;
/** How the name is given, right after the group noun (an inserted attribution allowed). */
const INTRODUCTION =
  `(?:,${WS}+[^,.;“”"]{1,40},)?${WS}*,?${WS}+(?:` +
  `(?:which|that)${WS}+calls${WS}+itself|calling${WS}+itself|call(?:s|ed)?${WS}+themselves|` +
  `(?:(?:is|was|are|were)${WS}+)?(?:(?:also|widely|locally|commonly)${WS}+)?(?:known|dubbed|named|called|nicknamed)` +
  `(?:${WS}+to${WS}+[^,.;“”"]{1,40}?)?(?:${WS}+as)?` +
  `)${WS}+`;
const LEADING_THE = new RegExp(`^the${WS}+`);
const INTRODUCED = new RegExp(`(?<![\\p{L}])${GROUP_NOUN}${INTRODUCTION}${NAME}${NAME_END}`, "gu");

export function findIntroducedGroups(
  body: string,
  known: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds = new Map<string, ActorSeed>();
  // Most articles introduce no group by name: skip the scan.
  if (!/\b(?:known|call|calls|called|calling|dubbed|named|nicknamed)\b/.test(body)) {
    return { candidates, seeds: [] };
  }
  const taken = new SpanIndex(known);
  for (const m of execAll(INTRODUCED, body)) {
    const raw = m[1];
    if (!raw) continue;
    const name = raw.replace(LEADING_THE, "");
    const start = (m.index ?? 0) + m[0].length - name.length;
    const span = { start, end: start + name.length };
    if (taken.overlaps(span)) continue;
    const id = `org:${slugify(name)}`;
    if (!seeds.has(id)) seeds.set(id, { id, kind: "Organization", name, orgType: "group" });
    for (const hit of findAll(phrasesRegex([name]), body)) {
      if (hit.start < start || taken.overlaps(hit)) continue;
      candidates.push({
        start: hit.start,
        end: hit.end,
        actorId: id,
        kind: hit.start === start ? "name" : "alias",
      });
    }
  }
  return { candidates, seeds: [...seeds.values()] };
}
