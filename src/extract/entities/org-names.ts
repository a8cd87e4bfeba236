// Organisations missing from the knowledge base, recognised by the shape of their names:
// capitalised words ending in an organisation head noun ("East African Community") or a name
// introduced as an armed group ("the al-Shabaab militant group"). Ids are `org:<slug of name>`.

import type { Knowledge } from "../knowledge/knowledge.ts";
import { countryId, slugify } from "../text/ids.ts";
import { MONTH_PATTERN, WEEKDAY_PATTERN, WS } from "../text/patterns.ts";
import { capitalFirst, execAll, findAll, phrasesRegex, SpanIndex, squash } from "../text/text.ts";
import type { Span } from "../types.ts";
import { stateBodyCountry } from "./body-country.ts";
import { type ActorSeed, type Candidate, homeCountry } from "./gazetteer.ts";
import { NOT_NAME, VESSEL_BEFORE } from "./names.ts";
import { nationalKeyOf } from "./national-keys.ts";
import {
  coordinatesKnown,
  dropTitledConjunct,
  leadingNonName,
  tooShortAdministration,
} from "./org-shapes.ts";

const CAP = "\\p{Lu}[\\p{L}’'-]*";
const LEADING_ARTICLE = /^(?:The|A|An)[\s\u00a0]+/;
/** "Turkish-backed Syrian National Army": a hyphenated modifier before a name is not part of it. */
const COMPOUND_MODIFIER =
  /^(?:\p{Lu}[\p{L}.]*-(?:backed|led|based|funded|aligned|allied|linked|supported|controlled|run|owned|made|sponsored)[\s\u00a0]+)+/u;

/** "on Friday the Revolutionary Guard said": a weekday or month (and "the") before a name is not part of it. */
const DATE_LEAD = new RegExp(`^(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})${WS}+(?:the${WS}+)?`, "u");

/** "UN Interim Force in Lebanon (UNIFIL)": a place before the acronym belongs to the name. */
function inMissionEnd(body: string, end: number): number {
  const m =
    /^[\s\u00a0]+in[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu}[\p{L}-]*(?:[\s\u00a0]+\p{Lu}[\p{L}-]*){0,2}(?=[\s\u00a0]*\(\p{Lu}{2,}\))/u.exec(
      body.slice(end, end + 60),
    );
  return m ? end + m[0].length : end;
}

/** "Kyrgyz Energy Minister", "Fisheries Ministry": a head word before a post or ministry is a portfolio, not a name. */
const ROLE_AFTER_HEAD =
  "(?:Minister|Ministry|Secretary|Director|Commissioner|Chief|Spokesman|Spokeswoman|Spokesperson|Adviser|Advisor)(?![\\p{L}])";

const ARMED_NOUN = /group|movement|organi[sz]ation|network|militia/;

const orgRegexCache = new WeakMap<Knowledge, { named: RegExp; armed: RegExp; headFirst: RegExp }>();

/** The name-shape regexes built from the knowledge base's head nouns, compiled once per knowledge base. */
function orgRegexes(k: Knowledge): { named: RegExp; armed: RegExp; headFirst: RegExp } {
  let cached = orgRegexCache.get(k);
  if (cached) return cached;
  const heads = k.nameHeads.join("|");
  cached = {
    // The head may take a capitalised "for/of/on …" complement ("State Committee for National Security",
    // "Regional Authority on Water"), not a date ("the Authority on Monday").
    named: capitalFirst(
      new RegExp(
        `(?<![\\p{L}])(?:${CAP}${WS}+(?:(?:of|for|and|the|on)${WS}+)*)+(?:${heads})(?![\\p{L}]|-\\p{L})(?!${WS}+${ROLE_AFTER_HEAD})(${WS}+(?:for|of|on(?!${WS}+(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})(?![\\p{L}])))${WS}+(?:the${WS}+)?${CAP}(?:${WS}+(?:and${WS}+)?${CAP})*)?`,
        "gu",
      ),
    ),
    armed: new RegExp(
      `(?<![\\p{L}])((?:[\\p{Ll}]+-)?${CAP}(?:${WS}+${CAP})*)${WS}+(?:${k.armedGroupWords.join("|")})${WS}+(?:group|movement|organi[sz]ation|network|militia)`,
      "gu",
    ),
    headFirst: new RegExp(
      `(?<=(?:^|[^\\p{L}])[Tt]he${WS}+|\\p{L}[’']s${WS}+)(?:${heads})${WS}+(?:for|of)${WS}+(?:the${WS}+)?${CAP}(?:${WS}+(?:(?:of|for|and|the)${WS}+)*${CAP})*`,
      "gu",
    ),
  };
  orgRegexCache.set(k, cached);
  return cached;
}

