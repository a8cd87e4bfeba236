// People are never listed by hand: a capitalised 2–3 word name counts as a person only when the
// text treats it as one — next to a role title ("X, Finance minister"; "Foreign Minister X"),
// with an honorific, as the subject of a reporting verb ("X said"), or as a source ("according to X").

import type { Knowledge, RoleInfo } from "../knowledge/knowledge.ts";
import { countryId, personId } from "../text/ids.ts";
import { sentenceAt } from "../text/sentences.ts";
import {
  capitalFirst,
  execAll,
  phraseSource,
  phrasesRegex,
  SpanIndex,
  squash,
  titleCase,
} from "../text/text.ts";
import type { Sentence, Span } from "../types.ts";
import {
  bodyWordOwner,
  earlierUnnamedHolder,
  FOREIGN_POSTS,
  laterPosts,
  mostSpecific,
} from "./affiliation-targets.ts";
import { findPronouns, findShortNames, findTitleMentions } from "./coreference.ts";
import { recentState, speakingPlace } from "./discourse-states.ts";
import {
  type ActorSeed,
  type Candidate,
  capitalNames,
  DATELINE_OPENING,
  soleHomeCountry,
} from "./gazetteer.ts";
import { isNamePart, NAME_TOKEN, NOT_NAME, PARTICLES, VESSEL_BEFORE } from "./names.ts";
import { labelledByPersonNoun, namedByPersonNoun } from "./noun-appositives.ts";
import { type PluralHolder, pluralHolders } from "./plural-posts.ts";
import { afterPluralTitle } from "./plural-titles.ts";
import { relativePosts } from "./relative-posts.ts";
import { type Cue, findRole, leadingCue, prefixCue } from "./role-phrases.ts";

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

const PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
const INITIAL = /^\p{Lu}\.$/u;

/** An Arabic article joined to a surname ("Khalid al-Marri", "Nasser bin-Saleh"), inside a name only. */
const ARTICLE_JOINED = "(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd)-\\p{Lu}[\\p{L}’'-]*";

const RUN = capitalFirst(
  new RegExp(
    `(?<![\\p{L}\\p{N}.’'-])(?:\\p{Lu}\\.[ \\u00a0])*${NAME_TOKEN}(?:[ \\u00a0](?:\\p{Lu}\\.|${NAME_TOKEN}|${ARTICLE_JOINED}|(?:${PARTICLES})(?=[ \\u00a0](?:(?:${PARTICLES})[ \\u00a0])*\\p{Lu})))*(?![\\p{L}\\p{N}])`,
    "gu",
  ),
);

const NON_SPACE = /\S+/g;

/** Parts of a hyphenated title around a role word ("Ex-minister", "President-elect", "Premier-designate"). */
const TITLE_AFFIX = /^(?:[Ee]x|[Ee]lect|[Dd]esignate|[Ff]ormer|[Aa]cting)$/;

const roleWordSets = new WeakMap<Knowledge, Set<string>>();

/** Every word of a role title and its plural, title-cased; built once per knowledge base. */
function roleWords(k: Knowledge): Set<string> {
  let words = roleWordSets.get(k);
  if (words) return words;
  words = new Set<string>();
  // Plurals too: "Presidents A and B" opens no name with "Presidents".
  for (const r of k.roles)
    for (const w of r.title.split(/[\s-]+/)) words.add(titleCase(w)).add(`${titleCase(w)}s`);
  roleWordSets.set(k, words);
  return words;
}

interface NameCandidate extends Span {
  name: string;
}

/** Longest personal name accepted, in words other than particles ("Luiz Inácio Lula da Silva" has 4). */
const MAX_NAME_WORDS = 5;

const titleRegexes = new WeakMap<Knowledge, RegExp>();
/** A capitalised role title ending right before a name ("President ", "Prime Minister "). */
function capitalisedTitleBefore(k: Knowledge): RegExp {
  let re = titleRegexes.get(k);
  if (!re) {
    const titles = k.roles.map((r) =>
      r.title
        .split(/([\s-]+)/)
        .map((w) => (/^[\s-]+$/.test(w) ? phraseSource(w) : phraseSource(titleCase(w))))
        .join(""),
    );
    re = new RegExp(`(?<![\\p{L}])(?:${titles.join("|")})[ \\u00a0]+$`, "u");
    titleRegexes.set(k, re);
  }
  return re;
}

