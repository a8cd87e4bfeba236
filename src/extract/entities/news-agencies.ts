// News agencies introduced by their kind ("Ruritania's state news agency RNA", "the semi-official
// Borealis news agency"): a distinctive name, so the id is `org:<slug of name>`. A state or official
// agency belongs to the country named before it, else to the speaking side in its sentence (as a
// state broadcaster does, broadcast-owners.ts), else to the article's home country; a
// semi-official one belongs to no country (guide: test/corpus/README.md).

import { countryId, slugify } from "../text/ids.ts";
import { WS } from "../text/patterns.ts";
import { execAll, findAll, phrasesRegex, SpanIndex, squash } from "../text/text.ts";
import { type ActorSeed, type Candidate, homeCountry } from "./gazetteer.ts";
import { NOT_NAME } from "./names.ts";

const WORD = "\\p{Lu}[\\p{L}’'-]*";
const STATUS = "(semi-official|state-run|state-owned|state|official|government)";
/** "<status> news agency <Name>": the name follows ("the state news agency RNA reported"). */
const NAME_AFTER = new RegExp(
  `(?<![\\p{L}])${STATUS}${WS}+news${WS}+agency,?${WS}+(${WORD}(?:${WS}+${WORD}){0,3})`,
  "gu",
);
/** "the <status> <Name> news agency": the name precedes and the kind completes it. */
const NAME_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${STATUS}${WS}+)?(${WORD}(?:${WS}+${WORD})?)${WS}+news${WS}+agency(?![\\p{L}])`,
  "gu",
);

/** Countries and the national bodies bound to one ("Serbia’s foreign ministry"). */
const STATE_BOUND = /^(?:country|org):[a-z]{2}(?::|$)/;

interface Agency {
  start: number;
  end: number;
  name: string;
  semiOfficial: boolean;
  /** A status word other than "semi-official" is written ("state", "official", "state-run"). */
  official: boolean;
  statusStart: number;
}

export function findNewsAgencies(
  body: string,
  taken: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  // Every pattern here holds the word "agency": without it there is nothing to find.
  if (!body.includes("agency")) return { candidates: [], seeds: [] };
  const index = new SpanIndex(taken);
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const home = homeCountry(body, sorted);
  const bound = sorted.filter((c) => STATE_BOUND.test(c.actorId));
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  for (const a of agencies(body)) {
    if (index.overlaps(a) || NOT_NAME.has(a.name.split(" ")[0] ?? "")) continue;
    // Only a state or official agency falls back on the home country ("the TASS news agency" in a
    // story from Seoul is not South Korea's).
    const before = a.semiOfficial ? undefined : ownerBefore(body, sorted, a.statusStart);
    const owner = before ?? (a.official ? (subjectState(body, bound, a.statusStart) ?? home) : undefined);
    const id = `org:${slugify(a.name)}`;
    candidates.push({ start: a.start, end: a.end, actorId: id, kind: "name" });
    seeds.push({
      id,
      kind: "Organization",
      name: a.name,
      orgType: "news agency",
      ...(owner ? { countryId: owner.startsWith("country:") ? owner : countryId(owner) } : {}),
    });
  }
  candidates.push(...laterNames(body, candidates, index));
  candidates.push(...laterReferences(body, candidates, index));
  return { candidates, seeds };
}

/**
 * "Montsame reported …" after "the state news agency Montsame": the bare name again, at every later
 * place not taken by another actor.
 */
function laterNames(body: string, named: readonly Candidate[], taken: SpanIndex): Candidate[] {
  const result: Candidate[] = [];
  for (const c of named) {
    const surface = body.slice(c.start, c.end);
    if (
      /\bNews[\s\u00a0]+Agency$/.test(surface) ||
      named.some((o) => o !== c && o.actorId === c.actorId && o.start < c.start)
    )
      continue;
    for (const hit of findAll(phrasesRegex([surface]), body)) {
      const span = { start: hit.start, end: hit.end };
      if (
        span.start <= c.start ||
        taken.overlaps(span) ||
        named.some((o) => o.start < span.end && span.start < o.end)
      )
        continue;
      result.push({ ...span, actorId: c.actorId, kind: "name" });
    }
  }
  return result;
}

/** "The agency said …" after an agency was introduced: the latest agency before it. */
const AGENCY_REFERENCE = new RegExp(
  `(?<![\\p{L}])[Tt]he${WS}+(?:news${WS}+)?agency(?![\\p{L}])(?!${WS}+\\p{Lu})`,
  "gu",
);

function laterReferences(body: string, named: readonly Candidate[], taken: SpanIndex): Candidate[] {
  const result: Candidate[] = [];
  if (named.length === 0) return result;
  for (const m of execAll(AGENCY_REFERENCE, body)) {
    const start = m.index ?? 0;
    const span = { start, end: start + m[0].length };
    const latest = named.filter((c) => c.end <= start).pop();
    if (latest && !taken.overlaps(span)) result.push({ ...span, actorId: latest.actorId, kind: "title" });
  }
  return result;
}

function agencies(body: string): Agency[] {
  const found: Agency[] = [];
  for (const m of execAll(NAME_AFTER, body)) {
    const name = squash(m[2] ?? "");
    const end = (m.index ?? 0) + m[0].length;
    found.push({
      start: end - (m[2] ?? "").length,
      end,
      name,
      semiOfficial: m[1] === "semi-official",
      official: m[1] !== "semi-official",
      statusStart: m.index ?? 0,
    });
  }
  for (const m of execAll(NAME_BEFORE, body)) {
    const status = m[1];
    const word = m[2] ?? "";
    // Sentence openers and articles are no names ("The news agency …").
    if (/^(?:The|A|An|Its|Their)\b/.test(word)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(word, status ? status.length : 0);
    const end = (m.index ?? 0) + m[0].length;
    // "the TASS news agency": an acronym is the agency's name by itself.
    const name = /^\p{Lu}{3,}$/u.test(word) ? word : `${squash(word)} News Agency`;
    const semiOfficial = status === "semi-official";
    found.push({
      start,
      end,
      name,
      semiOfficial,
      official: !!status && !semiOfficial,
      statusStart: m.index ?? 0,
    });
  }
  return found;
}

/**
 * "Osterlich’s foreign ministry dismissed …, the state news agency RNA reported", "The Osterlich
 * spokesman told the state news agency RNA …": the agency is the side whose state opens the sentence
 * as its subject, not the story's home.
 */
function subjectState(body: string, bound: readonly Candidate[], at: number): string | undefined {
  const text = body.slice(Math.max(0, at - 400), at);
  const stop = /(?:[.!?][”"’]?[\s\u00a0]+|\n[\s\u00a0]*)(?=[^.!?\n]*$)/u.exec(text);
  const open = Math.max(0, at - 400) + (stop ? stop.index + stop[0].length : 0);
  const first = bound.find((c) => c.start >= open && c.start < at);
  if (!first || !/^[“"]?(?:The[\s\u00a0]+)?$/.test(body.slice(open, first.start))) return undefined;
  return first.actorId.split(":")[1]?.toUpperCase();
}

/** A country's possessive or demonym right before the status ("Ruritania's state news agency"). */
function ownerBefore(body: string, sorted: readonly Candidate[], at: number): string | undefined {
  const owner = sorted.findLast(
    (t) =>
      t.actorId.startsWith("country:") &&
      t.start < at &&
      // "Ruritania's state" may itself be read as the country's state, ending inside the status.
      (t.end > at || /^(?:[\s\u00a0]+the)?[\s\u00a0]+$/.test(body.slice(t.end, at))) &&
      (t.kind === "possessive" || t.kind === "demonym" || t.end > at),
  );
  return owner?.actorId;
}