/** "near Vanguard Bank", "off Reed Bank": after these prepositions a name is a place (a shoal, a reef). */
const NEAR_BEFORE = /\b(?:near|off|along|around|beyond)[\s\u00a0]+(?:the[\s\u00a0]+)?$/;
/** "at Hyderabad House", "in Lancaster House": a building named after "at"/"in" is a venue. */
const AT_BEFORE = /\b(?:at|in|inside|outside)[\s\u00a0]+(?:the[\s\u00a0]+)?$/;
const BUILDING_HEAD = /[\s\u00a0]House$/;

/** A name the words before it frame as a place or a venue, not a body. */
function namedPlace(before: string, text: string): boolean {
  return NEAR_BEFORE.test(before) || (BUILDING_HEAD.test(text) && AT_BEFORE.test(before));
}

export function findNamedOrgs(
  body: string,
  k: Knowledge,
  taken: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const found = new Map<string, FoundOrg>();
  const takenIndex = new SpanIndex(taken);
  const home = homeCountry(
    body,
    [...taken].sort((a, b) => a.start - b.start),
    k,
  );
  const { named, armed } = orgRegexes(k);
  const places = new Set<string>();
  // A longer name may contain a known alias ("Regional Water Security Council" ⊃ "Security Council"):
  // only a known span reaching outside the name blocks it.
  const blocked = (span: Span) =>
    takenIndex.overlaps(span) &&
    taken.some((t) => t.start < span.end && span.start < t.end && (t.start < span.start || t.end > span.end));
  for (const m of execAll(named, body)) {
    // A complement naming a known actor is not part of the name ("… Court of the European Union").
    const tail = m[1] ?? "";
    const hitEnd = (m.index ?? 0) + m[0].length;
    const tailTaken =
      tail !== "" &&
      takenIndex.overlaps({ start: hitEnd - tail.length, end: hitEnd }) &&
      !academicOfPlace(m[0], tail, taken, hitEnd) &&
      !(FOR_PLACE.test(tail) && REMIT_HEAD.test(m[0].slice(0, m[0].length - tail.length)));
    const fullEnd = tailTaken ? hitEnd - tail.length : hitEnd;
    const whole = body
      .slice(m.index ?? 0, inMissionEnd(body, fullEnd))
      .replace(LEADING_ARTICLE, "")
      .replace(COMPOUND_MODIFIER, "")
      .replace(DATE_LEAD, "");
    const untitled = whole.slice(leadingNonName(whole, k.nameHeads));
    const text = dropTitledConjunct(untitled, k);
    const start = inMissionEnd(body, fullEnd) - untitled.length;
    const end = start + text.length;
    if (tooShortAdministration(text) || coordinatesKnown(body, taken, start, end)) continue;
    // "the tanker Front Altair", "Tanker Front Altair was hit": a vessel's name, not a body.
    if (VESSEL_BEFORE.test(body.slice(Math.max(0, start - 40), start)) || VESSEL_WORD.test(text)) continue;
    // Framed as a place once, the name is that place everywhere in the article.
    if (namedPlace(body.slice(Math.max(0, start - 30), start), text)) {
      places.add(squash(text));
      continue;
    }
    if (!text.includes(" ") || blocked({ start, end }) || stateGovernment(body, taken, start, end)) continue;
    // "Ruritanian Police Force" holds a national body bound to its country: that reading wins.
    if (taken.some((t) => t.start >= start && t.end <= end && NATIONAL_ID.test(t.actorId))) continue;
    const bound = countryPrefix(body, taken, start, end) ?? countrySuffix(body, taken, end, text);
    // "Tunisia’s National Guard … the National Guard": a name bound once keeps its country; the
    // home country only binds a name no reference has bound.
    const earlier = found.get(squash(text));
    if (bound) found.set(bound.name, bound);
    else if (earlier?.countryId) continue;
    else
      found.set(
        squash(text),
        stateBody(text, { body, k, taken, start, home }) ?? {
          name: squash(text),
          ...demonymCountry(taken, start, end, text, k),
        },
      );
  }
  for (const name of places) found.delete(name);
  // Every armed-group match ends in one of these nouns: a body without them is not scanned.
  for (const m of ARMED_NOUN.test(body) ? execAll(armed, body) : []) {
    const name = squash(m[1] ?? "");
    if (name && !LEADING_ARTICLE.test(`${name} `)) found.set(name, { name, orgType: "armed group" });
  }
  for (const name of findBlocs(body, k, takenIndex)) if (!found.has(name)) found.set(name, blocOrg(name));
  for (const { name, countryId, start } of headFirstNames(body, k, taken, blocked))
    if (!found.has(name))
      found.set(
        name,
        countryId ? { name, countryId } : (stateBody(name, { body, k, taken, start, home }) ?? { name }),
      );
  return orgMentions(body, k, found, taken, blocked);
}