/** Country names, demonyms, aliases and capitals, per knowledge base. */
const placeWords = new WeakMap<Knowledge, Set<string>>();

/** A country name, demonym or alias, or a capital city: never a personal name. */
function isPlaceWord(word: string, k: Knowledge): boolean {
  let words = placeWords.get(k);
  if (!words) {
    words = new Set<string>();
    for (const c of k.countries.values()) {
      for (const w of [...c.names, ...c.demonyms, ...c.aliases]) words.add(w);
      for (const p of capitalNames(c)) words.add(p);
    }
    placeWords.set(k, words);
  }
  return words.has(word);
}

/** Where a name ends: after "Jr."/"Sr." with its full stop, or after a regnal number ("Abdullah II"). */
function nameEnd(body: string, last: (Span & { text: string }) | undefined): number | undefined {
  if (!last) return undefined;
  if (/^(?:Jr|Sr)$/.test(last.text) && body[last.end] === ".") return last.end + 1;
  const regnal = /^[ \u00a0](?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)(?![\p{L}\p{N}])/u.exec(
    body.slice(last.end, last.end + 6),
  );
  return regnal ? last.end + regnal[0].length : last.end;
}

interface NameToken extends Span {
  text: string;
}

/** Splits capitalised runs into 2–5 word name candidates, dropping words that cannot be names. */
function nameCandidates(body: string, k: Knowledge, taken: readonly Span[]): NameCandidate[] {
  const blocked = roleWords(k);
  const takenIndex = new SpanIndex(taken);
  const titleBefore = capitalisedTitleBefore(k);
  const result: NameCandidate[] = [];
  const flush = (group: NameToken[]) => {
    const name = groupName(body, k, titleBefore, group);
    if (name) result.push(name);
  };
  for (const m of execAll(RUN, body)) {
    const tokens: NameToken[] = execAll(NON_SPACE, m[0]).map((t) => ({
      text: t[0],
      start: m.index + t.index,
      end: m.index + t.index + t[0].length,
    }));
    let group: NameToken[] = [];
    for (const t of tokens) {
      // "Marcos Teixeira de Lima": a place word after a particle of a started name is its surname.
      const surname = PARTICLE.test(group.at(-1)?.text ?? "") && group.some((g) => !PARTICLE.test(g.text));
      const bad =
        NOT_NAME.has(t.text) ||
        blocked.has(t.text) ||
        // Hyphenated titles ("Secretary-General", "Director-General") are role words too.
        (t.text.includes("-") &&
          t.text.split("-").every((w) => blocked.has(titleCase(w)) || TITLE_AFFIX.test(w))) ||
        (!/\p{Ll}/u.test(t.text) && !INITIAL.test(t.text)) ||
        (takenIndex.overlaps(t) && !surname);
      if (!bad) group.push(t);
      else {
        flush(group);
        group = [];
      }
    }
    flush(group);
  }
  return result;
}

/**
 * The name a group of name-like tokens spells, if any. (A module function, not a closure made per
 * capitalised run: under tsx every such closure is also renamed, which cost more than its work.)
 */
function groupName(
  body: string,
  k: Knowledge,
  titleBefore: RegExp,
  tokens: readonly NameToken[],
): NameCandidate | undefined {
  // Particles and a trailing initial do not count; a name neither starts nor ends with a particle.
  let to = tokens.length;
  while (to > 0 && PARTICLE.test(tokens[to - 1]?.text ?? "")) to--;
  let from = 0;
  while (from < to && PARTICLE.test(tokens[from]?.text ?? "")) from++;
  const group = tokens.slice(from, to);
  const core = group.filter((t) => !PARTICLE.test(t.text)).length;
  // "President Lula met …": one word right after a capitalised role title is a name too, unless it
  // is a known place or country word.
  const single =
    core === 1 &&
    group.length === 1 &&
    titleBefore.test(body.slice(Math.max(0, (group[0]?.start ?? 0) - 60), group[0]?.start ?? 0)) &&
    !isPlaceWord(group[0]?.text ?? "", k);
  if (!(single || (core >= 2 && core <= MAX_NAME_WORDS)) || INITIAL.test(group[group.length - 1]?.text ?? ""))
    return undefined;
  const first = group[0];
  const end = nameEnd(body, group[group.length - 1]);
  if (!first || end === undefined) return undefined;
  const name = squash(body.slice(first.start, end));
  // "The embassy in Kuala Lumpur said": a two-word capital is a place, never a person.
  return isPlaceWord(name, k) ? undefined : { start: first.start, end, name };
}

