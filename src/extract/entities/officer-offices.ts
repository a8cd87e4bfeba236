// "The office of Ruritania’s prime minister", "the office of the Ruritanian president": a national
// kind whose pattern is "<office> of the <officer>" named with its country between "of" and the
// officer. The gazetteer reads the pattern only as written, so the country inside it would leave the
// body unread and the country itself the speaker; here the body is that country's (guide:
// `org:<iso2>:<key>`).

import type { Knowledge, NationalOrgKind } from "../knowledge/knowledge.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";

type SeedOf = (kind: NationalOrgKind, iso2: string) => ActorSeed;

/** "<office> of the <officer>": the two halves of a pattern of that shape. */
const OF_THE = /^(\p{L}+)[\s\u00a0]+of[\s\u00a0]+the[\s\u00a0]+(\p{L}+(?:[\s\u00a0]+\p{L}+)?)$/u;

interface OfficeShape {
  kind: NationalOrgKind;
  office: string;
  officer: RegExp;
}

const shapesOf = new WeakMap<Knowledge, OfficeShape[]>();

/** Every "<office> of the <officer>" pattern of a kind that needs a country, once per knowledge base. */
function officeShapes(k: Knowledge): OfficeShape[] {
  let list = shapesOf.get(k);
  if (!list) {
    list = k.nationalKinds
      .filter((kind) => !kind.defaultCountry)
      .flatMap((kind) =>
        kind.patterns.flatMap((p) => {
          const m = OF_THE.exec(p);
          if (!m?.[1] || !m[2]) return [];
          const officer = new RegExp(
            `^(?:[’']s)?[\\s\\u00a0]+${m[2].replace(/[\s\u00a0]+/gu, "[\\s\\u00a0]+")}(?![\\p{L}])`,
            "iu",
          );
          return [{ kind, office: m[1].toLowerCase(), officer }];
        }),
      );
    shapesOf.set(k, list);
  }
  return list;
}

/** "office of " (maybe "the ") right before a country reference. */
const OFFICE_OF = /(?<![\p{L}])(\p{L}+)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?$/u;

export function officerOffices(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  seedOf: SeedOf,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  // Only a body that writes "of" before a country can hold such a name: most skip the scan.
  if (!/\bof[\s\u00a0]/u.test(body)) return { candidates, seeds };
  const shapes = officeShapes(k);
  for (const c of countries) {
    if (!c.actorId.startsWith("country:")) continue;
    const m = OFFICE_OF.exec(body.slice(Math.max(0, c.start - 24), c.start));
    const office = m?.[1]?.toLowerCase();
    if (!m || !office) continue;
    const after = body.slice(c.end, c.end + 40);
    for (const shape of shapes) {
      if (shape.office !== office) continue;
      const officer = shape.officer.exec(after);
      if (!officer) continue;
      const seed = seedOf(shape.kind, c.actorId.slice("country:".length).toUpperCase());
      const start = c.start - m[0].length;
      candidates.push({ start, end: c.end + officer[0].length, actorId: seed.id, kind: "alias" });
      seeds.push(seed);
      break;
    }
  }
  return { candidates, seeds };
}
