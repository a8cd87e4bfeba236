// Countries and organisations by dictionary lookup over the body. Country references (names,
// aliases, demonyms, capitals as metonyms, possessives) come first because national bodies are
// bound to the country reference written just before them ("Peru’s foreign ministry").

import type { CountryInfo, Knowledge, NationalOrgKind } from "../knowledge/knowledge.ts";
import { countryId, nationalOrgId } from "../text/ids.ts";
import { CONTROL_MODIFIER } from "../text/patterns.ts";
import { execAll, findAll, lowerBound, phraseSource, phrasesRegex } from "../text/text.ts";
import { mayOccur, phraseWords, type WordIndex } from "../text/word-index.ts";
import type { Actor, MentionKind, Span } from "../types.ts";
import { holderCountry } from "./body-country.ts";
import { broadcastOwner, inBroadcastFrame } from "./broadcast-owners.ts";
import { namedCentralBanks } from "./central-banks.ts";
import { holderBodies } from "./holder-bodies.ts";
import { capitalNamedBodies, keylessBodies } from "./keyless-bodies.ts";
import { portfolioMinistryNames, properNameTail } from "./ministry-names.ts";
import { PARTICLES } from "./names.ts";
import {
  coordinatedBodies,
  impliedCountry,
  ofPortfolioMinistries,
  pairedBodies,
  portfolioMinistries,
  theirPairBodies,
} from "./national-bodies.ts";
import { officerOffices } from "./officer-offices.ts";

export interface Candidate {
  start: number;
  end: number;
  actorId: string;
  kind: MentionKind;
}

/** What the recogniser knows about an actor before mentions are attached. */
export type ActorSeed = Omit<Actor, "mentions" | "aliases">;

type SurfaceKind = "name" | "alias" | "demonym" | "capital";

const POSSESSIVE = /^[’']s(?![\p{L}])/u;
/** One to three capitalised words of a place's name ("Santo Domingo", "Port of Spain"). */
const PLACE_NAME = "\\p{Lu}[\\p{L}’'.-]*(?:[\\s\\u00a0]+(?:of[\\s\\u00a0]+)?\\p{Lu}[\\p{L}’'.-]*){0,2}";
/**
 * Country words inside geographic names do not refer to the country: a demonym or name before a
 * feature ("Indian Ocean", "South China Sea", "Taiwan Strait") or after "<feature> of" ("Sea of Japan").
 */
const GEOGRAPHIC =
  /^[\s\u00a0]+(?:Ocean|Sea|Seas|Peninsula|Gulf|Subcontinent|Plateau|Strait|Straits|Basin|Bay|Channel|Archipelago)\b/;
const FEATURE_OF =
  /\b(?:Ocean|Sea|Gulf|Strait|Straits|Bay|Channel|Isthmus|Horn)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?$/;

export function countrySeed(k: Knowledge, iso2: string): ActorSeed {
  const c = k.countries.get(iso2);
  return {
    id: countryId(iso2),
    kind: "Country",
    name: c?.name ?? iso2,
    isoCode: iso2,
    ...(c?.wikidataId ? { wikidataId: c.wikidataId } : {}),
  };
}

function surfaceTable(k: Knowledge): Map<string, { iso2: string; kind: SurfaceKind }> {
  const table = new Map<string, { iso2: string; kind: SurfaceKind }>();
  const add = (text: string, iso2: string, kind: SurfaceKind) => {
    if (!table.has(text)) table.set(text, { iso2, kind });
  };
  for (const c of k.countries.values()) for (const n of c.names) add(n, c.iso2, "name");
  for (const c of k.countries.values()) for (const a of c.aliases) add(a, c.iso2, "alias");
  for (const c of k.countries.values()) for (const d of c.demonyms) add(d, c.iso2, "demonym");
  for (const c of k.countries.values()) for (const p of capitalNames(c)) add(p, c.iso2, "capital");
  return table;
}

/** The capital and the other seats of government or spellings of it ("The Hague", "Chisinau"). */
export function capitalNames(c: CountryInfo): string[] {
  return c.capital ? [c.capital, ...(c.seats ?? [])] : [...(c.seats ?? [])];
}

/** The state whose capital or other seat `place` is, or that `place` names. */
export function placeCountry(k: Knowledge, place: string): string | undefined {
  for (const c of k.countries.values())
    if (c.names.includes(place) || capitalNames(c).includes(place)) return c.iso2;
  return undefined;
}

/** Demonyms and short names two or more states share ("Congolese", "Congo"), with every state that claims them. */
function sharedSurfaces(k: Knowledge): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const c of k.countries.values())
    for (const d of [...c.demonyms, ...c.aliases]) owners.set(d, [...(owners.get(d) ?? []), c.iso2]);
  for (const [d, isos] of owners) if (isos.length < 2) owners.delete(d);
  return owners;
}

const tables = new WeakMap<
  Knowledge,
  {
    surfaces: Map<string, { iso2: string; kind: SurfaceKind }>;
    shared: Map<string, string[]>;
    re: RegExp;
  }
>();

function countryIndex(k: Knowledge) {
  let t = tables.get(k);
  if (!t) {
    const surfaces = surfaceTable(k);
    t = { surfaces, shared: sharedSurfaces(k), re: phrasesRegex(surfaces.keys()) };
    tables.set(k, t);
  }
  return t;
}

/**
 * A demonym or short name several states share ("the Congolese army", "Congo said") means the one of
 * them the story names otherwise (by a name, alias or capital of its own); with none or more than
 * one named, the table's first owner.
 */