/** Every mention of the names found, with the seed of each body. */
function orgMentions(
  body: string,
  k: Knowledge,
  found: ReadonlyMap<string, FoundOrg>,
  taken: readonly Candidate[],
  blocked: (span: Span) => boolean,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  if (found.size === 0) return { candidates, seeds };
  for (const hit of findAll(phrasesRegex(found.keys()), body)) {
    if (blocked(hit)) continue;
    const org = found.get(squash(hit.text));
    if (!org) continue;
    const iso = org.ownName ? undefined : org.countryId?.slice("country:".length);
    const key = org.roleKey ?? (iso ? roleKeyOf(org.name, k) : slugify(org.name));
    const id = iso ? `org:${iso}:${key}` : `org:${slugify(org.name)}`;
    const end = org.countryId ? ofCountryEnd(body, taken, hit.end, org.countryId) : hit.end;
    candidates.push({ start: hit.start, end, actorId: id, kind: "name" });
    seeds.push({
      id,
      kind: "Organization",
      name: org.name,
      orgType: org.orgType ?? "organization",
      ...(org.countryId ? { countryId: org.countryId } : {}),
    });
  }
  return { candidates, seeds };
}

/** "Office for Kosovo and Metohija", "Ministry for Europe": a place after "for" is the body's remit, part of its name. */
const FOR_PLACE = /^[\s\u00a0]+for[\s\u00a0]/;
/** Heads whose "for" complement is a remit (an office for a region), not an owner (a court for a country). */
const REMIT_HEAD = /(?:Office|Ministry|Directorate|Secretariat|Department|Commissioner)$/;

/**
 * Heads of a seat of learning or a bank, named after its country or city ("University of Lagos",
 * "Export-Import Bank of Ruritania").
 */
const ACADEMIC_HEAD = /(?:University|Institute|Academy|College|School|Bank)$/;

/**
 * "National University of Mongolia", "University of Nairobi": a country or capital in the complement
 * of a seat of learning is part of its name (the country stays an actor only where named alone).
 */
function academicOfPlace(text: string, tail: string, taken: readonly Candidate[], end: number): boolean {
  if (!ACADEMIC_HEAD.test(text.slice(0, text.length - tail.length))) return false;
  const start = end - tail.length;
  return taken
    .filter((t) => t.start < end && start < t.end)
    .every((t) => t.actorId.startsWith("country:") && t.kind !== "possessive");
}

/** "Peruvian Government", "Peru’s Government": a country reference and "Government" is the state's own. */
function stateGovernment(body: string, taken: readonly Candidate[], start: number, end: number): boolean {
  if (!/[\s\u00a0]Government$/.test(body.slice(start, end))) return false;
  const head = end - "Government".length;
  return taken.some(
    (t) =>
      t.start === start && t.actorId.startsWith("country:") && /^[\s\u00a0]+$/.test(body.slice(t.end, head)),
  );
}

interface FoundOrg {
  name: string;
  orgType?: string;
  countryId?: string;
  /** The name stands on its own (its id has no country part) though the body belongs to a country. */
  ownName?: boolean;
  /** The id's role part when it is not the slug of the whole name ("Ruritanian Customs Service" → customs). */
  roleKey?: string;
}

