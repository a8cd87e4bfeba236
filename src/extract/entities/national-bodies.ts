// National bodies whose country is not written right before them: one shared with a coordinated
// body ("Ruritanian police and soldiers"), the owner of "its"/"their" ("the ministry said its forces"),
// and a plural or distributive body of a pair of states ("Ruritania and Osterlich … both navies").
// Also ministries without a knowledge key, named by their portfolio ("Osterlich’s fisheries ministry").

import type { Knowledge, NationalOrgKind } from "../knowledge/knowledge.ts";
import { countryId, slugify } from "../text/ids.ts";
import { CONTROL_MODIFIER, WS } from "../text/patterns.ts";
import { execAll, lowerBound } from "../text/text.ts";
import type { Span } from "../types.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";

const isoOf = (c: Candidate) => c.actorId.split(":")[1]?.toUpperCase();

/** The country reference ending right before `at` (only blanks between), if any. */
export function countryRightBefore(
  body: string,
  countries: readonly Candidate[],
  at: number,
): Candidate | undefined {
  const before = countries[lowerBound(countries, at) - 1];
  return before && before.end <= at && /^[\s\u00a0]+$/.test(body.slice(before.end, at)) ? before : undefined;
}

const MODIFIER_BEFORE = new RegExp(`${CONTROL_MODIFIER}${WS}+$`, "u");

/** "Lebanon’s Hezbollah-run health ministry": the possessive owner before a modifier of control. */
export function possessiveBeforeModifier(
  body: string,
  countries: readonly Candidate[],
  at: number,
): Candidate | undefined {
  const m = MODIFIER_BEFORE.exec(body.slice(Math.max(0, at - 32), at));
  const owner = m ? countryRightBefore(body, countries, at - m[0].length) : undefined;
  return owner?.kind === "possessive" ? owner : undefined;
}

/** Lower-case patterns of every national kind ("police", "coast guard"), for coordinated bodies. */
const kindWords = new WeakMap<Knowledge, Set<string>>();
export function nationalWords(k: Knowledge): Set<string> {
  let words = kindWords.get(k);
  if (!words) {
    words = new Set(k.nationalKinds.flatMap((kind) => kind.patterns.map((p) => p.toLowerCase())));
    kindWords.set(k, words);
  }
  return words;
}

/**
 * The country of a body that has none written before it: "Ruritanian police and soldiers" (the
 * coordinated body's country) or "its troops" (the nearest country before it in the same sentence).
 */
export function impliedCountry(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  hit: Span,
): string | undefined {
  const before = body.slice(Math.max(0, hit.start - 60), hit.start);
  const coordinated = new RegExp(`(?<![\\p{L}])((?:[\\p{Ll}]+${WS}+){1,2})and${WS}+$`, "u").exec(before);
  if (coordinated?.[1] && nationalWords(k).has(coordinated[1].trim().replace(/[\s\u00a0]+/g, " "))) {
    const at = hit.start - coordinated[0].length;
    const owner = countryRightBefore(body, countries, at);
    if (owner) return isoOf(owner);
  }
  if (!/(?:^|[^\p{L}])(?:[Ii]ts|[Tt]heir)[\s\u00a0]+$/u.test(before)) return undefined;
  // The nearest country before, without crossing a sentence end.
  const from = Math.max(0, hit.start - 200);
  const text = body.slice(from, hit.start);
  const lastStop = Math.max(text.lastIndexOf(". "), text.lastIndexOf(".\n"), text.lastIndexOf("? "));
  const start = lastStop >= 0 ? from + lastStop + 1 : from;
  const inSentence = countries.filter((c) => c.start >= start && c.end <= hit.start);
  // "Ruritania closed its border with Osterlich, its interior ministry said": the attribution tag
  // after the clause speaks for the clause's subject, the sentence's first country, not the nearest.
  // "Ruritania accused Osterlich of … and said its border guards …": "its" right after the subject's
  // own reporting verb is the subject's too.
  const subjects =
    trailingTag(body, hit) ||
    SAID_ITS.test(before) ||
    participleOwner(body, inSentence, hit) ||
    instrumentOwner(body, inSentence, hit);
  // "Jordan summoned Iraq’s envoy after its air force …", "Chile fined an Argentine trawler with its
  // navy": an adjective or a possessor inside a noun phrase is no antecedent of "its" when a state
  // named as a noun phrase of its own came before.
  const singular = /(?:^|[^\p{L}])[Ii]ts[\s\u00a0]+$/u.test(before);
  const phrases = inSentence.filter((c) => c.kind !== "demonym" && c.kind !== "possessive");
  const owner = subjects ? inSentence[0] : ((singular ? phrases.at(-1) : undefined) ?? inSentence.at(-1));
  if (owner) return isoOf(owner);
  // "Uruguay backed Asunción. Its foreign ministry said …": a sentence opening on "Its" continues
  // the subject of the sentence before, its first country; so does the "its" of a tag set off by a
  // comma in a sentence that names no country before it ("Uruguay objected. The canal, its water
  // agency said, …").
  const opening = /^[\s\u00a0]*(?:Its|Their)[\s\u00a0]+$/u.test(body.slice(start, hit.start));
  const tag = inSentence.length === 0 && /,[\s\u00a0]+(?:its|their)[\s\u00a0]+$/u.test(before);
  if (lastStop < 0 || !(opening || tag)) return undefined;
  const previous = body.slice(Math.max(0, start - 300), start);
  const previousStop = Math.max(previous.lastIndexOf(". ", previous.length - 3), previous.lastIndexOf("\n"));
  const previousStart = Math.max(0, start - 300) + (previousStop >= 0 ? previousStop + 1 : 0);
  const subject = countries.find((c) => c.start >= previousStart && c.end <= start);
  return subject ? isoOf(subject) : undefined;
}

