// People named by their nationality as the thing acted on: "deported more than 11,000 Haitians",
// "freed 12 Sri Lankans", "11 Filipinos were detained", "killed five Malians". The lexicon lists
// people by kind ("migrants", "fishermen", "citizens"); wire copy as often names them by country.
// Only families whose objects are people (their list holds "citizens" or "civilians") read these.
import type { Doc } from "../doc.ts";
import type { CountryInfo, EventType } from "../knowledge/knowledge.ts";
import { WS } from "../text/patterns.ts";
import { findPhrasesIn, phraseMatcher } from "../text/word-index.ts";
import type { Sentence, Span } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

const pluralCache = new WeakMap<Map<string, CountryInfo>, string[]>();

/** The plural demonyms of the gazetteer ("Haitians", "Sri Lankans", "Britons"), built once per knowledge base. */
function pluralDemonyms(countries: Map<string, CountryInfo>): string[] {
  let list = pluralCache.get(countries);
  if (!list) {
    const found = new Set<string>();
    for (const c of countries.values())
      for (const d of c.demonyms.slice(1)) if (/\p{Ll}s$/u.test(d) && d !== c.demonyms[0]) found.add(d);
    list = [...found];
    pluralCache.set(countries, list);
  }
  return list;
}

/** Counts and quantifiers between the verb and the people ("more than 11,000", "hundreds of", "the 12"). */
const COUNT_WORDS =
  "(?:[\\d][\\d,.]*|more|than|about|some|nearly|almost|over|at|least|around|up|to|hundreds|thousands|dozens|scores|of|the|its|their|another|further|several|many|all|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million)";

/** The counts, then at most one adjective ("stranded", "undocumented"): no clause or other noun between. */
const COUNT_GAP = new RegExp(
  `^(?:${WS}+${COUNT_WORDS}(?![\\p{L}]))*(?:${WS}+\\p{Ll}[\\p{Ll}-]*)?${WS}+$`,
  "iu",
);

/** "Haitians were deported", "12 Sri Lankans have been freed": the people before a passive verb. */
const PASSIVE_GAP = new RegExp(
  `^(?:${WS}+\\p{Ll}+){0,3}${WS}+(?:were|was|are|is|have${WS}+been|had${WS}+been|has${WS}+been|being)${WS}+(?:\\p{Ll}+ly${WS}+)?$`,
  "u",
);

const takesPeople = (type: EventType) =>
  type.objects.includes("citizens") || type.objects.includes("civilians");

/** A plural demonym acted on by the verb, for families whose objects are people; none otherwise. */
export function demonymObject(doc: Doc, s: Sentence, verb: Span, type: EventType): Trigger["object"] {
  if (!takesPeople(type)) return undefined;
  const matcher = phraseMatcher(pluralDemonyms(doc.knowledge.countries), "gu");
  const after = findPhrasesIn(doc, matcher, verb.end, Math.min(s.end, verb.end + 50)).find((h) =>
    COUNT_GAP.test(doc.body.slice(verb.end, h.start)),
  );
  const before = after
    ? undefined
    : findPhrasesIn(doc, matcher, Math.max(s.start, verb.start - 50), verb.start)
        .filter((h) => PASSIVE_GAP.test(doc.body.slice(h.end, verb.start)))
        .pop();
  const hit = after ?? before;
  if (!hit) return undefined;
  const label = doc.body.slice(hit.start, hit.end);
  return { start: hit.start, end: hit.end, head: label.toLowerCase(), label };
}