/**
 * "Ruritanian Security Service", "Ruritania Revenue Authority": a name opening with a demonym or the
 * country's name is that country's body (PART_OF). Its id is the national pattern with its role, the
 * name after the country word (`org:<iso2>:revenue-authority`), or the knowledge key that role names
 * (guide, test/corpus/README.md). News agencies, broadcasters and armed movements keep their own name
 * as id. Seats of learning, parties, associations and firms so named are not state bodies.
 */
function demonymCountry(
  taken: readonly Candidate[],
  start: number,
  end: number,
  text: string,
  k: Knowledge,
): Partial<FoundOrg> {
  if (NOT_STATE_BODY.test(text)) return {};
  const first = taken.find(
    (t) =>
      t.start === start &&
      t.end < end &&
      (t.kind === "demonym" || t.kind === "name") &&
      t.actorId.startsWith("country:"),
  );
  if (!first) return {};
  const role = squash(text.slice(first.end - start));
  if (OWN_NAME_MEDIA.test(text) || NON_STATE_FORCE.test(role) || !role)
    return { countryId: first.actorId, ownName: true };
  return { countryId: first.actorId, roleKey: roleKeyOf(role, k) };
}

/** Outlets are known by their whole name ("Saudi Press Agency", "Ethiopian News Agency"). */
const OWN_NAME_MEDIA = /(?:News|Press)[\s\u00a0]+(?:Agency|Service)$|(?:Television|Radio|Broadcasting)/u;

/** Armed movements named after a country ("Syrian National Army", "Sudan People's Liberation Army") are no state body. */
const NON_STATE_FORCE =
  /(?:^|[\s\u00a0])(?:Liberation|National[\s\u00a0]+Army|Front|Brigades?|Militias?|Resistance|Movement|Revolutionary)(?![\p{L}])/u;

/** The knowledge key this role names ("Security Service" → intelligence), else its slug. */
export function roleKeyOf(role: string, k: Knowledge): string {
  return nationalKeyOf(role, k) ?? serviceKey(role) ?? slugify(role);
}

/** Words that may qualify a security service's name without naming another remit. */
const SERVICE_RANK =
  "(?:(?:National|State|General|Federal|Central|Strategic|Foreign|Domestic|Internal|External|Military|Main|Special)[\\s\\u00a0]+)*";
/** Heads of a service's name. */
const SERVICE_HEAD =
  "(?:Service|Services|Agency|Bureau|Committee|Directorate|Department|Organi[sz]ation|Centre|Center|Presidency)";
/**
 * A state's intelligence or security service named by its own title, in either order: "National
 * Security Service", "Security and Intelligence Service", "National Intelligence Bureau", "State
 * Agency for National Security", "Committee of State Security". A remit word outside the list
 * ("Maritime Security Agency", "Cyber Security Centre", "Ministry of Public Security") keeps its slug.
 */
const SECURITY_SERVICE = new RegExp(
  `^${SERVICE_RANK}(?:(?:Security|Intelligence|Information|Counter-?[Ii]ntelligence)[\\s\\u00a0]+(?:and[\\s\\u00a0]+)?)*(?:Security|Intelligence|Counter-?[Ii]ntelligence)[\\s\\u00a0]+(?:(?:and[\\s\\u00a0]+)?Information[\\s\\u00a0]+)?${SERVICE_HEAD}$` +
    `|^${SERVICE_RANK}${SERVICE_HEAD}[\\s\\u00a0]+(?:for|of)[\\s\\u00a0]+(?:(?:National|State)[\\s\\u00a0]+)?(?:Security|Intelligence)$`,
);

/** "intelligence" for a name shaped like an intelligence or security service, else undefined. */
function serviceKey(name: string): string | undefined {
  return SECURITY_SERVICE.test(squash(name)) ? "intelligence" : undefined;
}

/** Words naming a body of civil society, learning or business, not of the state. */
export const NOT_STATE_BODY =
  /(?:^|[\s\u00a0])(?:Institute|Institution|University|College|Academy|School|Party|Movement|Association|Federation|Chamber|Foundation|Society|Cooperative|Club|Front|League|Coalition|Alliance|Forum|Union|Congress|Company|Corporation|Business|Industry|Industries|Employers|Workers|Studies|Research|Bank|Airlines|Airways|Holdings|Group|Times|Post|Herald)(?![\p{L}])/u;