function shareOwner(
  body: string,
  owners: readonly string[],
  index: ReturnType<typeof countryIndex>,
): string | undefined {
  const { surfaces, shared, re } = index;
  const named = new Set<string>();
  for (const hit of findAll(re, body)) {
    const text = hit.text.replace(/[\s\u00a0]+/g, " ");
    const s = surfaces.get(text);
    if (s && s.kind !== "demonym" && !shared.has(text) && owners.includes(s.iso2)) named.add(s.iso2);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The country's own government written as "<demonym|name|possessive> government"; a military or
 * interim government ("Ruritania’s military government") is still the state's government.
 */
function governmentTail(body: string, end: number, k: Knowledge): number | undefined {
  const m = governmentAfter(k).exec(body.slice(end, end + 40));
  if (!m || (m[0].trimEnd().endsWith("state") && STATE_MODIFIER.test(body.slice(end + m[0].length))))
    return undefined;
  return end + m[0].length;
}

const governmentRegexes = new WeakMap<Knowledge, RegExp>();

/** "<blanks>[military ]<government head>", compiled once per knowledge base (not per country mention). */
function governmentAfter(k: Knowledge): RegExp {
  let re = governmentRegexes.get(k);
  if (!re) {
    re = new RegExp(
      `^[\\s\\u00a0]+(?:(?:military|interim|transitional)[\\s\\u00a0]+)?(?:${k.governmentHeads.join("|")})(?![\\p{L}])`,
      "u",
    );
    governmentRegexes.set(k, re);
  }
  return re;
}

/** "Peru’s state broadcaster", "its state-run oil firm": "state" modifies a noun and is not the government. */
const STATE_MODIFIER =
  /^(?:-(?:run|owned|controlled|backed|funded)|[\s\u00a0]+(?:broadcaster|television|TV|radio|media|news|oil|gas|energy|power|company|companies|firm|firms|enterprise|enterprises|bank|banks|utility|carrier|airline|railways?|budget|secrets?|visit|funeral|dinner|banquet|property|assets|subsidies|agency|agencies|prosecutors?|attorney|department|council|institutions?|employees|workers|officials|security|apparatus|owned|run|controlled)(?![\p{L}]))/u;

/** "in Lima", "talks in Quito and Lima", "flights from Lima, Quito and Bogota": a place, not the government. */
const LOCATIVE_BEFORE = new RegExp(
  `\\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Nn]ear|[Ii]nto|[Oo]utside|[Ii]nside|[Aa]round|[Aa]cross|[Vv]ia|[Vv]isit|[Vv]isited|[Vv]isiting)[\\s\\u00a0]+(?:${PLACE_NAME}(?:,[\\s\\u00a0]+${PLACE_NAME})*,?[\\s\\u00a0]+(?:and|or)[\\s\\u00a0]+)?$`,
  "u",
);

/** Capitalised words that open a phrase before a place without naming anything ("In Lima", "The Hague"). */
const PHRASE_OPENERS = new Set(
  "In At On From To The For By With And But As Near Via Of Into Outside Inside Around Across Both Neither Then When While After Before Since Until Like Unlike Even Only Also Officials Government Diplomats".split(
    " ",
  ),
);

/**
 * "Paulo Lima … Lima said": a capital's name that closes a longer capitalised name somewhere in the
 * article is that person's (or place's) surname there, and alone it is the short form of that name.
 */
function surnameElsewhere(body: string, capital: string): boolean {
  if (capital.includes(" ")) return false;
  const re = new RegExp(`(\\p{Lu}[\\p{L}’'-]*)[ \\u00a0]+${phraseSource(capital)}(?![\\p{L}])`, "gu");
  for (const m of execAll(re, body)) if (!PHRASE_OPENERS.has(m[1] ?? "")) return true;
  return false;
}

/** "from Lima, " before a list's middle member, and ", Bogota and Quito" after it. */
const LIST_MEMBER_BEFORE = new RegExp(
  `\\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Nn]ear|[Ii]nto|[Vv]ia|[Vv]isit|[Vv]isited|[Vv]isiting)[\\s\\u00a0]+${PLACE_NAME}(?:,[\\s\\u00a0]+${PLACE_NAME})*,[\\s\\u00a0]+$`,
  "u",
);
const LIST_GOES_ON = new RegExp(
  `^(?:,[\\s\\u00a0]+${PLACE_NAME})*,?[\\s\\u00a0]+(?:and|or)[\\s\\u00a0]+\\p{Lu}`,
  "u",
);

/**
 * Whether a capital (or other seat) stands for its state here. Glued to another capitalised word it is
 * part of a name ("Paris Air Show", "George Washington"); after a locative preposition, alone or as a
 * later member of a list of places, it is a venue ("talks in Addis Ababa"); a capital whose name is also
 * another place's or a person's ("Victoria") needs its state named otherwise in the article.
 */
/** A capitalised word, then a lower-case surname particle, right before a capital's name. */
const PARTICLE_AFTER_NAME = new RegExp(`\\p{Lu}[\\p{L}’'-]*[ \\u00a0]+(?:${PARTICLES})[ \\u00a0]+$`, "u");

function capitalForState(
  body: string,
  hit: Span,
  iso2: string,
  k: Knowledge,
  named: ReadonlySet<string>,
): boolean {
  const before = body.slice(Math.max(0, hit.start - 80), hit.start);
  const after = body.slice(hit.end, hit.end + 30);
  if (/^[\s\u00a0]+\p{Lu}/u.test(after)) return false;
  // (A word closing the previous sentence, "… Quispe. La Paz said", is not glued to it.)
  if (/\p{Lu}(?:[\p{L}.]*\p{L})?[ \u00a0]+$/u.test(before)) return false;
  // "Marta Ruiz de Lima": a capital after a name and a surname particle ends that name.
  if (PARTICLE_AFTER_NAME.test(before)) return false;
  if (LOCATIVE_BEFORE.test(before)) return false;
  if (surnameElsewhere(body, body.slice(hit.start, hit.end))) return false;
  // A middle member of such a list: "from Lima, Quito and Bogota".
  if (LIST_MEMBER_BEFORE.test(before) && LIST_GOES_ON.test(body.slice(hit.end, hit.end + 80))) return false;
  return !k.countries.get(iso2)?.sharedCapital || named.has(iso2);
}

export function findCountryMentions(
  body: string,
  k: Knowledge,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const index = countryIndex(k);
  const { surfaces, shared, re } = index;
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  const chosen = new Map<string, string | undefined>();
  const hits = findAll(re, body);
  // States the article names otherwise than by their capital (a shared capital name needs one).
  const named = new Set<string>();
  for (const hit of hits) {
    const found = surfaces.get(hit.text.replace(/[\s\u00a0]+/g, " "));
    if (found && found.kind !== "capital") named.add(found.iso2);
  }
  for (const hit of hits) {
    const text = hit.text.replace(/[\s\u00a0]+/g, " ");
    const found = surfaces.get(text);
    if (!found) continue;
    const owners = found.kind === "demonym" || found.kind === "alias" ? shared.get(text) : undefined;
    if (owners && !chosen.has(text)) chosen.set(text, shareOwner(body, owners, index));
    const surface = owners ? { ...found, iso2: chosen.get(text) ?? found.iso2 } : found;
    const before = body.slice(Math.max(0, hit.start - 30), hit.start);
    const after = body.slice(hit.end, hit.end + 30);
    if (
      (surface.kind === "demonym" || surface.kind === "name") &&
      (GEOGRAPHIC.test(after) || FEATURE_OF.test(before))
    )
      continue;
    if (surface.kind === "capital" && !capitalForState(body, hit, surface.iso2, k, named)) continue;
    let end = hit.end;
    let kind: MentionKind = surface.kind === "capital" ? "alias" : surface.kind;
    const possessive = POSSESSIVE.exec(after);
    if (possessive) {
      end += possessive[0].length;
      kind = "possessive";
    }
    const gov = governmentTail(body, end, k);
    // "Peru’s government" is the state itself, a possible subject, no longer a possessive determiner.
    if (gov !== undefined) {
      end = gov;
      if (kind === "possessive") kind = "name";
    }
    candidates.push({ start: hit.start, end, actorId: countryId(surface.iso2), kind });
    seeds.push(countrySeed(k, surface.iso2));
  }
  return { candidates, seeds };
}

/** Per body: its seed and one phrase list per surface kind, built once per knowledge base. */
const internationalLists = new WeakMap<
  Knowledge,
  { seed: ActorSeed; lists: [readonly string[], "name" | "alias", string[][]][] }[]
>();
/** "UN refugee agency", "U.N. refugee agency", "United Nations refugee agency": wire copy spells all three. */
function unSpellings(aliases: readonly string[]): string[] {
  const out = new Set(aliases);
  for (const a of aliases) {
    const rest = /^(?:UN|U\.N\.|United Nations)[\s\u00a0]+(.+)$/u.exec(a)?.[1];
    if (rest) for (const head of ["UN", "U.N.", "United Nations"]) out.add(`${head} ${rest}`);
  }
  return [...out];
}

function listEntry(
  surfaces: readonly string[],
  kind: "name" | "alias",
): [readonly string[], "name" | "alias", string[][]] {
  return [surfaces, kind, phraseWords(surfaces, false)];
}

function internationalBodies(k: Knowledge) {
  let bodies = internationalLists.get(k);
  if (!bodies) {
    bodies = k.international.map((org) => ({
      seed: {
        id: org.id,
        kind: "Organization",
        name: org.name,
        orgType: org.orgType,
        ...(org.wikidata ? { wikidataId: org.wikidata } : {}),
        ...(org.country ? { countryId: countryId(org.country) } : {}),
      },
      lists: [listEntry([org.name], "name"), listEntry(unSpellings(org.aliases), "alias")],
    }));
    internationalLists.set(k, bodies);
  }
  return bodies;
}

/** The actor seed of an international body of the knowledge base, by id. */
export function internationalSeed(k: Knowledge, id: string): ActorSeed | undefined {
  return internationalBodies(k).find((b) => b.seed.id === id)?.seed;
}

/** International bodies by name or alias; `words` (the body's word index) skips lists that cannot match. */
export function findInternationalOrgs(
  body: string,
  k: Knowledge,
  words: WordIndex,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  for (const { seed, lists } of internationalBodies(k)) {
    for (const [surfaces, kind, surfaceWords] of lists) {
      // A list none of whose phrases has all its words in the body cannot match: no scan.
      if (surfaces.length === 0 || !mayOccur(surfaceWords, words)) continue;
      for (const hit of findAll(phrasesRegex(surfaces), body)) {
        candidates.push({ start: hit.start, end: hit.end, actorId: seed.id, kind });
        seeds.push(seed);
      }
    }
  }
  return { candidates, seeds };
}

export function nationalSeed(k: Knowledge, given: NationalOrgKind, iso2: string): ActorSeed {
  const kind = ownArmedForces(k, given, iso2);
  const country = k.countries.get(iso2)?.name ?? iso2;
  return {
    id: nationalOrgId(iso2, kind.sameAs ?? kind.key),
    kind: "Organization",
    name: kind.nameTemplate.replace("{country}", country),
    orgType: kind.orgType,
    countryId: countryId(iso2),
  };
}

/** "Japanese troops": a state whose armed forces have their own kind (its default country) gets that kind. */
function ownArmedForces(k: Knowledge, kind: NationalOrgKind, iso2: string): NationalOrgKind {
  if (kind.key !== "armed-forces") return kind;
  return (
    k.nationalKinds.find((x) => x.defaultCountry === iso2 && x.orgType === kind.orgType && !x.sameAs) ?? kind
  );
}

/**
 * National bodies: a kind pattern bound to the country reference right before it
 * ("U.S. troops", "French navy", "Peru’s foreign ministry") or right after it
 * ("Ministry of Foreign Affairs of Peru"), else the kind's default country.
 * The country reference itself is then dropped by `resolveOverlaps` (the org span is longer).
 * `words` (the body's word index) lets a kind that cannot match skip its scan.
 */
export function findNationalOrgs(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  words: WordIndex,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  const bare: { hit: Span; kind: NationalOrgKind }[] = [];
  for (const kind of k.nationalKinds) {
    if (!kindMayOccur(kind, words)) continue;
    for (const hit of findAll(phrasesRegex(kind.patterns, "giu"), body)) {
      if (modifiesNoun(body, hit.end, kind) || CONTROL_SUFFIX.test(body.slice(hit.end, hit.end + 14)))
        continue;
      // Country candidates are sorted by start: look only at the one just before and just after.
      const k0 = lowerBound(countries, hit.start);
      const before = countries[k0 - 1];
      const prefix =
        before &&
        before.end <= hit.start &&
        bodyGap(body.slice(before.end, hit.start), before, body.slice(hit.end, hit.end + 3))
          ? before
          : undefined;
      const suffixMatch = /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?/.exec(
        body.slice(hit.end, hit.end + 12),
      );
      const after = suffixMatch
        ? countries[lowerBound(countries, hit.end + suffixMatch[0].length)]
        : undefined;
      const suffix = suffixMatch && after?.start === hit.end + suffixMatch[0].length ? after : undefined;
      const bound = prefix ?? suffix;
      // A reference that already names the government ("Italian government") is not a modifier.
      const boundText = bound ? body.slice(bound.start, bound.end) : "";
      if (k.governmentHeads.some((h) => boundText.endsWith(h))) continue;
      const iso2 = bound ? bound.actorId.slice("country:".length).toUpperCase() : kind.defaultCountry;
      if (!bound && kind.requiresCountry) {
        const implied =
          impliedCountry(body, k, countries, hit) ?? framedBroadcaster(body, k, kind, hit, countries);
        if (implied) {
          candidates.push({ ...hit, actorId: nationalSeed(k, kind, implied).id, kind: "alias" });
          seeds.push(nationalSeed(k, kind, implied));
        } else if (isBareReference(body, hit, kind) || placeFrame(body, k, hit, countries, true))
          bare.push({ hit, kind });
        continue;
      }
      if (!iso2) continue;
      // Past a modifier that names its own actor ("Taliban-run"), the body starts at its own word.
      const start =
        prefix && !CONTROLLED_GAP.test(body.slice(prefix.end, hit.start)) ? prefix.start : hit.start;
      const proper = /^\p{Lu}/u.test(hit.text) && kind.patterns[0] === hit.text;
      const end =
        suffix && !prefix
          ? suffix.end
          : // A one-word name or acronym ("CIA and Mossad") never continues over "and".
            /^\p{Lu}\S*[\s\u00a0]/u.test(hit.text)
            ? properNameTail(body, hit.end, k)
            : hit.end;
      candidates.push({
        start,
        end,
        actorId: nationalSeed(k, kind, iso2).id,
        kind: proper ? "name" : "alias",
      });
      seeds.push(nationalSeed(k, kind, iso2));
    }
  }
  const extra = bodiesOfOtherShapes(body, k, countries, candidates);
  candidates.push(...extra.candidates);
  seeds.push(...extra.seeds);
  resolveBare(body, k, countries, bare, { candidates, seeds });
  const ministries = portfolioMinistryNames(body, k, countries, candidates, homeCountry(body, countries, k));
  candidates.push(...ministries.candidates);
  seeds.push(...ministries.seeds);
  return { candidates, seeds };
}

const kindWords = new WeakMap<NationalOrgKind, string[][]>();

/** Can one of the kind's patterns occur in the body at all? */
function kindMayOccur(kind: NationalOrgKind, words: WordIndex): boolean {
  let own = kindWords.get(kind);
  if (!own) {
    own = phraseWords(kind.patterns, true);
    kindWords.set(kind, own);
  }
  return mayOccur(own, words);
}

/**
 * What may stand between a country and its body: blanks, and after a possessive a few adjectives
 * of rank or scope ("Pakistan’s main spy agency", "Peru’s federal police").
 */
function bodyGap(gap: string, country: Candidate, after: string): boolean {
  if (/^[\s\u00a0]+$/.test(gap)) return true;
  // "Ghana’s National Intelligence Bureau": a capitalised adjective opens a longer proper name.
  if (/\p{Lu}/u.test(gap) && /^[\s\u00a0]+\p{Lu}/u.test(after)) return false;
  return country.kind === "possessive" && (RANK_ADJECTIVES.test(gap) || CONTROLLED_GAP.test(gap));
}
/** "military-controlled": the body's word is the first half of a modifier, not a body. */
const CONTROL_SUFFIX = /^-(?:run|led|controlled|dominated|appointed|installed)(?![\p{L}])/u;
/** "Afghanistan’s Taliban-run defence ministry", "Bosnia’s three-member presidency". */
const CONTROLLED_GAP = new RegExp(`^[\\s\\u00a0]+${CONTROL_MODIFIER}[\\s\\u00a0]+$`, "u");
const RANK_ADJECTIVES =
  /^(?:[\s\u00a0]+(?:main|top|chief|principal|powerful|national|federal|domestic|elite|feared|influential|premier|senior|own|new|independent|state|Federal|National|Central|Independent|maritime|marine|coastal|riot|paramilitary|special|secret|regular))+[\s\u00a0]+$/;

/** "Customs union", "customs duties": the kind's word modifies another noun and names no body. */
function modifiesNoun(body: string, end: number, kind: NationalOrgKind): boolean {
  if (!kind.notBefore) return false;
  const next = /^[\s\u00a0]+(\p{L}+)/u.exec(body.slice(end, end + 24))?.[1]?.toLowerCase();
  return next !== undefined && kind.notBefore.includes(next);
}

/** A name in apposition right after a broadcaster ("the state broadcaster RTS"), not a weekday. */
const NAME_AFTER_BROADCASTER =
  /^[\s\u00a0]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|That|The)(?![\p{L}]))\p{Lu}/u;