function finiteSpeechForms(k: Knowledge, verbs = k.speechVerbs): string[] {
  return verbs.flatMap((v) => v.forms.filter((f) => f.form === "past" || f.form === "s").map((f) => f.text));
}

/** The reporting-verb regexes built from the lexicon, compiled once per knowledge base (they were rebuilt per name). */
const speechRegexCache = new WeakMap<Knowledge, { nameThenVerb: RegExp; bodyThenVerb: RegExp }>();
function speechRegexes(k: Knowledge): { nameThenVerb: RegExp; bodyThenVerb: RegExp } {
  let cached = speechRegexCache.get(k);
  if (cached) return cached;
  const speech = phrasesRegex(finiteSpeechForms(k), "u");
  // "X countered that …": a verb with a non-speech sense too ("recalled its envoy") needs its clause.
  const clauseSpeech = phrasesRegex(finiteSpeechForms(k, k.clauseSpeechVerbs), "u");
  cached = {
    nameThenVerb: new RegExp(
      `^(?:,[^,]{1,100},|,(?:[\\s\\u00a0]+who)?)?[\\s\\u00a0]+(?:(?:also|later|has|had|then|again)[\\s\\u00a0]+)*(?:${speech.source}|(?:${clauseSpeech.source})(?=[\\s\\u00a0]+(?:[^,.;“”"]{0,40}?[\\s\\u00a0]+)?that\\b))`,
      "u",
    ),
    // "The embassy in Lima said", "The Navy’s Atlantic-based Second Fleet said": a place or a unit of
    // the body may stand between it and the verb.
    bodyThenVerb: new RegExp(
      `^(?:[’']s(?:[\\s\\u00a0-]+[\\p{L}-]+){1,3}|[\\s\\u00a0]+in[\\s\\u00a0]+\\p{Lu}[\\p{L}-]+(?:[\\s\\u00a0]+\\p{Lu}[\\p{L}-]+)?)?[\\s\\u00a0]+(?:(?:also|has|have|had|then|again|on[\\s\\u00a0]+\\p{Lu}\\p{Ll}+day)[\\s\\u00a0]+)*(?:${speech.source})(?!(?<=added)[\\s\\u00a0]+(?:a|an|the|some|\\d+)[\\s\\u00a0])`,
      "u",
    ),
  };
  speechRegexCache.set(k, cached);
  return cached;
}

/** A place named after its kind ("the province of X", "the town of X"). */
const PLACE_OF =
  /\b(?:province|provinces|city|town|village|district|region|county|port|island|islands|state|municipality|prefecture)[\s\u00a0]+of[\s\u00a0]+$/i;

/** Nouns of state bodies that a role word may precede ("General Assembly", "Joint Staff"). */
const BODY_NOUN = /^(?:Assembly|Parliament|Congress|Senate|Cabinet|Ministry|Embassy|Staff|Secretariat)$/;

/**
 * A place the text frames as one: after "the" ("the waters of the Amu Darya") or after a locative
 * preposition ("traders in Nova Vila, a border town, said"). People take neither.
 */
const PLACE_BEFORE = /(?:\b[Tt]he|\b(?:in|near|outside|inside|across|around|towards|into))[\s\u00a0]+$/;

/** A body ("Coastal Command", "Audit Service": last word an organisation head) or a place is never a person. */
function notAPerson(c: NameCandidate, before: string, k: Knowledge): boolean {
  const last = c.name.split(" ").pop() ?? "";
  return (
    k.nameHeads.includes(last) ||
    BODY_NOUN.test(last) ||
    PLACE_OF.test(before) ||
    VESSEL_BEFORE.test(before) ||
    PLACE_BEFORE.test(before)
  );
}

/** " and " then a name of two to four capitalised words. */
const AND_FULL_NAME = /^[\s\u00a0]+and[\s\u00a0]+\p{Lu}[\p{L}’'-]+(?:[\s\u00a0]+\p{Lu}[\p{L}’'-]+){1,3}/u;

