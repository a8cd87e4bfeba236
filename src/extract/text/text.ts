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

/**
 * The common irregular verbs of English: "base past participle", variants after "/". Verbs built on
 * one of these with a prefix ("withdraw", "overrun", "undertake", "foresee") inflect like it.
 */
const IRREGULAR_TABLE = `arise arose arisen|awake awoke awoken|bear bore borne/born|beat beat beaten|become became become
begin began begun|bend bent bent|bet bet bet|bid bid/bade bid/bidden|bind bound bound|bite bit bitten
bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought
broadcast broadcast broadcast|build built built|burn burned/burnt burned/burnt|burst burst burst
buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung
come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug
dive dived/dove dived|do did done|draw drew drawn|dream dreamed/dreamt dreamed/dreamt
drink drank drunk|drive drove driven|dwell dwelt/dwelled dwelt/dwelled|eat ate eaten|fall fell fallen
feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fling flung flung
fly flew flown|forbid forbade forbidden|forsake forsook forsaken|freeze froze frozen|get got got/gotten
give gave given|go went gone|grind ground ground|grow grew grown|hang hung/hanged hung/hanged
have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt
keep kept kept|kneel knelt/kneeled knelt/kneeled|know knew known|lay laid laid|lead led led
lean leaned/leant leaned/leant|leap leaped/leapt leaped/leapt|learn learned/learnt learned/learnt
leave left left|lend lent lent|let let let|lie lay/lied lain/lied|light lit/lighted lit/lighted
lose lost lost|make made made|mean meant meant|meet met met|pay paid paid|plead pleaded/pled pleaded/pled
prove proved proved/proven|put put put|quit quit quit|read read read|rid rid rid|ride rode ridden
ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold
send sent sent|set set set|shake shook shaken|shed shed shed|shine shone/shined shone/shined
shoot shot shot|show showed shown/showed|shrink shrank/shrunk shrunk|shut shut shut|sing sang sung
sink sank/sunk sunk|sit sat sat|slay slew slain|sleep slept slept|slide slid slid|sling slung slung
slit slit slit|smell smelled/smelt smelled/smelt|sow sowed sown/sowed|speak spoke spoken
speed sped/speeded sped/speeded|spell spelled/spelt spelled/spelt|spend spent spent
spill spilled/spilt spilled/spilt|spin spun spun|spit spat/spit spat/spit|split split split
spoil spoiled/spoilt spoiled/spoilt|spread spread spread|spring sprang/sprung sprung|stand stood stood
steal stole stolen|stick stuck stuck|sting stung stung|stink stank stunk|stride strode stridden
strike struck struck/stricken|string strung strung|strive strove/strived striven/strived
swear swore sworn|sweep swept swept|swell swelled swollen/swelled|swim swam swum|swing swung swung
take took taken|teach taught taught|tear tore torn|tell told told|think thought thought
throw threw thrown|thrust thrust thrust|tread trod trodden|wake woke/waked woken/waked|wear wore worn
weave wove woven|weep wept wept|wet wet/wetted wet/wetted|win won won|wind wound wound
wring wrung wrung|write wrote written`;

interface IrregularVerb {
  past: string[];
  participle: string[];
}

function parseIrregular(table: string): Map<string, IrregularVerb> {
  const verbs = new Map<string, IrregularVerb>();
  for (const row of table.split(/[|\n]/)) {
    const [base = "", past = "", participle = ""] = row.trim().split(" ");
    verbs.set(base, { past: past.split("/"), participle: participle.split("/") });
  }
  return verbs;
}

const IRREGULAR = parseIrregular(IRREGULAR_TABLE);
/** Prefixes that keep an irregular verb irregular ("withdraw", "overrun", "mislead", "become"). */
const IRREGULAR_PREFIX = /^(?:with|over|under|out|up|re|mis|fore|for|be)(?=[a-z]{2})/;
/** Look-alikes of a prefixed irregular verb that are regular ("relayed", "belied"). */
const REGULAR_LOOKALIKE = new Set(["relay", "belie", "outlay", "rebound", "resound", "bespeak", "befit"]);
/** Verbs of more than one syllable that double their final consonant ("admitted", "referred"). */
const DOUBLING =
  /(?:^|[^aeiou])(?:admit|commit|submit|omit|permit|emit|transmit|remit|acquit|occur|recur|concur|incur|confer|defer|infer|prefer|refer|transfer|compel|expel|propel|dispel|repel|control|patrol|regret|rebut|equip|deter|debar|embed|kidnap|worship|format|program|allot|abet|outwit|annul|enrol|instil|distil|fulfil|outstrip|overlap|unwrap|handicap|begin|forget|upset|beset|outbid|overrun|rerun|outrun|forbid)$/;

/** One syllable ending in a single vowel and a single consonant: "ban", "stop", "quit", "hit". */
function doubles(verb: string): boolean {
  if (DOUBLING.test(verb)) return true;
  const m = /^(?:qu|[^aeiou])*[aeiou]([b-df-hj-np-tvz])$/.exec(verb);
  return m !== null && (verb.match(/[aeiou]+/g) ?? []).length === 1;
}

/** British doubles a final "l" after one unstressed vowel ("travelled"), American does not. */
function britishL(verb: string): boolean {
  return /[^aeiou][aeiou]l$/.test(verb) && (verb.match(/[aeiouy]+/g) ?? []).length > 1;
}