/** "told state television": a bare state broadcaster in an attribution frame (broadcast-owners.ts). */
function framedBroadcaster(
  body: string,
  k: Knowledge,
  kind: NationalOrgKind,
  hit: Span,
  countries: readonly Candidate[],
): string | undefined {
  if (kind.key !== "state-broadcaster" || !inBroadcastFrame(body, hit)) return undefined;
  // "told state radio in Malabo": the broadcaster's own seat names its state.
  const seat = seatAfter(body, k, hit, kind);
  if (seat) return seat;
  // "In Damascus, the ministry protested. Its deputy minister told state television …": the
  // paragraph's place frame outranks the story's home state.
  return broadcastOwner(
    body,
    hit,
    countries,
    paragraphPlace(body, k, hit) ?? homeCountry(body, countries, k),
  );
}

/** The country of the place frame ("In Damascus, …") that opens the paragraph holding `hit`. */
function paragraphPlace(body: string, k: Knowledge, hit: Span): string | undefined {
  const open = body.lastIndexOf("\n", hit.start) + 1;
  const place = PLACE_FRAME.exec(body.slice(open, hit.start))?.[1];
  return place ? placeCountry(k, place) : undefined;
}

/** National bodies the kind patterns do not reach: pairs, keyless roles, holders' bodies, banks. */
function bodiesOfOtherShapes(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  keyed: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  const home = homeCountry(body, countries, k);
  for (const extra of [
    pairedBodies(body, k, countries, (kind, iso2) => nationalSeed(k, kind, iso2)),
    coordinatedBodies(body, k, countries, (kind, iso2) => nationalSeed(k, kind, iso2)),
    theirPairBodies(body, k, countries, (kind, iso2) => nationalSeed(k, kind, iso2)),
    portfolioMinistries(body, k, countries, home),
    ofPortfolioMinistries(body, k, countries),
    keylessBodies(body, k, countries, home),
    capitalNamedBodies(body, k, countries, keyed),
    holderBodies(body, k, countries, (kind, iso2) => nationalSeed(k, kind, iso2)),
    officerOffices(body, k, countries, (kind, iso2) => nationalSeed(k, kind, iso2)),
    namedCentralBanks(body, k, countries, (iso2) => {
      const kind = k.nationalKinds.find((x) => x.key === "central-bank");
      return kind ? nationalSeed(k, kind, iso2) : undefined;
    }),
  ]) {
    candidates.push(...extra.candidates);
    seeds.push(...extra.seeds);
  }
  return { candidates, seeds };
}

