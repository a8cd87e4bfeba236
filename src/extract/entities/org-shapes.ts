// Organisations recognised by how the text introduces them rather than by a head noun: a name whose
// capitalised words spell the acronym in parentheses after it ("Jama’at Nusrat al-Islam wal-Muslimin
// (JNIM)"), and a criminal or armed group named in apposition ("Los Lobos, the criminal group that …")
// or before its kind ("the Los Choneros gang"). Ids are `org:<slug of name>`.

import type { Knowledge } from "../knowledge/knowledge.ts";
import { slugify } from "../text/ids.ts";
import { WS } from "../text/patterns.ts";
import { capitalFirst, execAll, findAll, phraseSource, phrasesRegex, squash } from "../text/text.ts";
import type { Span } from "../types.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";
import { NOT_NAME } from "./names.ts";
import { NOT_STATE_BODY, roleKeyOf } from "./org-names.ts";

/** Lower-case words allowed inside a name ("Front for the Liberation of …", "al-Islam wal-Muslimin"). */
const CONNECTOR = /^(?:of|for|the|and|al|el|wal|e|de|del|la|du|des|da|do|bin|ibn)$/;

/** A capitalised word, or one behind a lower-case particle and a hyphen ("al-Islam", "e-Taliban"). */
const NAME_WORD = /^(?:\p{Ll}{1,3}-)?\p{Lu}[\p{L}’'-]*$/u;

/** The initials of a name's capitalised parts: "Tehreek-e-Taliban Pakistan" → "TTP". */
export function capitalInitials(words: readonly string[]): string {
  return words
    .flatMap((w) => w.split("-"))
    .filter((p) => /^\p{Lu}/u.test(p))
    .map((p) => p[0])
    .join("");
}

/**
 * "… fighters of Jama’at Nusrat al-Islam wal-Muslimin (JNIM), …": the shortest run of words before
 * the parentheses whose capitals spell the acronym. A run that overlaps a known actor only from
 * outside, or that is a single word, is no new name.
 */
const PARENTHESISED_ACRONYM = /[\s\u00a0]\((\p{Lu}[\p{Lu}&]{1,7})\)/gu;
const NON_BLANK = /[^\s\u00a0]+/g;

/** An acronym-introduced name, with the country it ends on ("Tourism Board of Ruritania"). */
interface AcronymName extends Span {
  name: string;
  countryId?: string;
}

/** " of (the) " before a country that ends an acronym-introduced name. */
const OF_BEFORE = /[\s\u00a0]of[\s\u00a0]+(?:the[\s\u00a0]+)?$/u;

/**
 * The national reading of an acronym-introduced name (`span`) that ends on a known actor: a name
 * ending on a national body of the gazetteer ("Royal Ruritania Police (RRP)") is that body, which
 * keeps the acronym (`undefined`); a state body's name ending on "of <country>" ("Tourism Board of
 * Ruritania (TBR)") is that country's (its country id); any other name is new ("" ).
 */
function nationalReading(body: string, known: readonly Candidate[], span: Span): string | undefined {
  const last = known.find((t) => t.end === span.end && t.start > span.start);
  if (!last) return "";
  if (/^org:[a-z]{2}:/.test(last.actorId)) return undefined;
  const title = body.slice(span.start, last.start);
  if (!last.actorId.startsWith("country:") || !OF_BEFORE.test(title)) return "";
  return NOT_STATE_BODY.test(title) ? "" : last.actorId;
}

function acronymNames(body: string, known: readonly Candidate[]): AcronymName[] {
  const found: AcronymName[] = [];
  for (const m of execAll(PARENTHESISED_ACRONYM, body)) {
    const acronym = (m[1] ?? "").replace(/&/g, "");
    const end = m.index ?? 0;
    const before = body.slice(Math.max(0, end - 120), end);
    const tokens = execAll(NON_BLANK, before).map((t) => ({
      text: t[0],
      start: end - before.length + (t.index ?? 0),
    }));
    for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 8; i--) {
      const t = tokens[i];
      if (!t || !(NAME_WORD.test(t.text) || CONNECTOR.test(t.text)) || /[’']s$/.test(t.text)) break;
      if (CONNECTOR.test(t.text) || NOT_NAME.has(t.text)) continue;
      const words = tokens.slice(i).map((x) => x.text);
      // Two words and two letters could be a person's initials ("Ana Ruiz (AR)"): not enough.
      if (words.length < 2 || (acronym.length < 3 && words.length < 3)) continue;
      if (capitalInitials(words).toUpperCase() !== acronym) continue;
      const span = { start: t.start, end };
      // Inside a known actor's name ("… Revolutionary Guard Corps (IRGC)") the known reading wins.
      if (blocks(known, span)) break;
      const countryId = nationalReading(body, known, span);
      if (countryId === undefined) break;
      found.push({ name: squash(words.join(" ")), ...span, ...(countryId ? { countryId } : {}) });
      break;
    }
  }
  return found;
}

/** Adjectives that make "group" or "faction" an armed or criminal one ("the criminal group"). */
const ARMED_ADJECTIVE =
  "(?:criminal|armed|militant|rebel|jihadist|insurgent|separatist|extremist|terrorist|paramilitary|drug-trafficking|trafficking|smuggling|Islamist|secessionist)";
/** Other modifiers before a group noun ("the powerful drug gang", "a Guayaquil-based militia"). */
const MODIFIER =
  "(?:[\\p{Ll}]+-based|powerful|notorious|main|largest|biggest|violent|local|rival|prison|street|ethnic|drug|crime)";
/** An apposition naming a criminal or armed group: "the criminal group", "a powerful drug gang". */
const GROUP_KIND = `(?:(?:${MODIFIER}${WS}+){0,2}${ARMED_ADJECTIVE}${WS}+(?:${MODIFIER}${WS}+)?(?:group|faction|gang|cartel|militia|syndicate|mafia)|(?:(?:${MODIFIER}|${ARMED_ADJECTIVE})${WS}+){0,3}(?:gang|cartel|militia|syndicate|mafia))`;

/** Nouns after a group's kind that make it a modifier ("a gang leader", "the cartel’s boss"). */
const NOT_GROUP_HEAD =
  /^(?:[’']s|[\s\u00a0]+(?:leader|leaders|member|members|boss|bosses|chief|commander|violence|war|wars))/u;

const NAME = "\\p{Lu}[\\p{L}’'-]*(?:[\\s\\u00a0]+\\p{Lu}[\\p{L}’'-]*){0,3}";

const GROUP_NOUN = /group|faction|gang|cartel|militia|syndicate|mafia/;
const GROUP_APPOSITIVE = capitalFirst(
  new RegExp(`(?<![\\p{L}’'-])(${NAME}),${WS}+(?:the|a|an)${WS}+${GROUP_KIND}(?![\\p{L}])`, "gu"),
);
const GROUP_MODIFIER = capitalFirst(
  new RegExp(`(?<=(?:^|[^\\p{L}])the${WS}+)(${NAME})${WS}+(?:gang|militia|cartel)(?![\\p{L}])`, "gu"),
);

/** "Los Lobos, the criminal group that …", "the Los Choneros gang": criminal and armed groups. */
function groupNames(body: string, known: readonly Candidate[]): string[] {
  const names: string[] = [];
  const add = (name: string, start: number) => {
    const words = name.split(/[\s\u00a0]+/);
    if (words.every((w) => NOT_NAME.has(w)) || NOT_NAME.has(words[0] ?? "")) return;
    if (blocks(known, { start, end: start + name.length })) return;
    if (!names.includes(squash(name))) names.push(squash(name));
  };
  // Both patterns end in a group noun: a body with none of them is not scanned.
  if (!GROUP_NOUN.test(body)) return names;
  for (const m of execAll(GROUP_APPOSITIVE, body)) {
    if (NOT_GROUP_HEAD.test(body.slice((m.index ?? 0) + m[0].length))) continue;
    add(m[1] ?? "", m.index ?? 0);
  }
  for (const m of execAll(GROUP_MODIFIER, body)) {
    if (NOT_GROUP_HEAD.test(body.slice((m.index ?? 0) + m[0].length))) continue;
    add(m[1] ?? "", m.index ?? 0);
  }
  return names;
}

/**
 * A known actor blocks a new name when it reaches outside it or is the whole of it; a shorter one
 * inside is part of the name ("Tehreek-e-Taliban Pakistan").
 */
function blocks(known: readonly Candidate[], span: Span): boolean {
  return known.some(
    (t) =>
      t.start < span.end &&
      span.start < t.end &&
      (t.start < span.start || t.end > span.end || (t.start === span.start && t.end === span.end)),
  );
}

/** Nouns naming a company or other body in apposition ("Elering, the Estonian grid operator, said"). */
const BODY_NOUN =
  "(?:operator|company|firm|carrier|airline|bank|lender|insurer|utility|producer|maker|manufacturer|exporter|importer|giant|conglomerate|miner|refiner|shipper|developer|contractor|supplier|regulator|watchdog|broadcaster|newspaper|daily|think[\\s\\u00a0]+tank|charity|foundation|group)";

const BODY_APPOSITIVE = capitalFirst(
  new RegExp(
    `(?<![\\p{L}’'-])(${NAME}),${WS}+(?:the|a|an)${WS}+((?:(?!(?:of|for|at|in|to|with|and|or)${WS})[\\p{L}-]+${WS}+){0,3})${BODY_NOUN}(?=,|\\.|;|${WS}+(?:that|which|whose|owned|based|said|says)(?![\\p{L}]))`,
    "gu",
  ),
);

/**
 * "Elering, the Estonian grid operator, said …": a capitalised name followed by "the/a" and a noun
 * phrase ending in a company noun is a body. Only an apposition closed by a comma, a full stop or a
 * relative clause counts, so a person described by a post ("X, a company executive") is not one.
 */
function appositiveBodies(body: string, known: readonly Candidate[]): string[] {
  const names: string[] = [];
  for (const m of execAll(BODY_APPOSITIVE, body)) {
    const name = m[1] ?? "";
    const start = m.index ?? 0;
    const phrase = m[0].slice(name.length);
    // "the group’s", "a rival group" (of people), or a group of a kind the armed rule reads: not here.
    if (
      /[’']s[\s\u00a0]/.test(phrase) ||
      (/group$/.test(phrase) &&
        !/(?:media|business|industrial|energy|mining|shipping|steel|oil|gas|banking|insurance|telecoms?|technology|tech|defen[cs]e|construction|holding)[\s\u00a0]+group$/.test(
          phrase,
        ))
    )
      continue;
    // A bare noun after a two-word name may be a person's post ("Ana Ruiz, the regulator").
    if (!m[2] && /[\s\u00a0]/.test(name)) continue;
    if (
      NOT_NAME.has(name.split(/[\s\u00a0]+/)[0] ?? "") ||
      blocks(known, { start, end: start + name.length })
    )
      continue;
    if (!names.includes(squash(name))) names.push(squash(name));
  }
  return names;
}

const PARTY = capitalFirst(
  new RegExp(
    `(?<=(?:^|[^\\p{L}])(?:the|ruling|governing|opposition)${WS}+)(${NAME})${WS}+party(?![\\p{L}’'])`,
    "gu",
  ),
);

/** "the ruling Georgian Dream party", "the opposition Nueva Senda party": a party named before "party". */
function partyNames(body: string, known: readonly Candidate[]): string[] {
  const names: string[] = [];
  if (!body.includes("party")) return names;
  for (const m of execAll(PARTY, body)) {
    const name = squash(m[1] ?? "");
    const start = m.index ?? 0;
    if (NOT_NAME.has(name.split(" ")[0] ?? "") || blocks(known, { start, end: start + name.length }))
      continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

export function findShapedOrgs(
  body: string,
  k: Knowledge,
  known: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const types = new Map<string, string>();
  const national = new Map<string, { id: string; countryId: string }>();
  for (const n of acronymNames(body, known)) {
    types.set(n.name, "organization");
    // "Tourism Board of Ruritania" → org:<iso2>:<key or slug of "Tourism Board"> (guide).
    const title = n.name.replace(/[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?\S.*$/u, "");
    if (n.countryId)
      national.set(n.name, {
        id: `org:${n.countryId.slice("country:".length)}:${roleKeyOf(title, k)}`,
        countryId: n.countryId,
      });
  }
  for (const name of groupNames(body, known)) if (!types.has(name)) types.set(name, "armed group");
  for (const name of partyNames(body, known)) if (!types.has(name)) types.set(name, "political party");
  for (const name of appositiveBodies(body, known)) if (!types.has(name)) types.set(name, "company");
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  if (types.size === 0) return { candidates, seeds };
  for (const hit of findAll(phrasesRegex(types.keys()), body)) {
    if (blocks(known, hit)) continue;
    const name = squash(hit.text);
    const own = national.get(name);
    const id = own?.id ?? `org:${slugify(name)}`;
    candidates.push({ start: hit.start, end: hit.end, actorId: id, kind: "name" });
    const orgType = own ? "government agency" : (types.get(name) ?? "organization");
    seeds.push({ id, kind: "Organization", name, orgType, ...(own ? { countryId: own.countryId } : {}) });
  }
  return { candidates, seeds };
}

/**
 * "Analyst Yaw Mensah of the Volta Peace Centre": a run of capitalised words before "of (the)" that
 * holds no organisation word is a person or a title, not the start of the name. Returns how many
 * characters of `name` to drop (0 to keep it whole). Head-first names ("Court of Justice of …")
 * keep their head.
 */
export function leadingNonName(name: string, heads: readonly string[]): number {
  const m = /^(.+?)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?(?=\p{Lu})/u.exec(name);
  if (!m?.[1]) return 0;
  const lead = m[1].split(/[\s\u00a0]+/);
  if (lead.some((w) => heads.includes(w) || BODY_WORD.test(w))) return 0;
  const rest = name.slice(m[0].length).split(/[\s\u00a0]+/);
  return rest.length >= 2 ? m[0].length : 0;
}

/** Words that open a head-first body name ("Ministry of …", "Bank of …"). */
const BODY_WORD =
  /^(?:Ministry|Department|Bureau|Institute|Bank|Court|Office|Council|Chamber|House|Board|Union|League|Party|Assembly|Republic|Kingdom|Federation|Order|Society|School|College|Academy|Museum|Port|Church|Friends|Federal|National|Central|Supreme|State|United|International)$/;

/** "Trump Administration": an administration named by one word is a government, not an agency. */
export function tooShortAdministration(name: string): boolean {
  return /[\s\u00a0]Administration$/.test(name) && name.split(/[\s\u00a0]+/).length < 3;
}

const titleStarts = new WeakMap<Knowledge, RegExp>();
/** A role title opening a phrase ("Foreign Minister Ana Ruiz"), after optional capitalised modifiers. */
function opensWithTitle(text: string, k: Knowledge): boolean {
  let re = titleStarts.get(k);
  if (!re) {
    const titles = k.roles.map((r) => phraseSource(r.title)).join("|");
    re = new RegExp(`^(?:\\p{Lu}[\\p{L}-]*[\\s\\u00a0]+){0,2}(?:${titles})(?![\\p{L}])`, "iu");
    titleStarts.set(k, re);
  }
  return re.test(text);
}

/**
 * "… Institute for Peace and Foreign Minister Ana Ruiz": a complement joined by "and" ends before a
 * role title or a word that names no body. Returns the name without such a conjunct.
 */
export function dropTitledConjunct(name: string, k: Knowledge): string {
  const m = /[\s\u00a0]and[\s\u00a0]+/.exec(name);
  if (!m) return name;
  const after = name.slice(m.index + m[0].length);
  const first = after.split(/[\s\u00a0]+/)[0] ?? "";
  return NOT_NAME.has(first) || opensWithTitle(after, k) ? name.slice(0, m.index) : name;
}

/** "The United States and the European Union": a known actor joined by "and" is a list, not one name. */
export function coordinatesKnown(
  body: string,
  known: readonly Candidate[],
  start: number,
  end: number,
): boolean {
  return known.some(
    (t) => t.start >= start && t.end < end && /^[\s\u00a0]+and[\s\u00a0]/.test(body.slice(t.end, t.end + 6)),
  );
}
