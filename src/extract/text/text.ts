// Small text utilities shared by the extractors: phrase regexes over the raw body (offsets stay
// exact), English verb inflection for the lexicons, and title casing.

const WORD_CHAR = "[\\p{L}\\p{N}]";

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Regex source for a phrase: spaces match any run of whitespace (NBSPs, double spaces, newlines). */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegex(w).replace(/'/g, "['’]"))
    .join("[\\s\\u00a0]+");
}

/**
 * Compiled alternations by phrase list. Some lists come from the article itself (names found in it),
 * so the cache is bounded: least recently used first out. The lexicon lists stay hot.
 */
export const REGEX_CACHE_SIZE = 512;
const regexCache = new Map<string, RegExp>();
const arrayCache = new WeakMap<readonly string[], Map<string, RegExp>>();

/**
 * Whole-word alternation of phrases, longest first so "Coast Guard Command" beats "Coast Guard".
 * Compiled once per phrase list and flags: the lexicons are fixed, so callers may build freely.
 * Callers must not call `.test`/`.exec` on a cached global regex (use `matchAll`, which copies it).
 */
export function phrasesRegex(phrases: Iterable<string>, flags = "gu"): RegExp {
  // Lexicon arrays are long-lived: remember their regex without rebuilding the cache key.
  const byArray = Array.isArray(phrases) ? arrayCache.get(phrases) : undefined;
  const hit = byArray?.get(flags);
  if (hit) return hit;
  const re = compilePhrases(phrases, flags);
  if (Array.isArray(phrases)) {
    const map = byArray ?? new Map<string, RegExp>();
    map.set(flags, re);
    arrayCache.set(phrases, map);
  }
  return re;
}

/** Entries in the phrase-regex cache (for tests of its bound). */
export function phraseRegexCacheSize(): number {
  return regexCache.size;
}

