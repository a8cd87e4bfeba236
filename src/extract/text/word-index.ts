// Lexicon phrases found through an index of the body's words instead of one whole-body regex scan
// per phrase list. A phrase regex (see phrasesRegex) can only match where a whole word of the body
// equals the phrase's first word, so the index names the few places worth trying; there the phrases
// are compared by hand (phrase-literals.ts), or by a sticky copy of the regex for lists that are not
// plain ASCII. The hits are exactly those of findAll on the regex.
import { type LiteralTable, literalTable, matchGroupAt, wordCharAt } from "./phrase-literals.ts";
import { findAll, type Hit, lowerBound, phrasesRegex } from "./text.ts";

/** Calls `each` with every maximal run of letters and digits (what /[\p{L}\p{N}]+/gu matches). */
function wordsOf(text: string, each: (word: string, at: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let size = wordCharAt(text, i);
    if (size === 0) {
      i++;
      continue;
    }
    const start = i;
    while (size > 0) {
      i += size;
      size = i < text.length ? wordCharAt(text, i) : 0;
    }
    each(text.slice(start, i), start);
  }
}

export interface WordIndex {
  /** Where each word of the body starts, keyed by its lower case with "ſ" as "s" (see `wordKey`). */
  starts: Map<string, number[]>;
  /** Every word in text order: its start, its end and its key. */
  words: { start: number; end: number; key: string }[];
}

/**
 * The key of a body word: its lower case. Under the `iu` flags only "ſ" (long s) and "K" (Kelvin
 * sign) fold onto ASCII letters other than their own; toLowerCase already maps "K" to "k".
 */