/**
 * "Ruritania lodged a protest with Osterlich through its embassy", "conveyed its concern to the
 * Osterlich side via its mission": the means belong to the one who acts, the sentence's subject,
 * not to the state named as the addressee right before, when no reported clause comes between.
 */
function instrumentOwner(body: string, inSentence: readonly Candidate[], hit: Span): boolean {
  const subject = inSentence[0];
  const addressee = inSentence.at(-1);
  if (!subject || !addressee || subject === addressee) return false;
  if (!INSTRUMENT_ITS.test(body.slice(addressee.end, hit.start))) return false;
  const lead = body.slice(Math.max(0, addressee.start - 12), addressee.start);
  return ADDRESSEE_BEFORE.test(lead) && !REPORTED_BETWEEN.test(body.slice(subject.end, addressee.start));
}
/** "… through its", "… via their": a means phrase right after the addressee, no clause break. */
const INSTRUMENT_ITS = /^[^.;:,“”"]{0,40}?(?:^|[^\p{L}])(?:through|via)[\s\u00a0]+(?:its|their)[\s\u00a0]+$/u;
/** The addressee of a verb of protest or message: "with", "to", "on", maybe "the". */
const ADDRESSEE_BEFORE = /(?:^|[^\p{L}])(?:with|to|on)[\s\u00a0]+(?:the[\s\u00a0]+)?$/u;
/** A reported clause between subject and addressee: then "its" may be the inner subject's. */
const REPORTED_BETWEEN = /(?:^|[^\p{L}])(?:said|says|told|that|accused|which|who)(?![\p{L}])/u;

/**
 * "Ruritania expelled an Osterlich diplomat, accusing him of recruiting inside its army": in a
 * participle clause that names no country of its own, "its" is the sentence subject's.
 */
function participleOwner(body: string, inSentence: readonly Candidate[], hit: Span): boolean {
  const nearest = inSentence.at(-1);
  if (!nearest || inSentence.length < 2) return false;
  return /,[\s\u00a0]+\p{Ll}+ing[\s\u00a0]/u.test(body.slice(nearest.end, hit.start));
}

/** "… and said its", ", saying their": a possessive opening the subject's own reported clause. */
const SAID_ITS =
  /(?:(?:^|[^\p{L}])and[\s\u00a0]+(?:said|added|announced|stated)|,[\s\u00a0]*(?:saying|adding))[\s\u00a0]+(?:that[\s\u00a0]+)?(?:its|their)[\s\u00a0]+$/u;

/** Reporting verbs that close an attribution tag (", its foreign ministry said."). */
const TAG_VERB =
  /^[\s\u00a0]+(?:(?:also|later|earlier|separately)[\s\u00a0]+)?(?:said|says|told|announced|reported|added|stated|confirmed|wrote|posted|tweeted)(?![\p{L}])/u;

/** The body is the subject of an attribution tag: ", its <body> said" (a comma before "its"). */
function trailingTag(body: string, hit: Span): boolean {
  const before = body.slice(Math.max(0, hit.start - 12), hit.start);
  return (
    /,[\s\u00a0]+(?:its|their)[\s\u00a0]+$/u.test(before) && TAG_VERB.test(body.slice(hit.end, hit.end + 30))
  );
}

/** Plural or distributive forms of national kinds: "the two navies", "both armies", "each navy". */
const PAIR_FORMS: Record<string, string> = {
  navies: "navy",
  navy: "navy",
  armies: "army",
  army: "army",
  "air forces": "air-force",
  "air force": "air-force",
  "coast guards": "coast-guard",
  "coast guard": "coast-guard",
  "foreign ministries": "ministry-of-foreign-affairs",
  "defence ministries": "ministry-of-defense",
  "defense ministries": "ministry-of-defense",
  parliaments: "parliament",
  "armed forces": "armed-forces",
};

/** The first pair of coordinated countries in the text before `at` ("Ruritania and Osterlich agreed"). */
function firstPair(
  body: string,
  countries: readonly Candidate[],
  at: number,
  from = 0,
): [string, string] | undefined {
  for (let i = from > 0 ? lowerBound(countries, from) : 0; i + 1 < countries.length; i++) {
    const a = countries[i];
    const b = countries[i + 1];
    if (!a || !b || b.start >= at) return undefined;
    const ia = isoOf(a);
    const ib = isoOf(b);
    if (ia && ib && ia !== ib && /^[\s\u00a0]+and[\s\u00a0]+$/.test(body.slice(a.end, b.start)))
      return [ia, ib];
  }
  return undefined;
}

/** One body of `kind` for each state of `pair`; the n-th span, when given, is the n-th body's mention. */
function addPairBodies(
  out: { candidates: Candidate[]; seeds: ActorSeed[] },
  pair: readonly string[],
  kind: NationalOrgKind,
  seedOf: (kind: NationalOrgKind, iso2: string) => ActorSeed,
  spans: readonly { start: number; end: number }[],
): void {
  pair.forEach((iso2, n) => {
    const seed = seedOf(kind, iso2);
    const span = spans[n];
    if (span) out.candidates.push({ ...span, actorId: seed.id, kind: "title" });
    out.seeds.push(seed);
  });
}

/** "both navies", and with the states named: "both countries’ coast guards", "each nation’s navy". */
const PAIRED = new RegExp(
  `\\b(?:[Tt]he${WS}+two|[Bb]oth|[Ee]ach)(?:${WS}+(?:countries|nations|states|sides|country|nation|state|side)[’'](?:s)?)?${WS}+(${Object.keys(PAIR_FORMS).join("|")})(?![\\p{L}])`,
  "gu",
);

/** "Both navies", "the two armies", "one ship from each navy": one body for each state of the story's pair. */
export function pairedBodies(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  seedOf: (kind: NationalOrgKind, iso2: string) => ActorSeed,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const out: { candidates: Candidate[]; seeds: ActorSeed[] } = { candidates: [], seeds: [] };
  for (const m of execAll(PAIRED, body)) {
    const kind = k.nationalKinds.find((x) => x.key === PAIR_FORMS[m[1] ?? ""]);
    const pair = firstPair(body, countries, m.index ?? 0);
    if (!kind || !pair) continue;
    // Two bodies, one phrase: the noun is the first state's mention, the quantifier the second's.
    const at = m.index ?? 0;
    const noun = at + m[0].length - (m[1]?.length ?? 0);
    const quantifier = at + (m[0].match(/^\S+(?:[\s\u00a0]+two)?/)?.[0].length ?? 0);
    addPairBodies(out, pair, kind, seedOf, [
      { start: noun, end: at + m[0].length },
      { start: at, end: quantifier },
    ]);
  }
  return out;
}

/**
 * "Ruritania and Osterlich said their navies would drill together", "the two ministers signed a pact
 * between their coast guards": "their" before a plural body stands for a pair of states when the
 * sentence names the pair before it, or speaks of "the two" or "both" (then the story's pair).
 */
export function theirPairBodies(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  seedOf: (kind: NationalOrgKind, iso2: string) => ActorSeed,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const out: { candidates: Candidate[]; seeds: ActorSeed[] } = { candidates: [], seeds: [] };
  if (!/\b[Tt]heir\b/.test(body)) return out;
  for (const m of execAll(THEIR_PLURAL, body)) {
    const at = m.index ?? 0;
    const kind = k.nationalKinds.find((x) => x.key === PLURAL_BODIES[(m[1] ?? "").toLowerCase()]);
    const open = Math.max(body.lastIndexOf("\n", at), body.lastIndexOf(". ", at)) + 1;
    const pair =
      firstPair(body, countries, at, open) ??
      (BOTH_OR_TWO.test(body.slice(open, at)) ? firstPair(body, countries, at) : undefined);
    if (!kind || !pair) continue;
    const noun = at + m[0].length - (m[1]?.length ?? 0);
    addPairBodies(out, pair, kind, seedOf, [
      { start: noun, end: at + m[0].length },
      { start: at, end: at + 5 },
    ]);
  }
  return out;
}
/** Plural national bodies ("their navies", "the A and B coast guards") and the key of each one's body. */
const PLURAL_BODIES: Record<string, string> = {
  navies: "navy",
  armies: "army",
  "air forces": "air-force",
  "coast guards": "coast-guard",
  coastguards: "coast-guard",
  "border guards": "border-guard",
  "police forces": "police",
  "foreign ministries": "ministry-of-foreign-affairs",
  "defence ministries": "ministry-of-defense",
  "defense ministries": "ministry-of-defense",
  "interior ministries": "ministry-of-interior",
  parliaments: "parliament",
  "central banks": "central-bank",
  "intelligence services": "intelligence",
  "armed forces": "armed-forces",
  militaries: "armed-forces",
};
const THEIR_PLURAL = new RegExp(
  `\\b[Tt]heir(?:${WS}+respective)?${WS}+(${Object.keys(PLURAL_BODIES).join("|")})(?![\\p{L}])`,
  "giu",
);
const BOTH_OR_TWO = /\b(?:[Tt]he[\s\u00a0]+two|[Bb]oth)[\s\u00a0]/u;

/** Plural bodies after coordinated country references: "the Ruritanian and Osterlich navies". */
const COORDINATED_FORMS: Record<string, string> = {
  ...PLURAL_BODIES,
  police: "police",
  troops: "armed-forces",
  forces: "armed-forces",
  soldiers: "armed-forces",
};
const COORDINATED_PLURAL = new RegExp(
  `(?<=[\\p{L}.])${WS}+(${Object.keys(COORDINATED_FORMS).join("|")})(?![\\p{L}])`,
  "gu",
);

/**
 * "The Ruritanian and Osterlich navies", "Ruritanian, Osterlich and Borduran police": one body of
 * the kind for each country reference of the list right before the plural noun. The last reference
 * and the noun are the last body's mention, each earlier reference its own body's.
 */
export function coordinatedBodies(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  seedOf: (kind: NationalOrgKind, iso2: string) => ActorSeed,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  if (!/\band\b/.test(body)) return { candidates, seeds };
  for (const m of execAll(COORDINATED_PLURAL, body)) {
    const at = m.index ?? 0;
    const kind = k.nationalKinds.find((x) => x.key === COORDINATED_FORMS[m[1] ?? ""]);
    const list = coordinatedBefore(body, countries, at);
    if (!kind || list.length < 2) continue;
    list.forEach((c, n) => {
      const iso2 = isoOf(c);
      if (!iso2) return;
      const seed = seedOf(kind, iso2);
      const end = n === list.length - 1 ? at + m[0].length : c.end;
      candidates.push({ start: c.start, end, actorId: seed.id, kind: "alias" });
      seeds.push(seed);
    });
  }
  return { candidates, seeds };
}

/** The demonyms or names ending at `at`, joined by commas and a last "and" ("A, B and C"), in order. */
function coordinatedBefore(body: string, countries: readonly Candidate[], at: number): Candidate[] {
  const list: Candidate[] = [];
  let i = lowerBound(countries, at) - 1;
  let end = at;
  for (; i >= 0; i--) {
    const c = countries[i];
    // "Ruritania and Osterlich’s navies": the reference next to the plural noun may be possessive.
    if (
      !c ||
      c.end > end ||
      !c.actorId.startsWith("country:") ||
      (c.kind === "possessive" && list.length > 0)
    )
      break;
    const gap = body.slice(c.end, end);
    const joiner =
      list.length === 0
        ? /^(?:[’']s?)?$/
        : list.length === 1
          ? /^,?[\s\u00a0]+and[\s\u00a0]+$/
          : /^,[\s\u00a0]+$/;
    if (!joiner.test(gap)) break;
    list.unshift(c);
    end = c.start;
  }
  const isos = new Set(list.map(isoOf));
  return isos.size === list.length ? list : [];
}

/**
 * The portfolio as the story spells it out in a title ("water" → "water resources" after "Water
 * Resources Minister X"): one body, one id.
 */
function fullPortfolio(body: string, portfolio: string): string {
  const word = portfolio.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (portfolio.includes(" ")) return portfolio;
  const m = new RegExp(
    `(?<![\\p{L}])${word}((?:${WS}+\\p{Lu}\\p{Ll}+){1,2})${WS}+Minist(?:er|ry)(?![\\p{L}])`,
    "u",
  ).exec(body);
  return m?.[1]
    ? `${portfolio} ${m[1]
        .trim()
        .toLowerCase()
        .replace(/[\s\u00a0]+/g, " ")}`
    : portfolio;
}

/** The seed of a keyless ministry, `org:<iso2>:ministry-of-<portfolio>`, shown as "Ministry of <Shown> of <Country>". */
function portfolioMinistry(k: Knowledge, iso2: string, portfolio: string, shown: string): ActorSeed {
  return {
    id: `org:${iso2.toLowerCase()}:ministry-of-${slugify(portfolio)}`,
    kind: "Organization",
    name: `Ministry of ${shown} of ${k.countries.get(iso2)?.name ?? iso2}`,
    orgType: "ministry",
    countryId: countryId(iso2),
  };
}

/** "the Chinese Commerce Ministry", "the Indian External Affairs Ministry": capitalised alike. */
const PORTFOLIO_MINISTRY = new RegExp(
  `(?<![\\p{L}’'-])((?:\\p{Ll}+${WS}+){1,2}|(?:\\p{Lu}\\p{Ll}+${WS}+){1,2}(?=M))[Mm]inistry(?![\\p{L}])`,
  "gu",
);

/**
 * "Osterlich’s fisheries ministry": a ministry without a knowledge key, named by a lower-case
 * portfolio after its country, is `org:<iso2>:ministry-of-<portfolio>`.
 */
export function portfolioMinistries(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  home?: string,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  const known = nationalWords(k);
  // Every match ends in "[Mm]inistry": a body without "inistry" is not scanned.
  const matches = body.includes("inistry") ? execAll(PORTFOLIO_MINISTRY, body) : [];
  for (const m of matches) {
    // "the Kenyan Health Ministry": a capitalised demonym opening the words is the owner.
    const at = m.index ?? 0;
    const lead = countries.find((c) => c.start === at && c.end < at + (m[1] ?? "").length);
    // "of the oil ministry": the article opens the match but is not part of the portfolio.
    const from = lead?.end ?? at + (/^the[\s\u00a0]+/.exec(m[1] ?? "")?.[0].length ?? 0);
    let portfolio = body
      .slice(from, at + (m[1] ?? "").length)
      .trim()
      .replace(/[\s\u00a0]+/g, " ")
      .toLowerCase();
    if (
      !portfolio ||
      known.has(`${portfolio} ministry`) ||
      /\b(?:the|a|an|its|their|of|and|said)\b/.test(portfolio)
    )
      continue;
    const controller = lead ? undefined : possessiveBeforeModifier(body, countries, at);
    const owner = lead ?? countryRightBefore(body, countries, at) ?? controller;
    const iso2 = owner ? isoOf(owner) : bareOwner(body, from, portfolio, candidates, home);
    if (!iso2) continue;
    portfolio = fullPortfolio(body, portfolio);
    const shown = portfolio.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    const found = portfolioMinistry(k, iso2, portfolio, shown);
    const start = controller ? from : (owner?.start ?? from);
    candidates.push({ start, end: at + m[0].length, actorId: found.id, kind: "alias" });
    seeds.push(found);
  }
  return { candidates, seeds };
}

/** Portfolios a bare "the <portfolio> ministry" names without its country. */
const BARE_PORTFOLIO =
  /^(?:oil|petroleum|energy|mines|mining|health|agriculture|fisheries|education|transport|environment|water|labour|labor|tourism|culture|information|communications|economy|industry|planning|telecommunications|security|public security|state security|immigration|emergencies|emergency|religious affairs|youth|sports|housing|infrastructure|reconstruction|refugees|veterans|justice|maritime affairs)$/;

/**
 * "a breach of the oil ministry’s network": a definite ministry named by its portfolio alone is the
 * one of that portfolio named before, else the home state's.
 */
function bareOwner(
  body: string,
  at: number,
  portfolio: string,
  found: readonly Candidate[],
  home: string | undefined,
): string | undefined {
  if (
    !BARE_PORTFOLIO.test(portfolio) ||
    !/(?:^|[^\p{L}])[Tt]he[\s\u00a0]+$/u.test(body.slice(Math.max(0, at - 5), at))
  )
    return undefined;
  const suffix = `:ministry-of-${slugify(portfolio)}`;
  const earlier = found.filter((c) => c.end <= at && c.actorId.endsWith(suffix)).at(-1);
  return earlier ? isoOf(earlier) : home;
}

/** "ministry of agriculture", "ministry of energy and mines": a lower-case portfolio after "of". */
const MINISTRY_OF = new RegExp(
  `(?<![\\p{L}])ministry${WS}+(?:of|for)${WS}+(\\p{Ll}+(?:${WS}+and${WS}+\\p{Ll}+)?)(?![\\p{L}])`,
  "gu",
);
/** Words that cannot be a portfolio ("ministry of the interior" is keyed; "of its …" is no name). */
const NOT_PORTFOLIO =
  /^(?:the|a|an|its|their|his|her|this|that|these|those|state|said|says|which|who|and|or|on|in|at|to)$/;

/**
 * "Tanzania’s ministry of agriculture", "the Kenyan ministry of energy and mines": a ministry
 * without a knowledge key named by "ministry of" and a lower-case portfolio after its country, the
 * same body as "Tanzania’s agriculture ministry" (`org:<iso2>:ministry-of-<portfolio>`).
 */
export function ofPortfolioMinistries(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  const known = nationalWords(k);
  for (const m of execAll(MINISTRY_OF, body)) {
    const at = m.index ?? 0;
    const words = (m[1] ?? "").split(/[\s\u00a0]+/);
    if (words.some((w) => NOT_PORTFOLIO.test(w) && w !== "and")) continue;
    const text = body
      .slice(at, at + m[0].length)
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, " ");
    // A keyed body ("ministry of foreign affairs", "ministry of defence") is read by its kind.
    if ([...known].some((p) => p.startsWith("ministry ") && (text.startsWith(p) || p.startsWith(text))))
      continue;
    const owner = countryRightBefore(body, countries, at);
    const iso2 = owner && isoOf(owner);
    if (!owner || !iso2) continue;
    const portfolio = words.join(" ");
    const shown = portfolio.replace(/\b(?!and\b)\p{Ll}/gu, (c) => c.toUpperCase());
    const found = portfolioMinistry(k, iso2, portfolio, shown);
    candidates.push({ start: owner.start, end: at + m[0].length, actorId: found.id, kind: "alias" });
    seeds.push(found);
  }
  return { candidates, seeds };
}