/**
 * A state body's proper name after its country's possessive ("Ruritania’s State Audit Office"): the
 * name without the possessive, bound to that country (id `org:<iso2>:<slug>`).
 */
const NATIONAL_ID = /^org:[a-z]{2}:/;
/** A name opening with a ship type ("Tanker Front Altair") names the ship. */
const VESSEL_WORD =
  /^(?:Tanker|Ship|Vessel|Frigate|Destroyer|Corvette|Freighter|Trawler|Ferry|Yacht|Warship)[\s\u00a0]/;
/**
 * Names that only a state body has: first words ("Federal Prosecutor’s Office", "Supreme Court") or
 * an office named after its officer ("Inspector General’s Office", "Ombudsman’s Office").
 */
const STATE_NAME =
  /^(?:Federal|Supreme|Constitutional|State)[\s\u00a0]|^(?:(?:General|Federal|National|Central)[\s\u00a0]+)?(?:Ministry|Directorate|Division|Department|Office|Bureau|Inspectorate|Administration)[\s\u00a0]+(?:of|for)[\s\u00a0]+(?!(?:the[\s\u00a0]+)?(?:United|UN|U\.N\.|European|African|International|Regional|World|Pacific|Asian|Arab)(?![\p{L}]))|^(?:\p{Lu}\p{Ll}+[\s\u00a0])?\p{Lu}\p{Ll}+[’']s[\s\u00a0]+Office$|^National[\s\u00a0](?:[\p{L}-]+[\s\u00a0]+){0,4}(?:Agency|Service|Guard|Police|Bureau|Directorate|Secretariat|Authority|Commission|Council|Command|Intelligence|Centre|Center|Office|Unit)$/u;

/** A state body named without its country belongs to the country the text's strongest cue gives (body-country.ts). */
function stateBody(
  name: string,
  at: { body: string; k: Knowledge; taken: readonly Candidate[]; start: number; home: string | undefined },
): { name: string; countryId: string } | undefined {
  if (!STATE_NAME.test(name)) return undefined;
  const span = { start: at.start, end: at.start + name.length };
  const iso2 = stateBodyCountry(at.body, at.k, at.taken, span, at.home);
  return iso2 ? { name: squash(name), countryId: countryId(iso2) } : undefined;
}

function countryPrefix(
  body: string,
  taken: readonly Candidate[],
  start: number,
  end: number,
): { name: string; countryId: string } | undefined {
  // "Ruritania’s State Audit Office", or a country written just before the name ("U.S. Southern Command").
  const owner = taken.find(
    (t) =>
      t.actorId.startsWith("country:") &&
      ((t.start === start && t.kind === "possessive") ||
        (t.end < start && t.kind !== "possessive" && /^[\s\u00a0]+$/.test(body.slice(t.end, start)))),
  );
  if (!owner) return militaryPrefix(body, taken, start, end);
  const name = squash(body.slice(Math.max(owner.end, start), end));
  return name.includes(" ") ? { name, countryId: owner.actorId } : undefined;
}

/** " of (the) ", after an optional acronym in parentheses ("Centre (NCSC) of Ruritania"). */
const OF_COUNTRY = /^(?:[\s\u00a0]*\([\p{Lu}\p{N}&-]{2,10}\))?[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?/u;

/**
 * "The National Cyber Security Centre of Ruritania": a state body's name followed by "of" and a
 * country is that country's body (`org:<iso2>:<slug of the name>`); the mention spans the country.
 */
function countrySuffix(
  body: string,
  taken: readonly Candidate[],
  end: number,
  text: string,
): { name: string; countryId: string } | undefined {
  const of = OF_COUNTRY.exec(body.slice(end, end + 32));
  if (!of || !STATE_NAME.test(text)) return undefined;
  const owner = taken.find((t) => t.start === end + of[0].length && t.actorId.startsWith("country:"));
  return owner ? { name: squash(text), countryId: owner.actorId } : undefined;
}

/**
 * "The U.S. military’s Africa Command", "Ruritania’s army’s Northern Command": a name after a
 * country's armed force in the possessive is a command of that country (`org:<iso2>:<slug>`).
 */
function militaryPrefix(
  body: string,
  taken: readonly Candidate[],
  start: number,
  end: number,
): { name: string; countryId: string } | undefined {
  const force = taken.find(
    (t) =>
      t.end < start &&
      /^org:[a-z]{2}:(?:armed-forces|army|navy|air-force)$/.test(t.actorId) &&
      /^[’']s[\s\u00a0]+$/.test(body.slice(t.end, start)),
  );
  const iso = force?.actorId.split(":")[1];
  const name = squash(body.slice(start, end));
  return iso && name.includes(" ") ? { name, countryId: `country:${iso}` } : undefined;
}

/** The end of "of <country>" right after a name when that country is the body's, else `end`. */
function ofCountryEnd(body: string, taken: readonly Candidate[], end: number, country: string): number {
  const of = OF_COUNTRY.exec(body.slice(end, end + 32));
  const owner = of && taken.find((t) => t.start === end + of[0].length && t.actorId === country);
  return owner ? owner.end : end;
}

/**
 * Names that open with their head noun after "the": "the University of Osterlich", "the Commission
 * for the Conservation of Alpine Lakes". The complement may hold a country; a national body's own
 * pattern ("the Ministry of Defence of X") is already taken and wins.
 */
function headFirstNames(
  body: string,
  k: Knowledge,
  taken: readonly Candidate[],
  blocked: (span: Span) => boolean,
): { name: string; countryId?: string; start: number }[] {
  const names: { name: string; countryId?: string; start: number }[] = [];
  for (const m of execAll(orgRegexes(k).headFirst, body)) {
    const start = m.index ?? 0;
    // A weekday or month after the name is not part of it ("… of Alpine Lakes and Monday").
    const words = m[0].split(/[\s\u00a0]+/);
    while (
      words.length > 3 &&
      (NOT_NAME.has(words.at(-1) ?? "") || /^(?:of|for|and|the)$/.test(words.at(-1) ?? ""))
    )
      words.pop();
    const name = dropTitledConjunct(words.join(" "), k);
    if (blocked({ start, end: start + name.length })) continue;
    const owner = STATE_NAME.test(name) ? governmentOwner(body, taken, start) : undefined;
    names.push({ name: squash(name), start, ...(owner ? { countryId: owner } : {}) });
  }
  return names;
}

/** "the Ruritanian government’s ", "Ruritania’s ": the country owning what follows. */
const GOVERNMENT_POSSESSIVE = /^(?:[\s\u00a0]+(?:government|state|authorities))?[’']s[\s\u00a0]+$/;

/** The country of a possessive right before `start`: "Ruritania’s", "the Ruritanian government’s". */
function governmentOwner(body: string, taken: readonly Candidate[], start: number): string | undefined {
  const owner = taken.find(
    (t) =>
      t.actorId.startsWith("country:") &&
      t.end <= start &&
      ((t.kind === "possessive" && /^[\s\u00a0]*$/.test(body.slice(t.end, start))) ||
        GOVERNMENT_POSSESSIVE.test(body.slice(t.end, start))),
  );
  return owner?.actorId;
}

const blocOrg = (name: string) => ({ name, orgType: "intergovernmental" });

/** A bloc's name: an acronym ("G20", "BRICS", "AUKUS") or one capitalised word ("Mercosur"). */
const BLOC_TOKEN = "\\p{Lu}[\\p{Lu}\\p{N}]*[\\p{Lu}\\p{N}](?:-\\p{N}+)?|\\p{Lu}\\p{Ll}{2,}";
/** Nouns that make the word before them a bloc, for any capitalised word ("the Mercosur summit"). */
const STRONG_AFTER =
  "summit|Summit|bloc|grouping|member[\\s\\u00a0]+states|member[\\s\\u00a0]+countries|member[\\s\\u00a0]+nations";
/** Nouns that do so only for an acronym ("BRICS leaders", but not "Kremlin leaders"). */
const WEAK_AFTER = "leaders|members|meeting|ministers|partners|countries|nations|states";
/** Regional and ethnic adjectives and continents: "the Arab summit", "Africa summit" name no bloc. */
const NOT_BLOC =
  /^(?:Arab|Latin|Nordic|Baltic|Balkan|Caribbean|Andean|Amazon|Arctic|Alpine|Iberian|Africa|Asia|Europe|America|Americas|Oceania|Antarctica|Eurasia|Climate|Peace|Security|Trade|Energy|Leaders|Emergency|Special|Extraordinary|Annual)$/;

const BLOC_MODIFIER = capitalFirst(
  new RegExp(
    `(?<![\\p{L}\\p{N}-])(${BLOC_TOKEN})${WS}+(?:(${STRONG_AFTER})|(${WEAK_AFTER}))(?![\\p{L}])`,
    "gu",
  ),
);
const MEMBERS_OF = new RegExp(
  `\\b(?:members?|member${WS}+(?:states|countries|nations))${WS}+of${WS}+(?:the${WS}+)?(${BLOC_TOKEN})(?![\\p{L}\\p{N}])(?!${WS}+\\p{Lu})`,
  "gu",
);

const titleWordSets = new WeakMap<Knowledge, Set<string>>();

/** Every word of a role title in lower case, once per knowledge base. */
function lowerTitleWords(k: Knowledge): Set<string> {
  let words = titleWordSets.get(k);
  if (!words) {
    words = new Set(k.roles.flatMap((r) => r.title.split(/[\s-]+/)).map((w) => w.toLowerCase()));
    titleWordSets.set(k, words);
  }
  return words;
}

/**
 * Blocs missing from the knowledge base, read from organisation contexts: "<Name> summit|bloc|member
 * states", "members of <Name>", "the <Name> bloc", and for acronyms also "<ACRONYM> leaders|members|
 * meeting". A word that is part of a longer capitalised name, a sentence's first word (unless an
 * acronym), a role word, a known place, country or organisation, or an adjective is never a bloc.
 */
function findBlocs(body: string, k: Knowledge, taken: SpanIndex): string[] {
  const names: string[] = [];
  const titleWords = lowerTitleWords(k);
  const check = (name: string, start: number, strong: boolean) => {
    const end = start + name.length;
    const acronym = !/\p{Ll}/u.test(name);
    if (NOT_NAME.has(name) || NOT_BLOC.test(name) || titleWords.has(name.toLowerCase())) return;
    if (taken.overlaps({ start, end })) return;
    if (!acronym && (!strong || /(?:an|ian|ish|ese|ic|ean|i)$/.test(name))) return;
    // Part of a longer capitalised name ("New Mercosur summit" reads as one name).
    const before = body.slice(Math.max(0, start - 40), start);
    if (
      /\p{Lu}[\p{L}.]*[\s\u00a0]+$/u.test(before) &&
      !/(?:^|[\s\u00a0])(?:The|A|An)[\s\u00a0]+$/.test(before)
    )
      return;
    if (!acronym && /(?:^|[.!?”"][\s\u00a0]+|\n)(?:(?:The|A|An)[\s\u00a0]+)?$/.test(before)) return;
    if (!names.includes(name)) names.push(name);
  };
  for (const m of execAll(BLOC_MODIFIER, body)) check(m[1] ?? "", m.index, Boolean(m[2]));
  for (const m of execAll(MEMBERS_OF, body)) {
    const name = m[1] ?? "";
    check(name, (m.index ?? 0) + m[0].length - name.length, true);
  }
  return names;
}

/**
 * Acronyms introduced in parentheses right after an organisation's name ("the Regional Water
 * Council (RWC)"): every later standalone use of the acronym is an alias mention of that organisation.
 */
export function findIntroducedAcronyms(body: string, orgs: readonly Candidate[]): Candidate[] {
  const result: Candidate[] = [];
  const seen = new Set<string>();
  const taken = new SpanIndex(orgs);
  for (const c of orgs) {
    if (!c.actorId.startsWith("org:")) continue;
    // An acronym, or a short name written as a word ("Finnish Security and Intelligence Service (Supo)").
    const m = /^[\s\u00a0]*\((\p{Lu}[\p{Lu}\d&-]{1,9}|\p{Lu}\p{Ll}{2,9})\)/u.exec(
      body.slice(c.end, c.end + 16),
    );
    const acronym = m?.[1];
    if (!acronym || seen.has(acronym)) continue;
    seen.add(acronym);
    for (const hit of findAll(phrasesRegex([acronym]), body)) {
      if (taken.overlaps(hit) || hit.start < c.end) continue;
      result.push({ start: hit.start, end: hit.end, actorId: c.actorId, kind: "alias" });
    }
  }
  return result;
}