/** The phrases in the order their regex tries them: distinct, longest first, then alphabetical. */
export function phraseOrder(phrases: Iterable<string>): string[] {
  return [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function compilePhrases(phrases: Iterable<string>, flags: string): RegExp {
  const sorted = phraseOrder(phrases);
  const key = `${flags}\u0000${sorted.join("\u0001")}`;
  let re = regexCache.get(key);
  if (re) regexCache.delete(key);
  else re = new RegExp(`(?<!${WORD_CHAR})(?:${sorted.map(phraseSource).join("|")})(?!${WORD_CHAR})`, flags);
  regexCache.set(key, re);
  if (regexCache.size > REGEX_CACHE_SIZE) regexCache.delete(regexCache.keys().next().value ?? "");
  return re;
}

export interface Hit {
  start: number;
  end: number;
  text: string;
}

export function findAll(re: RegExp, text: string, offset = 0): Hit[] {
  const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  // An exec loop on the cached regex itself: matchAll would clone it on every call, and a clone
  // starts again from V8's unoptimised regex tier.
  const hits: Hit[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    hits.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) global.lastIndex++;
  }
  global.lastIndex = 0;
  return hits;
}

/**
 * The matches `[...text.matchAll(re)]` gives, from an exec loop on the regex itself (matchAll clones
 * it, and the clone starts again in V8's regex interpreter). Eager, so a regex shared by callers is
 * safe as long as no caller holds its `lastIndex` across this call.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  const unicode = global.unicode || global.flags.includes("v");
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    found.push(m);
    // An empty match steps on by one character, a whole surrogate pair in unicode mode (as matchAll does).
    if (m[0].length === 0) global.lastIndex += unicode && isSurrogatePair(text, global.lastIndex) ? 2 : 1;
  }
  global.lastIndex = 0;
  return found;
}

/**
 * The same regex behind a `(?=\p{Lu})` guard, for regexes whose every match starts with a capital
 * letter: V8 then rejects most positions on one character instead of first trying the regex's
 * leading lookbehinds there (about a third faster over the corpus, same matches and groups).
 */
export function capitalFirst(re: RegExp): RegExp {
  return new RegExp(`(?=\\p{Lu})(?:${re.source})`, re.flags);
}

function isSurrogatePair(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

export type VerbForm = "base" | "s" | "past" | "ing";

export interface InflectedForm {
  text: string;
  form: VerbForm;
}

const IRREGULAR: Record<string, string[]> = {
  take: ["take", "takes", "took", "taken", "taking"],
  come: ["come", "comes", "came", "coming"],
  put: ["put", "puts", "putting"],
  hold: ["hold", "holds", "held", "holding"],
  meet: ["meet", "meets", "met", "meeting"],
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  withdraw: ["withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"],
};

function tagForm(word: string, base: string): VerbForm {
  if (word === base) return "base";
  if (word.endsWith("ing")) return "ing";
  if (word.endsWith("s") && !word.endsWith("ss")) return "s";
  return "past";
}

function regularForms(verb: string): string[] {
  const irregular = IRREGULAR[verb];
  if (irregular) return irregular;
  const consonantY = /[^aeiou]y$/.test(verb);
  const third = /(?:s|x|z|ch|sh)$/.test(verb)
    ? `${verb}es`
    : consonantY
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`;
  const past = verb.endsWith("e") ? `${verb}d` : consonantY ? `${verb.slice(0, -1)}ied` : `${verb}ed`;
  const ing = verb.endsWith("e") && !verb.endsWith("ee") ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  return [verb, third, past, ing];
}

/** All forms of a (possibly multi-word) verb lemma; only the first word inflects ("take part in"). */
export function inflect(lemma: string, explicit?: string[]): InflectedForm[] {
  const [head = "", ...rest] = lemma.split(" ");
  const words = explicit ?? regularForms(head).map((w) => [w, ...rest].join(" "));
  return words.map((text) => ({ text, form: tagForm(text.split(" ")[0] ?? text, head) }));
}

const SMALL_WORDS = new Set(["of", "and", "for", "the", "to", "in", "on", "at", "a", "an"]);

/** "chief cabinet secretary" → "Chief Cabinet Secretary" (small words stay lower case, acronyms stay). */
export function titleCase(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((w, i) => {
      if (i > 0 && SMALL_WORDS.has(w.toLowerCase())) return w.toLowerCase();
      if (/^[\p{Lu}\d.-]+$/u.test(w) && w.length > 1) return w;
      return w
        .split("-")
        .map((part) => (part ? (part[0] ?? "").toUpperCase() + part.slice(1).toLowerCase() : part))
        .join("-");
    })
    .join(" ");
}

/** Collapses runs of whitespace (including NBSP) for labels; never used on evidence text. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Common irregular past tenses: a capitalised actor followed by one of these is a clause subject. */
export const IRREGULAR_PAST = new Set(
  "held began met took made gave sent went said told led ran saw built brought kept left fought won struck shot spoke wrote drew grew threw flew rose broke chose became came got put set sought thought bought caught taught stood understood withdrew forbade froze stole hid bore swore tore wore lost paid laid".split(
    " ",
  ),
);

interface SpanLike {
  start: number;
  end: number;
}

/** First index in `items` (sorted by start) whose start is ≥ `offset`. */
export function lowerBound(items: readonly SpanLike[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Overlap queries over many spans in O(log n): sorted starts plus a running maximum of ends. */
export class SpanIndex {
  private readonly spans: SpanLike[];
  private readonly maxEnd: number[];
  constructor(spans: Iterable<SpanLike>) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let max = Number.NEGATIVE_INFINITY;
    this.maxEnd = this.spans.map((s) => {
      max = Math.max(max, s.end);
      return max;
    });
  }
  /** Does any span overlap [start, end)? */
  overlaps(span: SpanLike): boolean {
    const last = lowerBound(this.spans, span.end) - 1;
    return last >= 0 && (this.maxEnd[last] ?? Number.NEGATIVE_INFINITY) > span.start;
  }
  contains(offset: number): boolean {
    return this.overlaps({ start: offset, end: offset + 1 });
  }
}