/** "The foreign ministry said": the latest body of the same kind named before, else the home country. */
function resolveBare(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  bare: { hit: Span; kind: NationalOrgKind }[],
  out: { candidates: Candidate[]; seeds: ActorSeed[] },
): void {
  const { candidates, seeds } = out;
  const home = homeCountry(body, countries, k);
  const soleHome = soleHomeCountry(body, countries, k);
  for (const { hit, kind } of bare.sort((a, b) => a.hit.start - b.hit.start)) {
    // "told the state broadcaster RTS": the broadcaster is named, and the name is the actor.
    if (kind.key === "state-broadcaster" && NAME_AFTER_BROADCASTER.test(body.slice(hit.end, hit.end + 16)))
      continue;
    const suffix = `:${kind.sameAs ?? kind.key}`;
    // "Ruritania’s army … the military": the military is that of the latest armed service named;
    // "Ruritanian troops … the army would send more soldiers": with no army named before, any armed
    // service stands for it.
    const military = (id: string) =>
      MILITARY.test(kind.key) && MILITARY.test(id.slice(id.lastIndexOf(":") + 1));
    const exact = (id: string) => id.endsWith(suffix) || (kind.key === "armed-forces" && military(id));
    const before = candidates.filter((c) => c.end <= hit.start).sort((a, b) => a.start - b.start);
    const exactKind = before.filter((c) => exact(c.actorId));
    const sameKind = exactKind.length > 0 ? exactKind : before.filter((c) => military(c.actorId));
    // Inside someone's reported words ("quoted the minister as saying the armed forces …") the
    // speaker's side is meant, and "its navy" has its own owner: only a plain "the navy" prefers home.
    const lead = body.slice(sentenceOpening(body, hit.start), hit.start);
    const reported = REPORTED_BEFORE.test(lead) || /\b(?:its|their)[\s\u00a0]+$/i.test(lead);
    const earlierIso =
      (reported ? undefined : ambiguousHome(sameKind, home)) ??
      sameKind.at(-1)?.actorId.split(":")[1]?.toUpperCase();
    // A body named without article ("told parliament") is the home state's, when the story has one.
    const fallback =
      kind.key === "embassy"
        ? undefined
        : undetermined(body, hit)
          ? ((addressed(body, hit.start) ? countryBeforeInSentence(body, countries, hit.start) : undefined) ??
            soleHome)
          : home;
    // A full capitalised name mid-sentence ("the Department of Foreign Affairs") is the home state's own.
    const proper =
      soleHome !== undefined &&
      /^\p{Lu}\p{Ll}+[\s\u00a0]+of[\s\u00a0]/u.test(body.slice(hit.start, hit.end)) &&
      /(?:^|[^\p{L}])[Tt]he[\s\u00a0]+$/u.test(body.slice(Math.max(0, hit.start - 5), hit.start));
    // "the country’s armed forces": the story's own country, not the latest foreign body of the kind.
    const own = COUNTRY_POSSESSIVE.test(body.slice(Math.max(0, hit.start - 32), hit.start))
      ? (antecedentCountry(body, countries, hit.start) ?? home)
      : undefined;
    const iso2 =
      seatAfter(body, k, hit, kind) ??
      placeFrame(body, k, hit, countries) ??
      holderCountry(body, k, countries, hit, kind.sameAs ?? kind.key) ??
      deployer(body, countries, hit) ??
      (proper ? soleHome : undefined) ??
      own ??
      previousSubject(body, countries, hit, kind) ??
      earlierIso ??
      fallback;
    if (!iso2) continue;
    candidates.push({
      start: hit.start,
      end: hit.end,
      actorId: nationalSeed(k, kind, iso2).id,
      kind: "alias",
    });
    seeds.push(nationalSeed(k, kind, iso2));
  }
}