function thirdPerson(verb: string): string {
  if (verb === "be") return "is";
  if (verb === "have") return "has";
  if (/(?:s|x|z|ch|sh|[^aeiou]o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** Adds a suffix beginning with a vowel ("-ed", "-ing"): doubled, "-ck", British and American "l". */
function suffixed(verb: string, suffix: "ed" | "ing"): string[] {
  if (doubles(verb)) return [`${verb}${verb.slice(-1)}${suffix}`];
  if (britishL(verb)) return [`${verb}l${suffix}`, `${verb}${suffix}`];
  if (/[aeiou]c$/.test(verb) && verb.length > 3) return [`${verb}k${suffix}`];
  return [`${verb}${suffix}`];
}

function pastForms(verb: string): string[] {
  if (verb.endsWith("e")) return [`${verb}d`];
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ied`];
  return suffixed(verb, "ed");
}

function ingForms(verb: string): string[] {
  if (verb.endsWith("ie")) return [`${verb.slice(0, -2)}ying`];
  if (verb.endsWith("e") && !/(?:ee|oe|ye)$/.test(verb) && verb !== "be") return [`${verb.slice(0, -1)}ing`];
  return suffixed(verb, "ing");
}

/** The irregular verb a lemma is built on, with its prefix ("with" + "draw"), if any. */
function irregularStem(verb: string): { prefix: string; stem: string; forms: IrregularVerb } | undefined {
  const own = IRREGULAR.get(verb);
  if (own) return { prefix: "", stem: verb, forms: own };
  if (REGULAR_LOOKALIKE.has(verb)) return undefined;
  const prefix = IRREGULAR_PREFIX.exec(verb)?.[0];
  const forms = prefix ? IRREGULAR.get(verb.slice(prefix.length)) : undefined;
  return prefix && forms ? { prefix, stem: verb.slice(prefix.length), forms } : undefined;
}

/** Every form of a one-word verb, tagged; a form that is also the base ("hit", "cut") stays "base". */
export function verbForms(verb: string): InflectedForm[] {
  // "test-fire", "spoon-feed": the last part inflects.
  const dash = verb.lastIndexOf("-");
  if (dash > 0) {
    const head = verb.slice(0, dash + 1);
    return verbForms(verb.slice(dash + 1)).map((f) => ({ text: head + f.text, form: f.form }));
  }
  const irregular = irregularStem(verb);
  const past = irregular
    ? [...irregular.forms.past, ...irregular.forms.participle].map((w) => irregular.prefix + w)
    : pastForms(verb);
  const tagged: InflectedForm[] = [
    { text: verb, form: "base" },
    { text: thirdPerson(verb), form: "s" },
    ...past.map((text) => ({ text, form: "past" as const })),
    ...ingForms(verb).map((text) => ({ text, form: "ing" as const })),
  ];
  const seen = new Set<string>();
  return tagged.filter((f) => !seen.has(f.text) && seen.add(f.text));
}

/** Is this word both the base and the past of an irregular verb ("hit", "cut", "put", "broadcast")? */
export function zeroChangePast(word: string): boolean {
  const irregular = irregularStem(word.toLowerCase());
  return irregular?.forms.past.includes(irregular.stem) ?? false;
}

function tagForm(word: string, base: string): VerbForm {
  if (word === base) return "base";
  if (word.endsWith("ing")) return "ing";
  if (word.endsWith("s") && !word.endsWith("ss")) return "s";
  return "past";
}

/** All forms of a (possibly multi-word) verb lemma; only the first word inflects ("take part in"). */
export function inflect(lemma: string, explicit?: string[]): InflectedForm[] {
  const [head = "", ...rest] = lemma.split(" ");
  if (explicit) return explicit.map((text) => ({ text, form: tagForm(text.split(" ")[0] ?? text, head) }));
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  return verbForms(head).map((f) => ({ text: f.text + tail, form: f.form }));
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

/**
 * Past tenses that read as nouns or auxiliaries more often than as a clause's verb ("ground forces",
 * "a spat", "the Fed", "a bid", "was", "had").
 */
const PAST_NOT_CLAUSE = new Set(
  "was were had did ground wound bound lay spat slew dove fed bid bit bet cost read thrust broadcast forecast lit smelt wet spread split spit".split(
    " ",
  ),
);
/** Prefixed irregular verbs common in news, for their past tenses ("withdrew", "overran", "upheld"). */
const PREFIXED_IRREGULAR =
  "withdraw withhold withstand uphold overrun overtake overcome oversee overthrow override undertake undergo understand mistake mislead foresee forbid forgive forget rebuild retake rerun outrun outgrow become".split(
    " ",
  );

/** Irregular past tenses: a capitalised actor followed by one of these is a clause subject. */
export const IRREGULAR_PAST = new Set(
  [...IRREGULAR.keys(), ...PREFIXED_IRREGULAR]
    .flatMap((verb) => {
      const irregular = irregularStem(verb);
      const regular = pastForms(verb);
      return (irregular?.forms.past ?? [])
        .map((w) => irregular?.prefix + w)
        .filter((w) => !regular.includes(w));
    })
    .filter((w) => !PAST_NOT_CLAUSE.has(w)),
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
