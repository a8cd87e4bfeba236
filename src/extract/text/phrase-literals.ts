// Phrase matching by hand at a known word start, with exactly the semantics of the phrase regex
// (phraseSource inside phrasesRegex): words compared character by character (case-folded under the
// `i` flag), any run of whitespace between them, an apostrophe matching ' or ’, and no letter or
// digit on either side. Used where the word index names the few places to try, because running a
// cold regex at each of them cost more than the hand comparison.
import { phraseOrder } from "./text.ts";

const WORD_CHAR = /^[\p{L}\p{N}]/u;
const SPACE = /^[\s\u00a0]/u;
/** 1 for the ASCII letters and digits, by character code. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, code) =>
  /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0,
);

/**
 * Length (1 or 2 code units) of the letter or digit at `i`, or 0; `end` cuts the text as a slice
 * would (a surrogate pair split by it is no letter).
 */
export function wordCharAt(text: string, i: number, end = text.length): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code] ?? 0;
  // Quotes, dashes and no-break spaces are the common non-ASCII characters of news copy.
  if (code === 0xa0 || (code >= 0x2010 && code <= 0x201f)) return 0;
  const size = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + size)) ? size : 0;
}

/** Is the character at `i` matched by `[\s\u00a0]`? */
function spaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) return true;
  return code >= 128 && SPACE.test(text[i] ?? "");
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * Does body character `b` match phrase character `p` (printable ASCII)? Under `iu` an ASCII letter
 * also matches its other case, and "s" and "k" match "ſ" (long s) and "K" (Kelvin sign).
 */
function sameChar(b: number, p: number, caseless: boolean): boolean {
  if (p === APOSTROPHE) return b === APOSTROPHE || b === RIGHT_QUOTE;
  if (b === p) return true;
  const lower = p | 32;
  if (!caseless || lower < 97 || lower > 122) return false;
  if (b < 128) return (b | 32) === lower;
  return (b === 0x17f && lower === 115) || (b === 0x212a && lower === 107);
}

/** Phrases as word lists, grouped by their lower-cased first word, each group in regex order. */
export type LiteralTable = Map<string, string[][]>;

/**
 * The table of a phrase list, or undefined when some phrase is not plain printable ASCII opening
 * with a letter or digit (those keep to the regex).
 */
export function literalTable(phrases: Iterable<string>): LiteralTable | undefined {
  const table: LiteralTable = new Map();
  for (const phrase of phraseOrder(phrases)) {
    const words = phrase.trim().split(/\s+/);
    const first = /^[A-Za-z0-9]+/.exec(words[0] ?? "")?.[0];
    if (!first || !words.every((w) => /^[\x21-\x7e]+$/.test(w))) return undefined;
    const key = first.toLowerCase();
    const group = table.get(key);
    if (group) group.push(words);
    else table.set(key, [words]);
  }
  return table;
}

/** End of the phrase matched at `at` (a word start) within `limit`, or -1. */
function matchWordsAt(text: string, at: number, limit: number, words: string[], caseless: boolean): number {
  let i = at;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const gap = i;
      while (i < limit && spaceAt(text, i)) i++;
      if (i === gap) return -1;
    }
    const word = words[w] ?? "";
    for (let j = 0; j < word.length; j++, i++) {
      if (i >= limit || !sameChar(text.charCodeAt(i), word.charCodeAt(j), caseless)) return -1;
    }
  }
  return i < limit && wordCharAt(text, i, limit) > 0 ? -1 : i;
}

/** End of the first phrase of the group (in regex order) that matches at `at`, or -1. */
export function matchGroupAt(
  text: string,
  at: number,
  limit: number,
  group: readonly string[][],
  caseless: boolean,
): number {
  for (const words of group) {
    const end = matchWordsAt(text, at, limit, words, caseless);
    if (end >= 0) return end;
  }
  return -1;
}
