// Coreference for people: later short names ("Costa" after "Ana Costa"), title references
// ("the spokesperson") and he/she pronouns, each resolved to a person found by people.ts.

import type { Knowledge } from "../knowledge/knowledge.ts";
import { capitalFirst, execAll, lowerBound, phraseSource, SpanIndex } from "../text/text.ts";
import type { Span } from "../types.ts";
import type { Candidate } from "./gazetteer.ts";
import { asInName, isNamePart, NAME_TOKEN, NOT_NAME, PARTICLES } from "./names.ts";
import type { PersonSeed } from "./people.ts";

const MULTI_WORD_RUN = capitalFirst(
  new RegExp(
    `(?<![\\p{L}])${NAME_TOKEN}(?:[\\s\\u00a0]+(?:(?:${PARTICLES})[\\s\\u00a0]+)*${NAME_TOKEN})+(?![\\p{L}])([’']s(?![\\p{L}]))?`,
    "gu",
  ),
);
const SINGLE_NAME = capitalFirst(
  new RegExp(
    `(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?[\\s\\u00a0]+)?(?<![\\p{L}])(${NAME_TOKEN})(?![\\p{L}])([’']s(?![\\p{L}]))?`,
    "gu",
  ),
);

/** "Costa" after "Ana Costa": a lone first or last name (optionally with honorific) of a known person. */
export function findShortNames(
  body: string,
  people: PersonSeed[],
  full: Candidate[],
  taken: readonly Span[],
  /** Capitalised words of role titles ("President", "Minister"). */
  titleWords: ReadonlySet<string> = new Set(),
): Candidate[] {
  const result: Candidate[] = [];
  const introducedBefore = (ids: string[], at: number) =>
    ids
      .map((id) => ({ id, at: full.find((f) => f.actorId === id)?.start ?? Number.POSITIVE_INFINITY }))
      .filter((x) => x.at < at)
      .sort((a, b) => b.at - a.at)[0]?.id;
  // "López Obrador", "Lula da Silva": several consecutive words of a known, longer name.
  const multi: Candidate[] = [];
  const firstIndex = new SpanIndex(taken);
  for (const m of execAll(MULTI_WORD_RUN, body)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (firstIndex.overlaps({ start, end })) continue;
    const words = m[0].replace(/[’']s$/u, "").split(/[\s\u00a0]+/);
    while (words.length > 0 && NOT_NAME.has(words[0] ?? "")) words.shift();
    const ids = people.filter((p) => isNamePart(words, p.nameParts)).map((p) => p.id);
    const id = introducedBefore(ids, start);
    if (!id || words.length < 2) continue;
    // Only a run that is wholly the name part (a leading sentence word like "The" is not part of it).
    const at = m[0].indexOf(words[0] ?? "");
    multi.push({ start: start + at, end, actorId: id, kind: m[1] ? "possessive" : "short-name" });
  }
  result.push(...multi);
  const takenIndex = new SpanIndex([...taken, ...multi]);
  for (const m of execAll(SINGLE_NAME, body)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (takenIndex.overlaps({ start, end })) continue;
    // Part of a longer capitalised name ("Costa Silva") is a different person.
    if (
      /\p{Lu}[\p{L}]*[\s\u00a0]$/u.test(body.slice(Math.max(0, start - 20), start)) &&
      !/^(?:Mr|Mrs|Ms|Dr|Prof)/.test(m[0])
    ) {
      const prevWord = /(\S+)[\s\u00a0]$/.exec(body.slice(Math.max(0, start - 20), start))?.[1] ?? "";
      // A role title before a short name keeps it a short name ("President Lula").
      if (!NOT_NAME.has(prevWord) && !titleWords.has(prevWord)) continue;
    }
    if (/^[\s\u00a0]+\p{Lu}\p{Ll}/u.test(body.slice(end, end + 3))) continue;
    const token = m[1] ?? "";
    // "Al-Obaidi said": a particle capitalised at the sentence start is the name's own.
    const matches = people.filter(
      (p) => p.nameParts.includes(token) || p.nameParts.includes(asInName(token)),
    );
    // The most recently introduced person wins when two share a name part.
    const introduced = matches
      .map((p) => ({ p, at: full.find((f) => f.actorId === p.id)?.start ?? Number.POSITIVE_INFINITY }))
      .filter((x) => x.at < start)
      .sort((a, b) => b.at - a.at)[0];
    if (!introduced) continue;
    result.push({ start, end, actorId: introduced.p.id, kind: m[2] ? "possessive" : "short-name" });
  }
  return result;
}

const theTitleRegexes = new WeakMap<Knowledge, RegExp>();

/** "the <role title>", compiled once per knowledge base. */
function theTitleRegex(k: Knowledge): RegExp {
  let re = theTitleRegexes.get(k);
  if (!re) {
    re = new RegExp(
      // Case-sensitive on purpose: under the `i` flag \\p{Lu} would match lower-case letters too.
      `\\b[Tt]he[\\s\\u00a0]+(?:(\\p{Lu}\\p{Ll}+)[\\s\\u00a0]+)?((?:\\p{Ll}+[\\s\\u00a0]+){0,2}?)(${k.roles.map((r) => phraseSource(r.title)).join("|")})(?![\\p{L}])(?![\\s\\u00a0]+\\p{Lu})`,
      "gu",
    );
    theTitleRegexes.set(k, re);
  }
  return re;
}

/** A role title as a whole word, by its regex source (bounded: one per role title of the lexicon). */
const wholeTitles = new Map<string, RegExp>();
function wholeTitle(title: string): RegExp {
  const source = phraseSource(title);
  let re = wholeTitles.get(source);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])${source}(?![\\p{L}])`, "iu");
    wholeTitles.set(source, re);
  }
  return re;
}

const demonymIndex = new WeakMap<Knowledge, Map<string, string>>();

/** Lower-case iso2 of the country a demonym ("Ugandan") names, if any (index built once per knowledge base). */
function demonymCountry(k: Knowledge, word: string): string | undefined {
  let index = demonymIndex.get(k);
  if (!index) {
    index = new Map();
    for (const c of k.countries.values())
      for (const d of c.demonyms) if (!index.has(d)) index.set(d, c.iso2.toLowerCase());
    demonymIndex.set(k, index);
  }
  return index.get(word);
}

/** "the spokesman", "the Ugandan president" → the latest person holding that title (of that country). */
export function findTitleMentions(
  body: string,
  k: Knowledge,
  people: PersonSeed[],
  mentions: readonly Candidate[],
  taken: readonly Span[],
): Candidate[] {
  const result: Candidate[] = [];
  const takenIndex = new SpanIndex(taken);
  const titled = people.filter((p) => p.title);
  if (titled.length === 0) return result;
  for (const m of execAll(theTitleRegex(k), body)) {
    // "the Ugandan president": a demonym names the holder's country; any other word is no title.
    const country = m[1] ? demonymCountry(k, m[1]) : undefined;
    if (m[1] && !country) continue;
    // "the transport minister": the words before the title must be in the holder's title too.
    const words = (m[2] ?? "")
      .toLowerCase()
      .split(/[\s\u00a0]+/)
      .filter(Boolean);
    const start = (m.index ?? 0) + m[0].length - (m[3]?.length ?? 0) - (m[2]?.length ?? 0);
    const end = (m.index ?? 0) + m[0].length;
    if (takenIndex.overlaps({ start, end })) continue;
    const title = (m[3] ?? "").toLowerCase();
    const holder = mentions
      .slice(0, lowerBound(mentions, start))
      .reverse()
      .map((x) => titled.find((p) => p.id === x.actorId))
      .find(
        (p) =>
          wholeTitle(title).test(p?.title ?? "") &&
          words.every((w) => wholeTitle(w).test(p?.title ?? "")) &&
          (!country || p?.countryId === `country:${country}`),
      );
    if (holder) result.push({ start, end, actorId: holder.id, kind: "title" });
  }
  return result;
}

const PRONOUN = /(?<![\p{L}])(he|him|his|she|her|hers)(?![\p{L}])/giu;

const PRONOUNS: Record<string, "male" | "female"> = {
  he: "male",
  him: "male",
  his: "male",
  she: "female",
  her: "female",
  hers: "female",
};

/**
 * He/she → the first person mentioned in the latest sentence-like stretch that mentions a compatible
 * person (the subject, in news prose), looking back at most ~600 characters. Pronouns inside quotes
 * belong to the speaker's own frame and are left alone.
 */
export function findPronouns(
  body: string,
  people: PersonSeed[],
  mentions: Candidate[],
  quotes: readonly Span[],
): Candidate[] {
  const result: Candidate[] = [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const resolved = [...mentions];
  const quoteIndex = new SpanIndex(quotes);
  for (const m of execAll(PRONOUN, body)) {
    const start = m.index ?? 0;
    if (quoteIndex.contains(start)) continue;
    const gender = PRONOUNS[(m[1] ?? "").toLowerCase()];
    const window = resolved.slice(lowerBound(resolved, start - 600), lowerBound(resolved, start));
    // A person named inside a quotation is not what a pronoun outside it refers to ("“… as
    // Major X got home,” she said").
    const compatible = window.filter((x) => {
      if (quoteIndex.contains(x.start)) return false;
      const p = byId.get(x.actorId);
      return p && (!p.gender || p.gender === gender);
    });
    const latest = compatible[compatible.length - 1];
    if (!latest) continue;
    // Back up to the first compatible mention of the same sentence (sentence ends at ". ").
    const sentenceStart = Math.max(
      body.lastIndexOf(". ", latest.start),
      body.lastIndexOf("\n", latest.start),
    );
    const subject = compatible.find((x) => x.start > sentenceStart) ?? latest;
    const person = byId.get(subject.actorId);
    if (!person) continue;
    if (!person.gender && gender) person.gender = gender;
    const c: Candidate = { start, end: start + (m[1]?.length ?? 0), actorId: person.id, kind: "pronoun" };
    result.push(c);
    resolved.splice(lowerBound(resolved, c.start), 0, c);
  }
  return result;
}