/**
 * Words after a name's comma that name no post of its own: a coordinated second party ("A, and
 * Ruritania’s defence minister, B") and a relative clause of doing ("A, who met Foreign Minister B,").
 * A relative clause of being or holding ("who is", "who heads") still names the post.
 */
const NOT_APPOSITIVE =
  /^(?:(?:and|or|but|nor)[\s\u00a0]|who[\s\u00a0]+(?!(?:is|was|has[\s\u00a0]+been|had[\s\u00a0]+been|remains|serves|served|heads|headed|leads|led|chairs|chaired|became|becomes|also)\b))/u;

/** Words after a comma that close in a reporting verb ("a ministry official said"): an attribution. */
const ATTRIBUTION_CLOSE = /[\s\u00a0](?:said|says|told|added|reported|confirmed)$/;

/**
 * A verb opening the words after a name's comma: they are a clause, not an appositive; so is a
 * participle of speaking ("X, speaking to reporters after the talks, said").
 */
const CLAUSE_OPENER =
  /^(?:said|says|told|tells|added|adds|warned|noted|insisted|stressed|wrote|is|was|were|are|has|had|have|will|would|could|can|may|might|must|\p{Ll}+ed|(?:speaking|talking|writing|addressing|responding|replying|commenting|answering|testifying|asking|briefing)[\s\u00a0]+(?:to|at|in|on|after|before|from|with|for|by|during|reporters|journalists|lawmakers|parliament|the|a|an)\b)(?![\p{L}])/u;

