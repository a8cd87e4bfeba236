// The standing organ of an international body written in lower case after its name: "the SADC
// secretariat", "the ASEAN secretariat in Jakarta", "the ECOWAS commission". It is the same body as
// the capitalised name ("SADC Secretariat", `org:sadc-secretariat`), not the bloc itself.

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
    const name = `${body.slice(c.start, c.end).replace(/^(?:the|The)[\s\u00a0]+/, "")} ${word[0]?.toUpperCase()}${word.slice(1)}`;
    const id = `org:${slugify(name)}`;
    candidates.push({ start: c.start, end: c.end + organ[0].length, actorId: id, kind: "name" });
    seeds.push({ id, kind: "Organization", name, orgType: "intergovernmental" });
  }
  return { candidates, seeds };
}
