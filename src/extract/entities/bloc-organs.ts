// The standing organ of an international body written in lower case after its name: "the ECOWAS
// commission" is the same body as the capitalised name (`org:ecowas-commission`), not the bloc itself.
// A bloc's secretariat ("the EAC secretariat said", "the GCC secretariat welcomed") is its
// administration speaking for it: the bloc itself, as most dev golds read it (one, SADC's, keeps a
// secretariat apart; docs/extraction-quality.md lists the disagreement).

import { slugify } from "../text/ids.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";

const ORGAN = /^[\s\u00a0]+(secretariat|commission)(?![\p{L}-])/u;
/** Ids that are national bodies or countries: their organs are read elsewhere. */
const NOT_BLOC = /^(?:country:|org:[a-z]{2}:|person:)/;

export function blocOrgans(
  body: string,
  known: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  for (const c of known) {
    if (!c.actorId.startsWith("org:") || NOT_BLOC.test(c.actorId)) continue;
    const organ = ORGAN.exec(body.slice(c.end, c.end + 16));
    const word = organ?.[1];
    if (!organ || !word) continue;
    if (word === "secretariat") {
      candidates.push({ start: c.start, end: c.end + organ[0].length, actorId: c.actorId, kind: "alias" });
      continue;
    }
    const name = `${body.slice(c.start, c.end).replace(/^(?:the|The)[\s\u00a0]+/, "")} ${word[0]?.toUpperCase()}${word.slice(1)}`;
    const id = `org:${slugify(name)}`;
    candidates.push({ start: c.start, end: c.end + organ[0].length, actorId: id, kind: "name" });
    seeds.push({ id, kind: "Organization", name, orgType: "intergovernmental" });
  }
  return { candidates, seeds };
}