/** Why the text treats `c` as a person, if it does. */
function personCue(
  body: string,
  c: NameCandidate,
  k: Knowledge,
  candidates: readonly Candidate[] = [],
): Cue | undefined {
  const after = body.slice(c.end, c.end + 160);
  const before = body.slice(Math.max(0, c.start - 80), c.start);
  // "The Queen Mary 2 docked": a name followed by a number is a ship's or a product's.
  if (notAPerson(c, before, k) || /^[\s\u00a0]+\d/.test(after)) return undefined;
  const appositive = /^,[\s\u00a0]+([^,.;:“”"()]{2,90}?)(?=,|\.|;|$)/.exec(after);
  // ", said the envoy had …" is the name's own clause, not an appositive naming a post.
  // "…the Amu Darya, a water ministry official said.": the words after the comma are the sentence's
  // own attribution, not an appositive naming the name's post.
  if (
    appositive?.[1] &&
    appositive[1].split(/\s+/).length <= 12 &&
    !CLAUSE_OPENER.test(appositive[1]) &&
    !ATTRIBUTION_CLOSE.test(appositive[1]) &&
    !NOT_APPOSITIVE.test(appositive[1])
  ) {
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
  // "Amina Hassan, 34, a teacher", "… and Omar Ali, 19.": an age in apposition marks a person.
  if (/^,[\s\u00a0]+\d{1,3}(?:,|[.;](?:[\s\u00a0]|$))/.test(after)) return {};
  const prefixed = leadingCue(c, before, after, k) ?? prefixCue(body, c, before, k, candidates);
  if (prefixed) return prefixed;
  const honorific = /(Mr|Mrs|Ms|Dr|Prof)\.?[\s\u00a0]+$/.exec(before);
  if (honorific) {
    const gender = k.honorifics[`${honorific[1]}.`] ?? k.honorifics[honorific[1] ?? ""];
    return gender ? { gender } : {};
  }
  if (speechRegexes(k).nameThenVerb.test(after)) return {};
  // "A and B said …": a name coordinated with another full name before a reporting verb.
  const pair = AND_FULL_NAME.exec(after);
  if (pair && speechRegexes(k).nameThenVerb.test(after.slice(pair[0].length))) return {};
  if (/\b(?:said|says|told|added|according\s+to)[\s\u00a0]+$/i.test(before)) return {};
  if (NAMED_AS.test(before)) return {};
  if (afterPluralTitle(before) || namedByPersonNoun(before, after) || labelledByPersonNoun(before)) return {};
  return undefined;
}

/** "Police named the dead officer as X", "identified the suspect as X": a person is named. */
const NAMED_AS =
  /\b(?:named|identified|name|identify|identifies|names)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,4}(?:officer|officers|victim|victims|man|woman|men|women|suspect|suspects|soldier|soldiers|attacker|attackers|gunman|gunmen|bomber|pilot|journalist|driver|captain|boy|girl|child|worker|guard|diplomat|dead|deceased|hostage|prisoner|detainee|leader|commander|spy|agent)[\s\u00a0]+as[\s\u00a0]+$/u;

/** Country id a candidate refers to: a country, or the country a national body belongs to. */
function countryOfCandidate(c: Candidate): string | undefined {
  if (c.actorId.startsWith("country:")) return c.actorId;
  const iso = /^org:([a-z]{2}):/.exec(c.actorId)?.[1];
  return iso ? `country:${iso}` : undefined;
}

/**
 * The state a government title without a country belongs to, read from the reporting context: a
 * country (or national body) that is the subject of a reporting verb earlier in the same sentence or
 * in the previous one ("Germany said … . Finance Minister X called …"). The nearest wins;
 * without such a context there is no affiliation (better none than a wrong one).
 */
function reportingContext(
  body: string,
  k: Knowledge,
  candidates: readonly Candidate[],
  sentences: readonly Sentence[],
  at: number,
  /** A spokesperson speaks for the body itself ("The ministry said … . Spokesman X added …"). */
  speaksForBody = false,
): string | undefined {
  const i = sentenceAt(sentences, at);
  const from = sentences[Math.max(0, i - 1)]?.start ?? 0;
  const verbAfter = speechRegexes(k).bodyThenVerb;
  const cues = candidates.filter(
    (c) =>
      c.start >= from &&
      c.end <= at &&
      c.kind !== "possessive" &&
      verbAfter.test(body.slice(c.end, c.end + 80)),
  );
  for (const c of cues.reverse()) {
    if (speaksForBody && /^org:[a-z]{2}:/.test(c.actorId)) return c.actorId;
    const country = countryOfCandidate(c);
    if (country) return country;
  }
  return undefined;
}

/**
 * "Its foreign minister, X": the owner of a possessive pronoun opening a role phrase is the nearest
 * country or organisation before it in the same sentence, else the first one (the subject) of the
 * previous sentence.
 */
function possessiveOwner(
  body: string,
  phrase: Span,
  candidates: readonly Candidate[],
  sentences: readonly Sentence[],
): string | undefined {
  if (!/^(?:its|their)[\s\u00a0]/i.test(body.slice(phrase.start, phrase.start + 6))) return undefined;
  const i = sentences.length > 0 ? sentenceAt(sentences, phrase.start) : 0;
  const own = sentences[i]?.start ?? 0;
  const from = sentences[Math.max(0, i - 1)]?.start ?? 0;
  const owners = (a: number, b: number) =>
    candidates.filter((c) => c.start >= a && c.end <= b && !c.actorId.startsWith("person:"));
  // The nearest owner in the same sentence, else the subject (first mention) of the previous one.
  return (owners(own, phrase.start).pop() ?? (own > from ? owners(from, own)[0] : undefined))?.actorId;
}

/**
 * Strips a leading article and the owner's reference from a role phrase: "Peru’s foreign ministry
 * spokeswoman" → "foreign ministry spokeswoman", "Chilean defence ministry spokesman" → "defence
 * ministry spokesman", "UN human rights commissioner" → "human rights commissioner".
 */
function roleTitle(body: string, phrase: Span, inside: readonly Candidate[], k: Knowledge): string {
  let start = phrase.start;
  // Articles and possessive determiners are not part of a title ("Its foreign minister" → "Foreign Minister").
  const lead = /^(?:the|a|an|its|their|his|her|our)[\s\u00a0]+/i.exec(body.slice(start, phrase.end));
  if (lead) start += lead[0].length;
  const first = inside.find((c) => c.start === start && c.end < phrase.end);
  if (first && (first.actorId.startsWith("country:") || !/^org:[a-z]{2}:/.test(first.actorId))) {
    // A country reference or an international body: the title starts after it.
    start = first.end;
  } else if (first) {
    // A national body ("Peru’s foreign ministry"): keep its words, drop its country prefix.
    const prefix = /^(\p{Lu}[\p{L}.-]*(?:[\s\u00a0]\p{Lu}[\p{L}.-]*)*)([’']s)?[\s\u00a0]+/u.exec(
      body.slice(start, phrase.end),
    );
    if (prefix && (prefix[2] || isCountryWord(prefix[1] ?? "", k))) start += prefix[0].length;
  }
  // A body's abbreviation in parentheses is no part of the title ("Ministry of Trade (MoT) Spokesman").
  return titleCase(squash(body.slice(start, phrase.end).replace(/[\s\u00a0]*\([^()]*\)/gu, "")));
}

/** Nouns for a state's leader or official after a demonym ("a Chilean leader", "the first Peruvian president"),
 * in lower case and not followed by a name (a title before a name is that person's own). */
const LEADER_NOUN =
  /^[\s\u00a0]+(?:leader|president|head[\s\u00a0]+of[\s\u00a0]+(?:state|government)|prime[\s\u00a0]+minister|premier|chancellor|monarch|official)s?(?![\p{L}])(?![\s\u00a0]+\p{Lu})/u;

/**
 * "President X met Peruvian Prime Minister Y in Lima, the first such visit by a Chilean leader in 12
 * years": a bare title gets its state from a demonym + leader noun later in the same sentence, when
 * that phrase can only mean X — every other person named in the sentence already has a different
 * known country. Otherwise there is no affiliation.
 */
function laterDemonymLeader(
  body: string,
  k: Knowledge,
  name: Span,
  personId: string,
  candidates: readonly Candidate[],
  found: readonly Candidate[],
  seeds: ReadonlyMap<string, PersonSeed>,
  sentences: readonly Sentence[],
): { countryId: string; end: number } | undefined {
  if (sentences.length === 0) return undefined;
  const sentence = sentences[sentenceAt(sentences, name.start)];
  if (!sentence) return undefined;
  const demonym = candidates.find(
    (c) =>
      c.start >= name.end &&
      c.end <= sentence.end &&
      c.actorId.startsWith("country:") &&
      isDemonym(body.slice(c.start, c.end), k) &&
      LEADER_NOUN.test(body.slice(c.end, c.end + 40)),
  );
  if (!demonym) return undefined;
  const others = new Set(
    found
      .filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.actorId !== personId)
      .map((m) => m.actorId),
  );
  for (const id of others) {
    const country = seeds.get(id)?.countryId;
    if (!country || country === demonym.actorId) return undefined;
  }
  const noun = LEADER_NOUN.exec(body.slice(demonym.end, demonym.end + 40));
  return { countryId: demonym.actorId, end: demonym.end + (noun?.[0].length ?? 0) };
}

function isDemonym(word: string, k: Knowledge): boolean {
  for (const c of k.countries.values()) if (c.demonyms.includes(word)) return true;
  return false;
}

function isCountryWord(word: string, k: Knowledge): boolean {
  for (const c of k.countries.values())
    if (c.names.includes(word) || c.demonyms.includes(word) || c.aliases.includes(word)) return true;
  return false;
}

/** A titled person and the role phrase that names their post. */
interface PendingRole {
  seed: PersonSeed;
  name: Span;
  phrase: Span;
  role: RoleInfo;
}

/** What one pass over the name candidates has found so far. */
interface PeopleScan {
  seeds: Map<string, PersonSeed>;
  found: Candidate[];
  appositives: Span[];
  affiliations: Affiliation[];
  /** People with a role title but no state for it yet. */
  pending: PendingRole[];
}

/** The read-only inputs of person detection. */
interface PeopleInput {
  body: string;
  k: Knowledge;
  candidates: readonly Candidate[];
  sentences: readonly Sentence[];
  /** The story's own state, when it has a single one (see `soleHomeCountry`). */
  home?: string | undefined;
  /** Names listed after a plural post with their states ("defence ministers, Finland’s X and …"). */
  plural: ReadonlyMap<number, PluralHolder>;
}

/**
 * A role phrase next to a new person ("X, Finance minister of Y"): the person's title, and the
 * organisation or state it affiliates them with, read from the nearest cue.
 */
function readRole(input: PeopleInput, scan: PeopleScan, c: NameCandidate, cue: Cue, seed: PersonSeed): void {
  const { body, k, candidates, sentences } = input;
  const phrase = cue.phrase;
  if (!cue.role || !phrase || seed.title) return;
  scan.appositives.push(phrase);
  const inside = candidates.filter((x) => x.start >= phrase.start && x.end <= phrase.end);
  seed.title = roleTitle(body, phrase, inside, k);
  // "Chile’s ambassador to Peru", "envoy to the United Nations": where the post is held is not whom it serves.
  const postedTo = /[\s\u00a0]to[\s\u00a0]/u.exec(body.slice(phrase.start, phrase.end));
  const serving = postedTo ? inside.filter((x) => x.start < phrase.start + postedTo.index) : inside;
  const org = serving.find((x) => x.actorId.startsWith("org:"));
  const country = nearestState(body, serving);
  // Nearest cue first: the role phrase itself, then a title that exists in one state only, then
  // the reporting context; never the story's most-mentioned country.
  const found =
    org?.actorId ??
    country?.actorId ??
    bodyAfterName(body, c, phrase, candidates) ??
    possessiveOwner(body, phrase, candidates, sentences) ??
    bodyWordOwner(body, phrase, candidates) ??
    (cue.role.country ? countryId(cue.role.country) : undefined) ??
    earlierUnnamedHolder(body, cue.role, phrase, candidates) ??
    (cue.role.government ? contextState(input, c, phrase, cue.role) : undefined);
  if (!found) {
    scan.pending.push({ seed, name: c, phrase, role: cue.role });
    return;
  }
  affiliate(input, scan, { seed, name: c, phrase, role: cue.role }, found, phrase.end);
}

/**
 * A government title's state from the discourse: where its holder speaks, the reporting subject just
 * before, then the state the text is about just before (a post held abroad takes neither place).
 */
function contextState(input: PeopleInput, name: Span, phrase: Span, role: RoleInfo): string | undefined {
  const { body, k, candidates, sentences } = input;
  const home = !FOREIGN_POSTS.test(role.title);
  return (
    (home ? speakingPlace(body, k, sentences, name) : undefined) ??
    reportingContext(body, k, candidates, sentences, phrase.start, role.speaksFor === true) ??
    (home ? recentState(body, candidates, sentences, Math.min(name.start, phrase.start)) : undefined)
  );
}

/**
 * The state nearest the title in a role phrase: "Peru met Bolivian President X" is Bolivia's
 * president. A compound demonym ("Turkish Cypriot leader") keeps its first word's state.
 */
function nearestState(body: string, inside: readonly Candidate[]): Candidate | undefined {
  const states = inside.filter((x) => x.actorId.startsWith("country:"));
  let i = states.length - 1;
  while (i > 0 && /^[\s\u00a0]+$/u.test(body.slice(states[i - 1]?.end ?? 0, states[i]?.start ?? 0))) i--;
  return states[i];
}

/** "State Secretary X of the foreign ministry": the body named right after a titled name. */
function bodyAfterName(
  body: string,
  name: Span,
  phrase: Span,
  candidates: readonly Candidate[],
): string | undefined {
  if (phrase.end > name.start) return undefined;
  const of = /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?/.exec(body.slice(name.end, name.end + 16));
  if (!of) return undefined;
  const at = name.end + of[0].length;
  return candidates.find((x) => x.start === at && x.actorId.startsWith("org:"))?.actorId;
}

/** Records the affiliation of a titled person with `found`, or the most specific body of its state. */
function affiliate(input: PeopleInput, scan: PeopleScan, p: PendingRole, found: string, end: number): void {
  const { body, candidates } = input;
  const target = mostSpecific(found, p.role, body.slice(p.phrase.start, p.phrase.end), candidates);
  const orgCountry = target.match(/^org:([a-z]{2}):/)?.[1];
  const seed = p.seed;
  seed.countryId = orgCountry ? `country:${orgCountry}` : target.startsWith("country:") ? target : undefined;
  if (!seed.countryId) delete seed.countryId;
  scan.affiliations.push({
    personId: seed.id,
    targetId: target,
    role: seed.title ?? "",
    speaksFor: Boolean(p.role.speaksFor),
    span: { start: Math.min(p.name.start, p.phrase.start), end: Math.max(p.name.end, end) },
  });
}

/** One name candidate: a part of a known name, a new person (when the text treats it as one), or nothing. */
function readCandidate(input: PeopleInput, scan: PeopleScan, c: NameCandidate): void {
  const { body, k, candidates } = input;
  const possessive = /^[’']s(?![\p{L}])/u.exec(body.slice(c.end, c.end + 3));
  const end = c.end + (possessive?.[0].length ?? 0);
  // "López Obrador" after "Andrés Manuel López Obrador": a part of a known name is a short name.
  const whole = [...scan.seeds.values()].find((p) => isNamePart(c.name.split(" "), p.nameParts));
  if (whole) {
    scan.found.push({
      start: c.start,
      end,
      actorId: whole.id,
      kind: possessive ? "possessive" : "short-name",
    });
    return;
  }
  const cue = personCue(body, c, k, candidates);
  const held = cue ? undefined : input.plural.get(c.start);
  if (!cue && !held) return;
  const id = personId(c.name);
  scan.found.push({ start: c.start, end, actorId: id, kind: possessive ? "possessive" : "name" });
  const seed: PersonSeed = scan.seeds.get(id) ?? {
    id,
    kind: "Person",
    name: c.name,
    nameParts: c.name.split(" ").filter((w) => !/^(?:Jr|Sr)\.?$/.test(w)),
  };
  scan.seeds.set(id, seed);
  if (held) {
    seed.title = titleCase(held.role.title);
    affiliate(input, scan, { seed, name: c, phrase: held.phrase, role: held.role }, held.state, c.end);
    return;
  }
  if (cue?.gender) seed.gender = cue.gender;
  if (cue) readRole(input, scan, c, cue, seed);
}

/** A titled person without a state: a later "the Kenyan leader" names it. */
function resolvePending(input: PeopleInput, scan: PeopleScan): void {
  const { body, k, candidates, sentences } = input;
  for (const p of scan.pending) {
    const later = laterDemonymLeader(
      body,
      k,
      p.name,
      p.seed.id,
      candidates,
      scan.found,
      scan.seeds,
      sentences,
    );
    if (later) {
      affiliate(input, scan, p, later.countryId, later.end);
      continue;
    }
    // Wire copy names its own state's officials by title alone ("Interior Minister X said").
    if (
      input.home &&
      (p.role.government || /\bofficial\b/.test(p.role.title)) &&
      !FOREIGN_POSTS.test(p.role.title)
    )
      affiliate(input, scan, p, countryId(input.home), p.phrase.end);
  }
}

export function findPeople(
  body: string,
  k: Knowledge,
  candidates: readonly Candidate[],
  quotes: readonly Span[],
  sentences: readonly Sentence[] = [],
): PeopleResult {
  const countries = candidates.filter((c) => /^(?:country|org):[a-z]{2}(?::|$)/.test(c.actorId));
  // Only wire copy with a dateline has a home state that bare titles belong to.
  const home = DATELINE_OPENING.test(body) ? soleHomeCountry(body, countries, k) : undefined;
  const names = nameCandidates(body, k, candidates);
  const plural = pluralHolders(body, k, names, candidates);
  const input: PeopleInput = { body, k, candidates, sentences, home, plural };
  const scan: PeopleScan = { seeds: new Map(), found: [], appositives: [], affiliations: [], pending: [] };
  for (const c of names) readCandidate(input, scan, c);
  resolvePending(input, scan);
  const { found } = scan;
  const people = [...scan.seeds.values()];
  const taken = [...candidates, ...found];
  const shortNames = findShortNames(body, people, found, taken, roleWords(k));
  const all = [...found, ...shortNames].sort((a, b) => a.start - b.start);
  for (const post of laterPosts(body, k, shortNames, candidates)) {
    if (scan.affiliations.some((a) => a.personId === post.personId && a.targetId === post.targetId)) continue;
    const title = titleCase(post.role.title);
    scan.affiliations.push({ ...post, role: title, speaksFor: Boolean(post.role.speaksFor) });
  }
  for (const post of relativePosts(body, all, candidates)) {
    if (scan.affiliations.some((a) => a.personId === post.personId && a.targetId === post.targetId)) continue;
    scan.affiliations.push({ ...post, role: post.speaksFor ? "Spokesperson" : "" });
  }
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
    appositives: scan.appositives,
    affiliations: scan.affiliations,
  };
}
