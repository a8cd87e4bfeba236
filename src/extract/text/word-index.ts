// Lexicon phrases found through an index of the body's words instead of one whole-body regex scan
// per phrase list. A phrase regex (see phrasesRegex) can only match where a whole word of the body
// equals the phrase's first word, so the index names the few places worth trying, and a sticky copy
// of the same regex decides at each of them. The hits are exactly those of findAll on the regex.
import { findAll, type Hit, lowerBound, phrasesRegex } from "./text.ts";

const WORD_CHAR = /^[\p{L}\p{N}]/u;
/** 1 for the ASCII letters and digits, by character code. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, code) =>
  /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0,
);

/** Length (1 or 2 code units) of the letter or digit at `i`, or 0: a hand loop, as the regex was slower. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code] ?? 0;
  // Quotes, dashes and no-break spaces are the common non-ASCII characters of news copy.
  if (code === 0xa0 || (code >= 0x2010 && code <= 0x201f)) return 0;
  const size = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + size)) ? size : 0;
}

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
  /** The words of the lower-cased body (the old prefilter of event verbs; kept for identical output). */
  lowerWords: Set<string>;
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
  const index: WordIndex = { lowerWords: new Set(), starts: new Map(), words: [] };
  const add = (word: string, start: number) => {
    const key = wordKey(word);
    index.words.push({ start, end: start + word.length, key });
    const list = index.starts.get(key);
    if (list) list.push(start);
    else index.starts.set(key, [start]);
  };
  // Lower-casing only lengthens ("İ" → "i̇"); at equal length every character kept its place and its
  // class, so the lower-cased body's words are the body's words, lower-cased, at the same offsets.
  const aligned = lower.length === body.length;
  wordsOf(lower, (word, at) => {
    index.lowerWords.add(word);
    if (aligned) add(word, at);
  });
  if (!aligned) wordsOf(body, (word, at) => add(word.toLowerCase(), at));
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

export interface PhraseMatcher {
  /** The phrase regex itself (global), as phrasesRegex compiles it. */
  regex: RegExp;
  /** Its sticky twin, or undefined when some phrase cannot be found through the index. */
  sticky?: RegExp;
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

/** The matcher of a long-lived phrase list (cached per array and flags, like phrasesRegex). */
export function phraseMatcher(phrases: readonly string[], flags = "gu"): PhraseMatcher {
  const byFlags = matcherCache.get(phrases) ?? new Map<string, PhraseMatcher>();
  matcherCache.set(phrases, byFlags);
  let matcher = byFlags.get(flags);
  if (!matcher) {
    const regex = phrasesRegex(phrases, flags.includes("g") ? flags : `${flags}g`);
    const firstWords = phrases.filter(Boolean).map(indexableFirstWord);
    const indexable = firstWords.every((w) => w !== undefined);
    const distinct = [...new Set(firstWords.filter((w) => w !== undefined))];
    matcher = {
      regex,
      ...(indexable ? { sticky: new RegExp(regex.source, `${regex.flags.replace("g", "")}y`) } : {}),
      firstWords: distinct,
      firstWordSet: new Set(distinct),
    };
    byFlags.set(flags, matcher);
  }
  return matcher;
}

/** Word starts of the body where one of the first words stands, in text order. */
function candidateStarts(index: WordIndex, firstWords: readonly string[]): readonly number[] {
  if (firstWords.length === 1) return index.starts.get(firstWords[0] ?? "") ?? [];
  const starts: number[] = [];
  for (const word of firstWords) {
    const list = index.starts.get(word);
    if (list) for (const at of list) starts.push(at);
  }
  return starts.sort((a, b) => a - b);
}

/** The same hits as `findAll(matcher.regex, doc.body)`, found through the body's word index. */
export function findPhrases(doc: IndexedText, matcher: PhraseMatcher): Hit[] {
  const sticky = matcher.sticky;
  if (!sticky) return findAll(matcher.regex, doc.body);
  const hits: Hit[] = [];
  let next = 0;
  for (const at of candidateStarts(wordIndex(doc), matcher.firstWords)) {
    if (at < next) continue;
    sticky.lastIndex = at;
    if (!sticky.test(doc.body)) continue;
    next = sticky.lastIndex;
    hits.push({ start: at, end: next, text: doc.body.slice(at, next) });
  }
  sticky.lastIndex = 0;
  return hits;
}

/**
 * The same hits as `findAll(matcher.regex, doc.body.slice(start, end), start)`. In the slice a word
 * cut by either edge is another word than in the body, so those two are always tried.
 */
export function findPhrasesIn(doc: IndexedText, matcher: PhraseMatcher, start: number, end: number): Hit[] {
  const sticky = matcher.sticky;
  const text = doc.body.slice(start, end);
  if (!sticky) return findAll(matcher.regex, text, start);
  const words = wordIndex(doc).words;
  const hits: Hit[] = [];
  let next = 0;
  const tryAt = (at: number) => {
    if (at < next) return;
    sticky.lastIndex = at;
    if (!sticky.test(text)) return;
    next = sticky.lastIndex;
    hits.push({ start: start + at, end: start + next, text: text.slice(at, next) });
  };
  let i = lowerBound(words, start);
  const before = words[i - 1];
  if (before && before.end > start) tryAt(0);
  for (let w = words[i]; w && w.start < end; w = words[++i]) {
    if (w.end > end || matcher.firstWordSet.has(w.key)) tryAt(w.start - start);
  }
  sticky.lastIndex = 0;
  return hits;
}
