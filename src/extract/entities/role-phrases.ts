// Role phrases before a name: a title right before it ("Brazil’s Foreign Minister X", "ministry
// spokesman Rear Admiral X") or a phrase set off by commas ("Peru’s foreign ministry spokeswoman, X,",
// "A spokesman for the Osterlich embassy in Lima, Senior Colonel X,"). Dots inside an abbreviation
// ("U.S.") do not end the phrase.

import type { Knowledge, RoleInfo } from "../knowledge/knowledge.ts";
import { execAll, phraseSource } from "../text/text.ts";
import type { Span } from "../types.ts";
import type { Candidate } from "./gazetteer.ts";

export interface Cue {
  role?: RoleInfo;
  /** The role phrase as written (appositive or prefix). */
  phrase?: Span;
  gender?: "male" | "female";
}

/** Role title contained in a short phrase, longest first ("chief cabinet secretary" before "secretary"). */
export function findRole(phrase: string, k: Knowledge): RoleInfo | undefined {
  const lower = phrase.toLowerCase();
  // Only roles whose title's first word stands in the phrase can match; test those in lexicon order.
  const { byFirstWord, always } = roleIndex(k);
  const order = [...always];
  for (const word of lower.match(LETTER_RUN) ?? []) order.push(...(byFirstWord.get(word) ?? []));
  order.sort((a, b) => a - b);
  for (const i of order) {
    const role = k.roles[i];
    if (role && titleInLowerCase(role).test(lower)) return role;
  }
  return undefined;
}

const LETTER_RUN = /\p{L}+/gu;

interface RoleIndex {
  /** Role positions by the first letter run of their lower-case title. */
  byFirstWord: Map<string, number[]>;
  /** Roles whose title has no letter run (tried always). */
  always: number[];
  /** Some title opens with a letter outside lower-case Latin-1, whose folding `mayHoldTitle` cannot mirror. */
  unsure: boolean;
}

const roleIndexes = new WeakMap<Knowledge, RoleIndex>();

/**
 * Roles by the first letter run of their lower-case title. A title's regex is bounded by non-letters,
 * so that run stands as a whole letter run in any phrase the title matches.
 */
function roleIndex(k: Knowledge): RoleIndex {
  let index = roleIndexes.get(k);
  if (index) return index;
  index = { byFirstWord: new Map(), always: [], unsure: false };
  for (const [i, role] of k.roles.entries()) {
    const first = /\p{L}+/u.exec(role.title.toLowerCase())?.[0];
    if (!first) index.always.push(i);
    else index.byFirstWord.set(first, [...(index.byFirstWord.get(first) ?? []), i]);
    if (!first || !/^[a-z\u00e0-\u00ff]+$/.test(first)) index.unsure = true;
  }
  roleIndexes.set(k, index);
  return index;
}

const lowerTitleRegexes = new WeakMap<RoleInfo, RegExp>();

