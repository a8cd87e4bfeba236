// People are never listed by hand: a capitalised 2–3 word name counts as a person only when the
// text treats it as one — next to a role title ("X, Finance minister"; "Foreign Minister X"),
// with an honorific, as the subject of a reporting verb ("X said"), or as a source ("according to X").
import type { ActorSeed, Candidate } from "./gazetteer.ts";
import { personId } from "./ids.ts";
import type { Knowledge, RoleInfo } from "./knowledge.ts";
import { lowerBound, phraseSource, phrasesRegex, SpanIndex, squash, titleCase } from "./text.ts";
import type { Span } from "./types.ts";

export interface Affiliation {
  personId: string;
  /** Org or country id. */
  targetId: string;
  role: string;
  speaksFor: boolean;
  span: Span;
}

export interface PersonSeed extends ActorSeed {
  gender?: "male" | "female";
  nameParts: string[];
}

export interface PeopleResult {
  seeds: PersonSeed[];
  candidates: Candidate[];
  appositives: Span[];
  affiliations: Affiliation[];
}

const NAME_TOKEN = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:(?:['’-]?\\p{Lu}|-\\p{Ll})[\\p{Ll}\\p{M}]*)*";
const RUN = new RegExp(
  `(?<![\\p{L}\\p{N}.’'-])${NAME_TOKEN}(?:[ \\u00a0](?:\\p{Lu}\\.|${NAME_TOKEN}))*(?![\\p{L}\\p{N}])`,
  "gu",
);

/** Capitalised words that start sentences or name things other than people. */
const NOT_NAME = new Set(
  `The A An He She It They We I You This That These Those But However And Or Meanwhile Also In On At
  Furthermore Moreover Its Their His Her Our My There Here According While When After Before As Still Yet So If
  Although Despite During For From With Without By To Of Under Over Between Among Since Until Then Now Today
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Government Ministry Foreign Affairs Defense Defence Forces Army Navy Force
  Office Department State Council Committee Parliament Agency Bank Games Olympic Olympics Summit
  Association Nations Union Organization Organisation Republic Kingdom Federation Party Court Self-Defense
  North South East West Northern Southern Eastern Western Central Southeast Asian European African Pacific
  Atlantic Arctic Ocean Sea Gulf Strait Island Islands Chief Cabinet Senior Deputy Vice Acting
  Former Mr Mrs Ms Dr Prof Sen Gen Rep Amb News Times Post Press Daily Reuters Twitter Facebook`.split(/\s+/),
);

function roleWords(k: Knowledge): Set<string> {
  const words = new Set<string>();
  for (const r of k.roles) for (const w of r.title.split(/[\s-]+/)) words.add(titleCase(w));
  return words;
}

/** Role title contained in a short phrase, longest first ("chief cabinet secretary" before "secretary"). */
export function findRole(phrase: string, k: Knowledge): RoleInfo | undefined {
  const lower = phrase.toLowerCase();
  return k.roles.find((r) =>
    new RegExp(`(?<![\\p{L}])${phraseSource(r.title.toLowerCase())}(?![\\p{L}])`, "u").test(lower),
  );
}

interface NameCandidate extends Span {
  name: string;
}

/** Splits capitalised runs into 2–3 word name candidates, dropping words that cannot be names. */
function nameCandidates(body: string, k: Knowledge, taken: readonly Span[]): NameCandidate[] {
  const blocked = roleWords(k);
  const takenIndex = new SpanIndex(taken);
  const result: NameCandidate[] = [];
  for (const m of body.matchAll(RUN)) {
    const tokens = [...m[0].matchAll(/\S+/g)].map((t) => ({
      text: t[0],
      start: (m.index ?? 0) + (t.index ?? 0),
      end: (m.index ?? 0) + (t.index ?? 0) + t[0].length,
    }));
    let group: typeof tokens = [];
    const flush = () => {
      if (group.length >= 2 && group.length <= 3) {
        const first = group[0];
        const last = group[group.length - 1];
        if (first && last)
          result.push({ start: first.start, end: last.end, name: squash(body.slice(first.start, last.end)) });
      }
      group = [];
    };
    for (const t of tokens) {
      const bad =
        NOT_NAME.has(t.text) || blocked.has(t.text) || !/\p{Ll}/u.test(t.text) || takenIndex.overlaps(t);
      if (bad) flush();
      else group.push(t);
    }
    flush();
  }
  return result;
}

interface Cue {
  role?: RoleInfo;
  /** The role phrase as written (appositive or prefix). */
  phrase?: Span;
  gender?: "male" | "female";
}

function finiteSpeechForms(k: Knowledge): string[] {
  return k.speechVerbs.flatMap((v) =>
    v.forms.filter((f) => f.form === "past" || f.form === "s").map((f) => f.text),
  );
}

/** Why the text treats `c` as a person, if it does. */
function personCue(body: string, c: NameCandidate, k: Knowledge): Cue | undefined {
  const after = body.slice(c.end, c.end + 160);
  const before = body.slice(Math.max(0, c.start - 80), c.start);
  const appositive = /^,[\s\u00a0]+([^,.;:“”"()]{2,90}?)(?=,|\.|;|$)/.exec(after);
  if (appositive?.[1] && appositive[1].split(/\s+/).length <= 9) {
    const role = findRole(appositive[1], k);
    if (role) {
      const start = c.end + appositive[0].indexOf(appositive[1]);
      return {
        role,
        phrase: { start, end: start + appositive[1].length },
        ...(role.gender ? { gender: role.gender } : {}),
      };
    }
  }
  const roleBefore = new RegExp(
    `(?:${k.roles.map((r) => phraseSource(r.title)).join("|")})[\\s\\u00a0]+$`,
    "iu",
  ).exec(before);
  if (roleBefore) {
    // Extend the prefix over capitalised words and possessives before it ("Brazil’s Foreign Minister").
    const ext = /(?:(?:\p{Lu}[\p{L}.-]*(?:[’']s)?|of|the)[\s\u00a0]+)*$/u.exec(
      before.slice(0, roleBefore.index),
    );
    const startInBefore = ext ? roleBefore.index - ext[0].length : roleBefore.index;
    const base = c.start - before.length;
    const role = findRole(roleBefore[0], k);
    if (role) {
      const phrase = {
        start: base + startInBefore,
        end: base + roleBefore.index + roleBefore[0].trimEnd().length,
      };
      return { role, phrase, ...(role.gender ? { gender: role.gender } : {}) };
    }
  }
  const honorific = /(Mr|Mrs|Ms|Dr|Prof)\.?[\s\u00a0]+$/.exec(before);
  if (honorific) {
    const gender = k.honorifics[`${honorific[1]}.`] ?? k.honorifics[honorific[1] ?? ""];
    return gender ? { gender } : {};
  }
  const speech = phrasesRegex(finiteSpeechForms(k), "u");
  const verbAfter = new RegExp(
    `^(?:,[^,]{1,100},)?[\\s\\u00a0]+(?:(?:also|later|has|had|then|again)[\\s\\u00a0]+)*(?:${speech.source})`,
    "u",
  );
  if (verbAfter.test(after)) return {};
  if (/\b(?:said|says|told|added|according\s+to)[\s\u00a0]+$/i.test(before)) return {};
  return undefined;
}

/** Country actor id most mentioned before `offset` (earliest first on ties): the story's focal state. */
function focalCountry(candidates: readonly Candidate[], offset: number): string | undefined {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (c.start >= offset || !c.actorId.startsWith("country:")) continue;
    counts.set(c.actorId, (counts.get(c.actorId) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [id, n] of counts) {
    if (n > bestCount) [best, bestCount] = [id, n];
  }
  return best;
}

/** Strips a leading article and country reference from a role phrase: "Peru’s foreign ministry spokeswoman" → "foreign ministry spokeswoman". */
function roleTitle(body: string, phrase: Span, inside: readonly Candidate[]): string {
  let start = phrase.start;
  const lead = /^(?:the|a|an)[\s\u00a0]+/i.exec(body.slice(start, phrase.end));
  if (lead) start += lead[0].length;
  const country = inside.find((c) => c.actorId.startsWith("country:") && c.start === start);
  if (country) start = country.end;
  const org = inside.find(
    (c) => c.actorId.startsWith("org:") && (c.start === start || c.start === phrase.start),
  );
  let text = body.slice(start, phrase.end);
  if (org && !country) {
    // "Peru’s foreign ministry spokeswoman": keep the organisation words, drop its country prefix.
    const prefix = /^\p{Lu}[\p{L}.-]*(?:[\s\u00a0]\p{Lu}[\p{L}.-]*)*[’']s[\s\u00a0]+/u.exec(text);
    if (prefix) text = text.slice(prefix[0].length);
  }
  return titleCase(squash(text));
}

export function findPeople(
  body: string,
  k: Knowledge,
  candidates: readonly Candidate[],
  quotes: readonly Span[],
): PeopleResult {
  const seeds = new Map<string, PersonSeed>();
  const found: Candidate[] = [];
  const appositives: Span[] = [];
  const affiliations: Affiliation[] = [];
  for (const c of nameCandidates(body, k, candidates)) {
    const cue = personCue(body, c, k);
    if (!cue) continue;
    const id = personId(c.name);
    const possessive = /^[’']s(?![\p{L}])/u.exec(body.slice(c.end, c.end + 3));
    found.push({
      start: c.start,
      end: c.end + (possessive?.[0].length ?? 0),
      actorId: id,
      kind: possessive ? "possessive" : "name",
    });
    const seed: PersonSeed = seeds.get(id) ?? {
      id,
      kind: "Person",
      name: c.name,
      nameParts: c.name.split(" "),
    };
    seeds.set(id, seed);
    if (cue.gender) seed.gender = cue.gender;
    const phrase = cue.phrase;
    if (!cue.role || !phrase || seed.title) continue;
    appositives.push(phrase);
    const inside = candidates.filter((x) => x.start >= phrase.start && x.end <= phrase.end);
    seed.title = roleTitle(body, phrase, inside);
    const org = inside.find((x) => x.actorId.startsWith("org:"));
    const country = inside.find((x) => x.actorId.startsWith("country:"));
    const target =
      org?.actorId ??
      country?.actorId ??
      (cue.role.government ? focalCountry(candidates, c.start) : undefined);
    if (!target) continue;
    const orgCountry = org?.actorId.match(/^org:([a-z]{2}):/)?.[1];
    seed.countryId = orgCountry
      ? `country:${orgCountry}`
      : target.startsWith("country:")
        ? target
        : undefined;
    if (!seed.countryId) delete seed.countryId;
    affiliations.push({
      personId: id,
      targetId: target,
      role: seed.title,
      speaksFor: Boolean(cue.role.speaksFor),
      span: { start: Math.min(c.start, phrase.start), end: Math.max(c.end, phrase.end) },
    });
  }
  const people = [...seeds.values()];
  const taken = [...candidates, ...found];
  const shortNames = findShortNames(body, people, found, taken);
  const all = [...found, ...shortNames].sort((a, b) => a.start - b.start);
  const titles = findTitleMentions(body, k, people, all, [...taken, ...shortNames]);
  const pronouns = findPronouns(
    body,
    people,
    [...all, ...titles].sort((a, b) => a.start - b.start),
    quotes,
  );
  return {
    seeds: people,
    candidates: [...all, ...titles, ...pronouns].sort((a, b) => a.start - b.start),
    appositives,
    affiliations,
  };
}

/** "Costa" after "Ana Costa": a lone first or last name (optionally with honorific) of a known person. */
function findShortNames(
  body: string,
  people: PersonSeed[],
  full: Candidate[],
  taken: readonly Span[],
): Candidate[] {
  const result: Candidate[] = [];
  const takenIndex = new SpanIndex(taken);
  const re = new RegExp(
    `(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?[\\s\\u00a0]+)?(?<![\\p{L}])(${NAME_TOKEN})(?![\\p{L}])([’']s(?![\\p{L}]))?`,
    "gu",
  );
  for (const m of body.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (takenIndex.overlaps({ start, end })) continue;
    // Part of a longer capitalised name ("Costa Silva") is a different person.
    if (
      /\p{Lu}[\p{L}]*[\s\u00a0]$/u.test(body.slice(Math.max(0, start - 20), start)) &&
      !/^(?:Mr|Mrs|Ms|Dr|Prof)/.test(m[0])
    ) {
      const prevWord = /(\S+)[\s\u00a0]$/.exec(body.slice(Math.max(0, start - 20), start))?.[1] ?? "";
      if (!NOT_NAME.has(prevWord)) continue;
    }
    if (/^[\s\u00a0]+\p{Lu}\p{Ll}/u.test(body.slice(end, end + 3))) continue;
    const token = m[1] ?? "";
    const matches = people.filter((p) => p.nameParts.includes(token));
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

/** "the spokesman" → the latest person holding that title. */
function findTitleMentions(
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
  const re = new RegExp(
    // Case-sensitive on purpose: under the `i` flag \\p{Lu} would match lower-case letters too.
    `\\b[Tt]he[\\s\\u00a0]+(${k.roles.map((r) => phraseSource(r.title)).join("|")})(?![\\p{L}])(?![\\s\\u00a0]+\\p{Lu})`,
    "gu",
  );
  for (const m of body.matchAll(re)) {
    const start = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
    const end = (m.index ?? 0) + m[0].length;
    if (takenIndex.overlaps({ start, end })) continue;
    const title = (m[1] ?? "").toLowerCase();
    const holder = mentions
      .slice(0, lowerBound(mentions, start))
      .reverse()
      .map((x) => titled.find((p) => p.id === x.actorId))
      .find((p) => new RegExp(`(?<![\\p{L}])${phraseSource(title)}(?![\\p{L}])`, "iu").test(p?.title ?? ""));
    if (holder) result.push({ start, end, actorId: holder.id, kind: "title" });
  }
  return result;
}

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
function findPronouns(
  body: string,
  people: PersonSeed[],
  mentions: Candidate[],
  quotes: readonly Span[],
): Candidate[] {
  const result: Candidate[] = [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const resolved = [...mentions];
  const quoteIndex = new SpanIndex(quotes);
  for (const m of body.matchAll(/(?<![\p{L}])(he|him|his|she|her|hers)(?![\p{L}])/giu)) {
    const start = m.index ?? 0;
    if (quoteIndex.contains(start)) continue;
    const gender = PRONOUNS[(m[1] ?? "").toLowerCase()];
    const window = resolved.slice(lowerBound(resolved, start - 600), lowerBound(resolved, start));
    const compatible = window.filter((x) => {
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
