// A state's army and its armed forces are one body when the article calls that military by a proper
// name of the whole ("the Ruritanian Armed Forces", "the Ruritania People's Defence Forces (RPDF)"):
// then "an army post", "Ruritania's army" and "both armies" mean that body. Lower-case "armed forces",
// troops, soldiers or "forces" name no such body and merge nothing (an army may then be one branch).

import type { Candidate } from "./gazetteer.ts";

/** A mention that names the armed forces by a proper name: "Armed Forces", "Defence Force(s)". */
const NAMED_MILITARY = /(?:^|[^\p{L}])(?:Armed|Defen[cs]e)[\s\u00a0]+Forces?$/u;

const ARMY = /^org:([a-z]{2}):army$/;

/** The candidates with each state's army given to its armed forces, where the article names those. */
export function armyAsArmedForces(body: string, candidates: readonly Candidate[]): Candidate[] {
  const named = new Set<string>();
  for (const c of candidates) {
    const iso = /^org:([a-z]{2}):armed-forces$/.exec(c.actorId)?.[1];
    if (iso && NAMED_MILITARY.test(body.slice(c.start, c.end).replace(/[’']s?$/u, ""))) named.add(iso);
  }
  if (named.size === 0) return [...candidates];
  return candidates.map((c) => {
    const iso = ARMY.exec(c.actorId)?.[1];
    return iso && named.has(iso) ? { ...c, actorId: `org:${iso}:armed-forces` } : c;
  });
}