/** A role's lower-case title as a whole word; compiled once per role (findRole runs per name). */
function titleInLowerCase(r: RoleInfo): RegExp {
  let re = lowerTitleRegexes.get(r);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])${phraseSource(r.title.toLowerCase())}(?![\\p{L}])`, "u");
    lowerTitleRegexes.set(r, re);
  }
  return re;
}

/** A portfolio after a title ("Minister for Economic Affairs X", "Secretary of State Y"). */
const PORTFOLIO = "(?:[\\s\\u00a0]+(?:for|of)(?:[\\s\\u00a0]+(?:the|and|\\p{Lu}[\\p{L}-]*))+)?";

/** Abbreviated military ranks written between a role and a name (case-sensitive inside an "iu" regex). */
const RANKS = "(?:(?:Brig|Gen|Col|Lt|Maj|Capt|Cmdr|Adm|Sgt|Cpl)\\.[\\s\\u00a0]+)*";

/** Words that never modify a role title, so a title prefix does not extend back over them. */
const NOT_MODIFIER =
  /^(?:of|and|or|to|in|on|at|by|for|with|from|as|that|who|which|the|a|an|is|was|are|were|has|had|have|said|says|told|also|quoted|quoting|cited|reported)$/i;

const prefixRegexCache = new WeakMap<Knowledge, { roleBefore: RegExp; postBefore: RegExp }>();

/** The title-before-name regexes of `prefixCue`, compiled once per knowledge base (not per name). */
function prefixRegexes(k: Knowledge): { roleBefore: RegExp; postBefore: RegExp } {
  let cached = prefixRegexCache.get(k);
  if (!cached) {
    const titles = k.roles.map((r) => phraseSource(r.title)).join("|");
    cached = {
      roleBefore: new RegExp(`((?:${titles})${PORTFOLIO})[\\s\\u00a0]+${RANKS}$`, "iu"),
      postBefore: new RegExp(`(?<![\\p{L}])(?:${titles})[\\s\\u00a0]+$`, "u"),
    };
    prefixRegexCache.set(k, cached);
  }
  return cached;
}

/**
 * Extends a pre-name title back over the organisation or country reference that owns it, across at
 * most three lower-case modifiers: "Peru’s foreign ministry spokeswoman", "NATO deputy secretary-general".
 */
function ownerBefore(body: string, start: number, candidates: readonly Candidate[]): number {
  const owner = candidates.filter((x) => x.end <= start && start - x.end <= 40).pop();
  if (!owner) return start;
  const gap = body.slice(owner.end, start);
  if (!/^(?:[\s\u00a0]+[\p{Ll}-]+){0,3}[\s\u00a0]+$/u.test(gap)) return start;
  const words = gap
    .trim()
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
  return words.some((w) => NOT_MODIFIER.test(w)) ? start : owner.start;
}

const withGender = (role: RoleInfo, phrase: Span): Cue => ({
  role,
  phrase,
  ...(role.gender ? { gender: role.gender } : {}),
});

/**
 * Can a role title occur in `text` under the case-insensitive title regexes? Each title's first
 * letter run (lower case, Latin-1) must then be in the lower-cased text: every letter that folds to
 * one of these lower-cases to it too, but for "ſ" (folds to "s", replaced here). A title opening
 * with another letter makes any text possible.
 */
function mayHoldTitle(text: string, k: Knowledge): boolean {
  const { byFirstWord, unsure } = roleIndex(k);
  if (unsure) return true;
  const lower = text.toLowerCase().replace(/ſ/g, "s");
  for (const head of byFirstWord.keys()) if (lower.includes(head)) return true;
  return false;
}

/**
 * "Army spokesman Col. X", "army spokesman Brig. Gen. X": a title right before the name, an abbreviated
 * rank between. A lower-case post before a written-out rank is the post ("ministry spokesman Rear
 * Admiral X" is the ministry's spokesman).
 */
export function prefixCue(
  body: string,
  c: Span,
  before: string,
  k: Knowledge,
  candidates: readonly Candidate[],
): Cue | undefined {
  if (!mayHoldTitle(before, k)) return undefined;
  const { roleBefore: roleRe, postBefore } = prefixRegexes(k);
  const roleBefore = roleRe.exec(before);
  if (!roleBefore) return undefined;
  let index = roleBefore.index;
  let titleText = roleBefore[1] ?? roleBefore[0];
  const post = postBefore.exec(before.slice(0, index));
  const postRole = post && /^\p{Lu}/u.test(titleText) ? findRole(post[0], k) : undefined;
  if (post && postRole?.speaksFor) {
    titleText = post[0].trimEnd();
    index = post.index;
  }
  // Extend the prefix over capitalised words and possessives before it ("Brazil’s Foreign Minister").
  // A capitalised word ending in a full stop ends a sentence ("… in Madrid. Minister X") unless it is
  // an abbreviation with inner dots ("U.S.").
  // A body's abbreviation in parentheses belongs to it ("Ministry of Trade (MoT) spokesman X").
  const ext =
    /(?:(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{L}-]*(?:[’']s)?|\(\p{Lu}[\p{L}\p{N}.&-]{1,10}\)|of|the)[\s\u00a0]+)*$/u.exec(
      before.slice(0, index),
    );
  const startInBefore = ext ? index - ext[0].length : index;
  const base = c.start - before.length;
  const role = findRole(titleText, k);
  if (!role) return undefined;
  return withGender(role, {
    start: ownerBefore(body, base + startInBefore, candidates),
    end: base + index + titleText.trimEnd().length,
  });
}

/**
 * A phrase ending in a post, or in a post and the body or place it serves ("a spokesman for the
 * embassy in Lima", "Osterlich’s ambassador in Lima"); a rank word may follow the post ("minister
 * delegate for defence").
 */
function endsInPost(text: string, role: RoleInfo): boolean {
  let re = postEndRegexes.get(role);
  if (!re) {
    re = new RegExp(
      `${phraseSource(role.title)}(?:[\\s\\u00a0-]+(?:delegate|designate))?(?:[\\s\\u00a0]+(?:for|of|at|to|in)[\\s\\u00a0]+[^,]+)?$`,
      "iu",
    );
    postEndRegexes.set(role, re);
  }
  return re.test(text.trim());
}
const postEndRegexes = new WeakMap<RoleInfo, RegExp>();

/** No `i` flag: with it, `\p{Lu}` would match lower case too. */
const POSSESSIVE_OR_DETERMINER =
  /(?<=^|[\s\u00a0])(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[\s\u00a0]|(?<!(?!(?:The|An?)[\s\u00a0])\p{Lu}[\p{L}.-]*[\s\u00a0])(?:\p{Lu}[\p{L}.-]*[\s\u00a0]){0,3}\p{Lu}[\p{L}.-]*[’']s[\s\u00a0])/gu;

/** The clause itself when short, else its shortest final noun phrase (from a determiner) naming a post. */
function lastNounPhrase(clause: string, k: Knowledge): { text: string; role: RoleInfo } | undefined {
  const starts = [0];
  // A determiner, or a whole possessive name as one ("summoned Peru’s ambassador, X": "Peru’s
  // ambassador"; "the European Union’s spokeswoman" starts at "European", never inside the name).
  for (const m of execAll(POSSESSIVE_OR_DETERMINER, clause))
    if ((m.index ?? 0) > 0) starts.push(m.index ?? 0);
  for (const at of starts.reverse()) {
    const text = clause.slice(at);
    if (text.split(/\s+/).length > 8) continue;
    const role = findRole(text, k);
    if (role && endsInPost(text, role)) return { text, role };
  }
  return undefined;
}

/**
 * "Russia’s foreign ministry spokeswoman, Maria Zakharova, said …": a role phrase, then the name
 * between commas, possibly after a written-out rank ("…, Senior Colonel X,"). "… by Minister X and
 * his Ruritanian counterpart, Y, …": the role phrase is the last conjunct. A long clause keeps only
 * its last noun phrase ("… it had summoned the Ruritanian charge d’affaires, X,").
 */
export function leadingCue(c: Span, before: string, after: string, k: Knowledge): Cue | undefined {
  // The name closes the appositive with a comma, or closes the sentence ("… and her counterpart, X.").
  if (!/^(?:,|\.(?:[\s\u00a0]|$))/u.test(after)) return undefined;
  const rank = /,[\s\u00a0]+((?:\p{Lu}[\p{L}.]*[\s\u00a0]+){1,3})$/u.exec(before);
  const head = rank && findRole(rank[1] ?? "", k) ? before.slice(0, rank.index + 2) : before;
  const leading =
    /(?:^|[.;:!?\n][”"]?|,[”"]?|[\s\u00a0]and)[\s\u00a0]*((?:(?!\band\b)(?:[^,.;:!?\n“”"]|\.(?=\p{L})|(?<=\p{Lu}\.\p{Lu})\.|\.(?=[\s\u00a0]+\p{Ll}))){2,90}),[\s\u00a0]+$/u.exec(
      head,
    );
  if (!leading?.[1]) return undefined;
  const clause = leading[1];
  const found = lastNounPhrase(clause, k);
  if (!found) return undefined;
  const { text, role } = found;
  const offset = leading.index + leading[0].indexOf(clause) + clause.length - text.length;
  const start = c.start - before.length + offset;
  return withGender(role, { start, end: start + text.trimEnd().length });
}