function wordKey(lower: string): string {
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

function buildIndex(body: string): WordIndex {
  const lower = body.toLowerCase();
  const index: WordIndex = { starts: new Map(), words: [] };
  /** `lower` is the word lower-cased, `length` its length in the body. */
  const add = (lower: string, start: number, length: number) => {
    const key = wordKey(lower);
    index.words.push({ start, end: start + length, key });
    const list = index.starts.get(key);
    if (list) list.push(start);
    else index.starts.set(key, [start]);
  };
  // Lower-casing only lengthens ("İ" → "i̇"); at equal length every character kept its place and its
  // class, so the lower-cased body's words are the body's words, lower-cased, at the same offsets.
  const aligned = lower.length === body.length;
  if (aligned) wordsOf(lower, (word, at) => add(word, at, word.length));
  else wordsOf(body, (word, at) => add(word.toLowerCase(), at, word.length));
  return index;
}

/** A text with a long-lived object to key its index by (a Doc: its sentences array outlives spreads of it). */
export interface IndexedText {
  body: string;
  sentences: readonly object[];
}

const indexes = new WeakMap<object, WordIndex>();

/** The word index of a Doc's body, built once per article. */
export function wordIndex(doc: IndexedText): WordIndex {
  let index = indexes.get(doc.sentences);
  if (!index) {
    index = buildIndex(doc.body);
    indexes.set(doc.sentences, index);
  }
  return index;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * The words of each phrase as index keys, for `mayOccur`. Every word of a phrase stands whole in any
 * text its phrase regex matches. Under /i a non-ASCII word may match body words that lower-case
 * differently ("ς", "σ"), so such a phrase gets no words and is always tried.
 */
export function phraseWords(phrases: readonly string[], caseless: boolean): string[][] {
  return phrases.map((phrase) => {
    const words = phrase.match(WORD_RUN) ?? [];
    if (caseless && !words.every((w) => /^[A-Za-z0-9]+$/.test(w))) return [];
    return words.map((w) => wordKey(w.toLowerCase()));
  });
}

/** Can some phrase occur in the body? False only when every phrase misses one of its words. */
export function mayOccur(phrases: readonly string[][], index: WordIndex): boolean {
  return phrases.some((words) => words.every((w) => index.starts.has(w)));
}

export interface PhraseMatcher {
  /** The phrase regex itself (global), as phrasesRegex compiles it. */
  regex: RegExp;
  /** Its sticky twin, or undefined when some phrase cannot be found through the index. */
  sticky?: RegExp;
  /** The phrases by first word for matching by hand, when all are plain ASCII. */
  literals?: LiteralTable;
  caseless: boolean;
  /** The distinct first words of the phrases, lower-cased. */
  firstWords: string[];
  firstWordSet: Set<string>;
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** The lower-cased leading word of a phrase, or undefined when the index cannot stand for it. */
function indexableFirstWord(phrase: string): string | undefined {
  const word = FIRST_WORD.exec(phrase.trim())?.[0];
  // A non-ASCII first word could fold onto body words that lower-case differently ("ς", "σ").
  return word && /^[\x20-\x7e]+$/.test(word) ? word.toLowerCase() : undefined;
}

const matcherCache = new WeakMap<readonly string[], Map<string, PhraseMatcher>>();

function buildMatcher(phrases: readonly string[], flags: string): PhraseMatcher {
  const regex = phrasesRegex(phrases, flags.includes("g") ? flags : `${flags}g`);
  const firstWords = phrases.filter(Boolean).map(indexableFirstWord);
  const indexable = firstWords.every((w) => w !== undefined);
  const distinct = [...new Set(firstWords.filter((w) => w !== undefined))];
  const literals = indexable ? literalTable(phrases) : undefined;
  return {
    regex,
    ...(indexable ? { sticky: new RegExp(regex.source, `${regex.flags.replace("g", "")}y`) } : {}),
    ...(literals ? { literals } : {}),
    caseless: regex.flags.includes("i"),
    firstWords: distinct,
    firstWordSet: new Set(distinct),
  };
}

/** The matcher of a long-lived phrase list (cached per array and flags, like phrasesRegex). */
export function phraseMatcher(phrases: readonly string[], flags = "gu"): PhraseMatcher {
  const byFlags = matcherCache.get(phrases) ?? new Map<string, PhraseMatcher>();
  matcherCache.set(phrases, byFlags);
  let matcher = byFlags.get(flags);
  if (!matcher) {
    matcher = buildMatcher(phrases, flags);
    byFlags.set(flags, matcher);
  }
  return matcher;
}

/** Where a phrase may start, with the phrases to try there; undefined for the regex's own list. */
interface Candidate {
  at: number;
  group?: readonly string[][];
}

/** Word starts of the body where one of the first words stands, in text order. */
function candidates(index: WordIndex, matcher: PhraseMatcher): Candidate[] {
  const found: Candidate[] = [];
  for (const word of matcher.firstWords) {
    const starts = index.starts.get(word);
    const group = matcher.literals?.get(word);
    if (starts) for (const at of starts) found.push(group ? { at, group } : { at });
  }
  return matcher.firstWords.length > 1 ? found.sort((a, b) => a.at - b.at) : found;
}

/**
 * End of the match at `at` in `text` (cut at `limit`), or -1: by hand when the phrases to try are
 * known, else by the sticky regex (which then must run on the text as cut).
 */
function matchAt(
  matcher: PhraseMatcher,
  sticky: RegExp,
  text: string,
  at: number,
  limit: number,
  group?: readonly string[][],
): number {
  if (group) return matchGroupAt(text, at, limit, group, matcher.caseless);
  sticky.lastIndex = at;
  const end = sticky.test(text) ? sticky.lastIndex : -1;
  sticky.lastIndex = 0;
  return end;
}

/** The same hits as `findAll(matcher.regex, doc.body)`, found through the body's word index. */
export function findPhrases(doc: IndexedText, matcher: PhraseMatcher): Hit[] {
  const sticky = matcher.sticky;
  if (!sticky) return findAll(matcher.regex, doc.body);
  const body = doc.body;
  const hits: Hit[] = [];
  let next = 0;
  for (const { at, group } of candidates(wordIndex(doc), matcher)) {
    if (at < next) continue;
    const end = matchAt(matcher, sticky, body, at, body.length, group);
    if (end < 0) continue;
    next = end;
    hits.push({ start: at, end, text: body.slice(at, end) });
  }
  return hits;
}

/**
 * The same hits as `findAll(matcher.regex, doc.body.slice(start, end), start)`. In the slice a word
 * cut by either edge is another word than in the body: its key is that of its part in the window
 * (the regex on the slice tries it when the phrases are not matched by hand).
 */
export function findPhrasesIn(doc: IndexedText, matcher: PhraseMatcher, start: number, end: number): Hit[] {
  const { sticky, literals } = matcher;
  if (!sticky) return findAll(matcher.regex, doc.body.slice(start, end), start);
  const words = wordIndex(doc).words;
  const hits: Hit[] = [];
  let next = start;
  let slice: string | undefined;
  const tryAt = (at: number, key: string) => {
    if (at < next) return;
    let found = -1;
    if (literals) {
      const group = literals.get(key);
      if (group) found = matchGroupAt(doc.body, at, end, group, matcher.caseless);
    } else {
      slice ??= doc.body.slice(start, end);
      const rel = matchAt(matcher, sticky, slice, at - start, end - start);
      found = rel < 0 ? -1 : start + rel;
    }
    if (found < 0) return;
    next = found;
    hits.push({ start: at, end: found, text: doc.body.slice(at, found) });
  };
  const partKey = (from: number, to: number) => wordKey(doc.body.slice(from, to).toLowerCase());
  let i = lowerBound(words, start);
  const before = words[i - 1];
  if (before && before.end > start) tryAt(start, partKey(start, Math.min(before.end, end)));
  for (let w = words[i]; w && w.start < end; w = words[++i]) {
    if (w.end > end) tryAt(w.start, partKey(w.start, end));
    else if (matcher.firstWordSet.has(w.key)) tryAt(w.start, w.key);
  }
  return hits;
}