/**
 * "Taiwan said it would send a coast guard cutter", "accused Qatar of sending coast guard boats": the
 * bare service right after a verb of sending belongs to the sentence's subject, its first state named
 * before the verb, or to the object of "accused X of sending", "urged X to deploy".
 */
function deployer(body: string, countries: readonly Candidate[], hit: Span): string | undefined {
  const open = sentenceOpening(body, hit.start);
  const m = SENT_BEFORE.exec(body.slice(open, hit.start));
  if (!m) return undefined;
  const verbAt = open + m.index;
  const inClause = countries.filter((c) => c.start >= open && c.end <= verbAt);
  // "accused Qatar of sending", "urged Togo to deploy": that object; else the subject, the first state.
  const object = inClause.at(-1);
  const controls = object && CONTROL_GAP.test(body.slice(object.end, verbAt + 1));
  const agent = controls ? object : inClause[0];
  return agent?.actorId.startsWith("country:") ? agent.actorId.slice(8).toUpperCase() : undefined;
}
/** "Qatar of", "Togo on Monday to": an object, a short adverbial, then "of" or "to" before the verb. */
const CONTROL_GAP = /^[\s\u00a0]+(?:[^,.;:“”"]{1,24}[\s\u00a0]+)?(?:of|to)[\s\u00a0]*$/u;
/** A verb of sending or basing, then at most a determiner and a number, right before the body. */
const SENT_BEFORE =
  /(?:^|[^\p{L}])(?:send|sends|sent|sending|deploy|deploys|deployed|deploying|dispatch|dispatches|dispatched|dispatching|despatched|station|stations|stationed|stationing|move|moved|moving|mobilised|mobilized)[\s\u00a0]+(?:(?:a|an|the|its|their|two|three|four|five|several|more|additional|extra|\d+)[\s\u00a0]+)*$/u;

/**
 * "In Beijing, foreign ministry spokesman X said …": a sentence opened by "In <capital or country>,"
 * places the bare body that follows the comma in that country. So does an opening frame that ends
 * in the place ("At a briefing in Beijing, …") or one whose body comes later in the sentence ("In
 * Ecuador, nine people were arrested, the interior ministry said"), when no country is named between.
 */
/** Between a place frame's comma and its body: "the", maybe with a modifier of control. */
const ADJACENT_GAP = new RegExp(`^(?:the[\\s\\u00a0]+(?:${CONTROL_MODIFIER}[\\s\\u00a0]+)?)?$`, "u");

function placeFrame(
  body: string,
  k: Knowledge,
  hit: Span,
  countries: readonly Candidate[],
  /** Only a body right after the frame's comma ("In Lima, the navy …") counts. */
  adjacent = false,
): string | undefined {
  const from = sentenceOpening(body, hit.start);
  const m = PLACE_FRAME.exec(body.slice(from, hit.start));
  const place = m?.[1];
  if (!m || !place) return undefined;
  const frameEnd = from + m[0].length;
  if (adjacent && !ADJACENT_GAP.test(body.slice(frameEnd, hit.start))) return undefined;
  if (countries.some((c) => c.start >= frameEnd && c.end <= hit.start)) return undefined;
  return placeCountry(k, place);
}

/**
 * "China urged restraint. Foreign ministry spokesman X said …", "Iran rejected the charge. The foreign
 * ministry said …": a civil body opening a sentence (or the tag after a quotation that opens it), right after a sentence of the same paragraph
 * whose subject is a state, is that state's, whatever bodies of its kind were named before.
 */
function previousSubject(
  body: string,
  countries: readonly Candidate[],
  hit: Span,
  kind: NationalOrgKind,
): string | undefined {
  if (NOT_SEATED.test(kind.key)) return undefined;
  // "China objected. “…,” foreign ministry spokesman X said": the tag after a fronted quotation counts.
  const fronted = frontedQuoteOpening(body, hit.start);
  const open = fronted ?? sentenceOpening(body, hit.start);
  if (open < 2 || (fronted === undefined && !/^(?:The[\s\u00a0]+)?$/.test(body.slice(open, hit.start))))
    return undefined;
  const previous = sentenceOpening(body, body.slice(0, open).search(/[\s\u00a0.!?”"’]*$/u));
  if (body.slice(previous, open).includes("\n")) return undefined;
  const subject = countries.find((c) => c.start >= previous && c.start < open);
  if (
    !subject?.actorId.startsWith("country:") ||
    !/^(?:The[\s\u00a0]+)?$/.test(body.slice(previous, subject.start))
  )
    return undefined;
  return subject.actorId.slice("country:".length).toUpperCase();
}

/** A quotation's closing mark right before an attribution tag ("…,” the ministry said"). */
const CLOSE_BEFORE_TAG = /[,!?][”"][\s\u00a0]+(?:[Tt]he[\s\u00a0]+)?$/u;

/**
 * "“We will not yield,” foreign ministry spokesman X said": a tag after a quotation that opens its
 * sentence opens the speaker's clause as a sentence-initial body would. Gives where that sentence
 * starts (before the opening quotation mark), or undefined when `at` follows no such quotation.
 */
export function frontedQuoteOpening(body: string, at: number): number | undefined {
  const from = Math.max(0, at - 16);
  const m = CLOSE_BEFORE_TAG.exec(body.slice(from, at));
  if (!m) return undefined;
  const close = from + m.index + 1;
  const open = body[close] === "”" ? body.lastIndexOf("“", close) : body.lastIndexOf('"', close - 1);
  if (open < 0 || body.slice(open, close).includes("\n")) return undefined;
  const start = sentenceOpening(body, open);
  return /^[\s\u00a0]*$/u.test(body.slice(start, open)) ? start : undefined;
}

/**
 * "The Office of the Prime Minister in Addis Ababa said", "the foreign ministry in Vilnius", "police in
 * Ruritania": a bare civil body seated in a capital or country named right after it is that state's.
 * Missions and armed services are not ("the embassy in Kabul", "troops in Mali" are foreign ones).
 */
function seatAfter(body: string, k: Knowledge, hit: Span, kind: NationalOrgKind): string | undefined {
  if (NOT_SEATED.test(kind.key)) return undefined;
  const place = SEAT_AFTER.exec(body.slice(hit.end, hit.end + 40))?.[1];
  return place ? placeCountry(k, place) : undefined;
}
const NOT_SEATED =
  /^(?:embassy|consulate|armed-forces|army|navy|air-force|coast-guard|border-guard|intelligence)$/;
/** " in Addis Ababa" right after the body, the place not itself opening a longer name. */
export const SEAT_AFTER =
  /^[\s\u00a0]+in[\s\u00a0]+(?:the[\s\u00a0]+)?(\p{Lu}[\p{L}-]*(?:[\s\u00a0]+\p{Lu}[\p{L}-]*){0,2})(?![\p{L}-]|[\s\u00a0]+\p{Lu})/u;

/** "In Lima,", "At a briefing in Lima,", "Speaking in Lima,": a sentence-opening place frame. */
export const PLACE_FRAME =
  /^(?:In|At|Speaking[\s\u00a0]+in|(?:In|At)[\s\u00a0]+(?:a|an|the|his|her|its)[\s\u00a0][^,.;:“”"]{0,50}?[\s\u00a0]in)[\s\u00a0]+(\p{Lu}[\p{L}-]*(?:[\s\u00a0]+\p{Lu}[\p{L}-]*)?),[\s\u00a0]/u;

/** Start of the sentence holding `at` (after the last stop, quotation end or line break). */
export function sentenceOpening(body: string, at: number): number {
  const text = body.slice(Math.max(0, at - 300), at);
  const m = /(?:^|[.!?][”"]?[\s\u00a0]+|\n[\s\u00a0]*)(?=[^.!?\n]*$)/u.exec(text);
  return Math.max(0, at - 300) + (m ? m.index + m[0].length : 0);
}

/**
 * "Ecuador’s navy … Colombia said its navy … the navy says": when bodies of that kind of two or more
 * states came before, the bare one is the home state's (the story's own), if it is one of them.
 */
function ambiguousHome(sameKind: readonly Candidate[], home: string | undefined): string | undefined {
  const isos = new Set(sameKind.map((c) => c.actorId.split(":")[1]?.toUpperCase()));
  return home && isos.size > 1 && isos.has(home.toUpperCase()) ? home.toUpperCase() : undefined;
}

/** A reporting verb earlier in the sentence: what follows may be someone's reported words. */
const REPORTED_BEFORE = /\b(?:said|says|saying|told|tells|added|warned|insisted|stressed)\b/;

/** "the country’s " right before a body. */
const COUNTRY_POSSESSIVE =
  /\bthe[\s\u00a0]+country[’']s[\s\u00a0]+(?:(?:main|top|national|federal|domestic|elite|maritime|marine|coastal|riot|paramilitary|special|secret)[\s\u00a0]+)?$/i;

/**
 * "The Ruritanian Harbour Authority, which serves as the country’s coast guard": in a relative clause
 * on the sentence's subject, "the country" is the subject's, its first country reference.
 */
function antecedentCountry(body: string, countries: readonly Candidate[], at: number): string | undefined {
  const open = sentenceOpening(body, at);
  const relative = /,[\s\u00a0]+(?:which|who)[\s\u00a0]/.exec(body.slice(open, at));
  if (!relative) return undefined;
  const first = countries.find((c) => c.start >= open && c.end <= open + relative.index);
  return first?.actorId.startsWith("country:")
    ? first.actorId.slice("country:".length).toUpperCase()
    : undefined;
}

/** Keys of a state's armed services, for "the military" after one of them. */
const MILITARY = /^(?:armed-forces|army|navy|air-force)$/;

/** Patterns too generic to stand for one state's body without a country ("troops", "forces", "naval vessels"). */
const NEVER_BARE = /^(?:forces|troops|soldiers|military forces|naval [a-z ]+|intelligence|prosecutors)$/i;

/**
 * A national body named without its country but as a definite reference: "the foreign ministry",
 * "its defence ministry", or a capitalised name opening a sentence ("Interior ministry spokeswoman X").
 */
function isBareReference(body: string, hit: Span & { text: string }, kind: NationalOrgKind): boolean {
  if (NEVER_BARE.test(hit.text) || kind.defaultCountry) return false;
  const before = body.slice(Math.max(0, hit.start - 32), hit.start);
  // "firms associated with the military": after a preposition, the armed forces are a generic idea.
  if (
    /^(?:military|armed forces)$/i.test(hit.text) &&
    /\b(?:with|of|for|by|to|from|against|on|in)[\s\u00a0]+the[\s\u00a0]+$/i.test(before)
  )
    return false;
  // "a retired army general", "senior army officers": a body word modifying a post is that state's body.
  if (POST_AFTER.test(body.slice(hit.end, hit.end + 24))) return true;
  // "a coast guard cutter", "police patrols": a service's word before its craft or unit is its own.
  if (SERVICE.test(hit.text) && ASSET_AFTER.test(body.slice(hit.end, hit.end + 24))) return true;
  // "the ministry said police had detained …": a service without article opening a reported clause.
  if (
    SERVICE.test(hit.text) &&
    REPORTED_SUBJECT.test(before) &&
    FINITE_AFTER.test(body.slice(hit.end, hit.end + 16))
  )
    return true;
  return (
    /(?:\b(?:the|The|its)[\s\u00a0]+|(?:^|[.!?”]\s+|\n\s*))$/.test(before) ||
    (LEVEL_BEFORE.test(before) && (!/regional[\s\u00a0]+$/.test(before) || LOCAL_KIND.test(kind.orgType))) ||
    CONTROLLED_BARE.test(body.slice(Math.max(0, hit.start - 40), hit.start)) ||
    COUNTRY_POSSESSIVE.test(before) ||
    undetermined(body, hit)
  );
}

/**
 * "the regional prosecutor’s office", "the district police": a level of the state between the
 * article and the body's word still makes a definite reference to that state's body.
 */
const LEVEL_BEFORE =
  /\b(?:the|The|its)[\s\u00a0]+(?:regional|provincial|district|local|municipal|city|county)[\s\u00a0]+$/;
/** "Regional" may also mean a bloc's ("the regional central bank"): only police and prosecutors are a state's. */
const LOCAL_KIND = /^(?:law enforcement|prosecution)$/;

/** Services that field craft and patrols, in the words their kinds match. */
const SERVICE =
  /^(?:coast[\s\u00a0]?guards?|coastguards?|police|border[\s\u00a0]+(?:guards?|police)|navy|army)$/i;
/** The craft, units or posts of a service right after its word ("coast guard cutters", "police units"). */
const ASSET_AFTER =
  /^[\s\u00a0]+(?:patrol[\s\u00a0]+)?(?:ships?|vessels?|boats?|cutters?|patrols?|craft|aircraft|helicopters?|planes?|units?|warships?|frigates?|gunboats?|launch(?:es)?|stations?|posts?|teams?)(?![\p{L}])/u;
/** A reported clause opening right before the body: "said police", "told reporters that border guards". */
const REPORTED_SUBJECT = /(?:^|[^\p{L}])(?:said|says|say|that)[\s\u00a0]+$/u;
/** A finite verb after that subject ("police had detained", "border guards were put", "police arrested"). */
const FINITE_AFTER = /^[\s\u00a0]+(?:had|have|has|were|was|would|will|are|is|\p{Ll}+ed)(?![\p{L}])/u;

/** "the Taliban-run defence ministry": a body named by its modifier of control, without its country. */
const CONTROLLED_BARE = new RegExp(`\\b(?:the|The|its)[\\s\\u00a0]+${CONTROL_MODIFIER}[\\s\\u00a0]+$`, "u");

/**
 * Posts held in a body, and its voice, after the body's word ("army general", "police chief", "ministry
 * spokesman", "a foreign ministry official|source|statement").
 */
const POST_AFTER =
  /^[\s\u00a0]+(?:general|generals|officer|officers|official|officials|source|sources|statement|chief|commander|spokesman|spokeswoman|spokesperson)(?![\p{L}])/u;

/** A legislature named without any article after a verb or "of" ("told parliament", "member of Parliament"). */
function undetermined(body: string, hit: Span & { text?: string }): boolean {
  const text = body.slice(hit.start, hit.end);
  if (!/^(?:parliament|legislature)$/i.test(text)) return false;
  const before = body.slice(Math.max(0, hit.start - 24), hit.start);
  // "told parliament", and in lower case after any verb or conjunction ("boycotted parliament",
  // "because parliament was sitting"), not after a determiner or a name ("the parliament", "EU parliament").
  return (
    /(?:^|[^\p{L}])(?:told|addressed|of|to|in|before|by)[\s\u00a0]+$/u.test(before) ||
    (/^parliament$/i.test(text) &&
      /(?:^|[^\p{L}])\p{Ll}+[\s\u00a0]+$/u.test(before) &&
      !/(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|our|this|that|whose|new|national|regional|state|provincial|federal|european)[\s\u00a0]+$/iu.test(
        before,
      ))
  );
}

/** A legislature spoken to or acted on ("told parliament", "boycotted parliament"), not "member of Parliament". */
function addressed(body: string, at: number): boolean {
  return !/(?:^|[^\p{L}])(?:of|to|in|before|by)[\s\u00a0]+$/u.test(body.slice(Math.max(0, at - 8), at));
}

/** The country named last before `at` in its sentence, if any (the minister who "told parliament"). */
function countryBeforeInSentence(
  body: string,
  countries: readonly Candidate[],
  at: number,
): string | undefined {
  const open = sentenceOpening(body, at);
  const last = countries
    .filter((c) => c.start >= open && c.end <= at && c.actorId.startsWith("country:"))
    .at(-1);
  return last?.actorId.slice("country:".length).toUpperCase();
}

/**
 * The home state only when the lead names one state first on its own: a story opening on a pair
 * ("Ruritania and Osterlich signed …") has no single home for bodies named without a country.
 */
export function soleHomeCountry(
  body: string,
  countries: readonly Candidate[],
  k?: Knowledge,
): string | undefined {
  const home = homeCountry(body, countries, k);
  if (!home) return undefined;
  const h = home.toLowerCase();
  const first = countries.find((c) => c.actorId === `country:${h}` || c.actorId.startsWith(`org:${h}:`));
  const next = first ? countries[lowerBound(countries, first.end)] : undefined;
  const isoOf = (c: Candidate) => c.actorId.split(":")[1];
  if (next && isoOf(next) === h) return home;
  if (first && next && /^(?:[\s\u00a0]+and|,)[\s\u00a0]+$/.test(body.slice(first.end, next.start)))
    return undefined;
  return home;
}

/** Dateline opening a wire story: "CITY, Mon. D (Agency) —" or "CITY, Month D:". */
export const DATELINE_OPENING =
  /^[\s\u00a0]*\p{Lu}[\p{Lu}’'.\s\u00a0-]*,[\s\u00a0]+\p{Lu}\p{Ll}{2,8}\.?[\s\u00a0]+\d{1,2}(?:[\s\u00a0]*\([^)]{1,40}\))?[\s\u00a0]*[—–:-]+[\s\u00a0]*/u;

/**
 * The article's home country: the first country referred to after the dateline, in the lead
 * paragraph. Wire copy names a body of that country without its country ("the foreign ministry").
 */
export function homeCountry(
  body: string,
  countries: readonly Candidate[],
  k?: Knowledge,
): string | undefined {
  const dateline = DATELINE_OPENING.exec(body)?.[0];
  const leadStart = dateline?.length ?? 0;
  const paragraphEnd = body.indexOf("\n", leadStart);
  // A national body's id carries its country ("German police" → org:de:police).
  const lead = countries.filter(
    (c) =>
      c.start >= leadStart &&
      (paragraphEnd < 0 || c.start < paragraphEnd) &&
      /^(?:country|org):[a-z]{2}(?::|$)/.test(c.actorId),
  );
  const isos = lead.map((c) => c.actorId.split(":")[1]?.toUpperCase());
  // "BUCHAREST — A Russian drone crossed …, Romania’s defence ministry said": the state whose capital
  // heads the dateline is the story's own when its lead names it too (a venue's host it names not).
  const seat = k && dateline ? datelineCountry(k, dateline) : undefined;
  return seat && isos.includes(seat) ? seat : isos[0];
}

/** The state whose capital (or other seat) opens a dateline ("BUCHAREST, Jan. 22 (Agerpres) —"). */
function datelineCountry(k: Knowledge, dateline: string): string | undefined {
  const place = /^[\s\u00a0]*([^,]+),/u.exec(dateline)?.[1]?.trim();
  if (!place) return undefined;
  const cased = place.toLowerCase().replace(/(^|[\s\u00a0'’-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
  return placeCountry(k, cased);
}

/** Keeps the longest of overlapping candidates (earlier first on ties). */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept spans never overlap each other, so only the neighbours by start can overlap a new one.
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const i = lowerBound(kept, c.start);
    const prev = kept[i - 1];
    const next = kept[i];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    kept.splice(i, 0, c);
  }
  return kept;
}
