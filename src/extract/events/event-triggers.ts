// Finds event triggers from the general lexicon (seed/knowledge/events.json): verbs acting on an
// object ("the plan … adopted"), event nouns ("naval drills", "airstrikes") and capitalised
// event names ("the Commonwealth Games"). Quoted words are the speaker's, not events.
import { type Doc, inQuote } from "../doc.ts";
import type { EventType } from "../knowledge/knowledge.ts";
import { WS } from "../text/patterns.ts";
import { sentenceAt } from "../text/sentences.ts";
import { findAll, lowerBound, phraseSource, type VerbForm } from "../text/text.ts";
import { findPhrases, findPhrasesIn, type PhraseMatcher, phraseMatcher } from "../text/word-index.ts";
import type { Sentence, Span } from "../types.ts";
import { armedCrossings } from "./armed-crossings.ts";
import { cyberAttacks } from "./cyber-attacks.ts";
import { demonymObject } from "./demonym-objects.ts";
import {
  aimedLaunch,
  nominalActs,
  objectDistance,
  stopBeforeDetention,
  verbAsModifier,
  vesselDetention,
} from "./force-triggers.ts";
import { heldCaptives } from "./held-captives.ts";
import { moneyObject } from "./money-objects.ts";
import { withoutObjectNouns } from "./object-mentions.ts";
import { objectForms } from "./object-nouns.ts";
import { splitPhoneCalls } from "./phone-calls.ts";
import { placeObject } from "./place-objects.ts";
import { referringObject } from "./referring-objects.ts";
import { particleFollows, splitForms } from "./split-particles.ts";

export interface Trigger extends Span {
  type: EventType;
  text: string;
  via: "verb" | "noun" | "named";
  form?: VerbForm;
  /** An intent phrase ("agreed to resume talks"): the agreeing is the event. */
  intent?: boolean;
  /** For intent phrases: the infinitive ("restore") and its object label ("intelligence-sharing agreement"). */
  intentAction?: string;
  intentObject?: string;
  /** The thing acted on, for verb triggers with objects: head noun and its label ("energy policy"). */
  object?: {
    head: string;
    label: string /** a pronoun or plain noun for people taken before ("he was released") */;
    referring?: true;
  } & Span;
  sentence: Sentence;
}

/** Modifiers that do not name the object ("the new and revised plan" → "plan"). */
const NOT_MODIFIER =
  /^(?:a|an|the|new|and|or|improved|revised|updated|latest|its|their|his|her|this|that|such|first|draft|own|national|\p{P}+)$/iu;

function objectLabel(doc: Doc, head: Span, from = 0): string {
  const words = doc.body
    .slice(Math.max(0, from, head.start - 60), head.start)
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 2; i--) {
    const w = words[i] ?? "";
    if (NOT_MODIFIER.test(w) || /[,.;:]$/.test(w)) break;
    kept.unshift(w);
  }
  return [...kept, doc.body.slice(head.start, head.end)].join(" ").toLowerCase();
}

/** Nouns after an object word that make it a modifier ("the border market", "border guards"). */
const MODIFIED_HEAD = new RegExp(
  `^${WS}+(?:market|markets|town|towns|guards?|posts?|police|villages?|areas?|regions?|residents|communities|dispute|disputes|clashes|patrols?)\\b`,
  "u",
);

/**
 * An object word names the thing acted on unless it is capitalised inside a sentence (a title or
 * name: "Trade Minister", "State Border Service") or modifies a following noun ("border market").
 */
function objectNoun(doc: Doc, s: Sentence, hit: Span): boolean {
  if (hit.start > s.start && /^\p{Lu}\p{Ll}/u.test(doc.body.slice(hit.start, hit.end))) return false;
  return !MODIFIED_HEAD.test(doc.body.slice(hit.end, hit.end + 20));
}

/** ", who", ", which was", ", who had": a relative pronoun (and auxiliary) right after its antecedent noun. */
const ANTECEDENT_GAP =
  /^,?[\s\u00a0]+(?:which|who)(?:[\s\u00a0]+(?:was|were|had|has|have|had[\s\u00a0]+been|has[\s\u00a0]+been|have[\s\u00a0]+been))?[\s\u00a0]+$/u;

/** "The convoy, which was carrying aid, was attacked": a closed relative clause before the passive verb. */
const CLOSED_RELATIVE =
  /^,[\s\u00a0]+(?:which|who)[\s\u00a0][^,;.“”"]{1,60},[\s\u00a0]+(?:was|were|had[\s\u00a0]+been)[\s\u00a0]+$/u;

/** "were killed", "has been quickly seized": a passive auxiliary (and an adverb) right before a verb. */
const PASSIVE_AUX = /\b(?:is|are|was|were|been|being)[\s\u00a0]+(?:\p{Ll}+ly[\s\u00a0]+)?$/u;

/** "The pact, which Peru and Chile signed": a relative clause whose subject names the parties, its verb next. */
const OBJECT_RELATIVE =
  /^,?[\s\u00a0]+(?:which|that)[\s\u00a0]+(?:(?:the[\s\u00a0]+)?(?:two|both)[\s\u00a0]+(?:countries|sides|governments|leaders)|(?:\p{Lu}[\p{L}.’'-]*(?:[\s\u00a0]+|,[\s\u00a0]+|[\s\u00a0]+and[\s\u00a0]+))+)[\s\u00a0]*(?:(?:have|has|had|also|jointly|formally)[\s\u00a0]+)*$/u;

/** Nearest object noun around a verb within its clause: before it (passive) or after it (active). */
function findObject(doc: Doc, s: Sentence, verb: Span, objects: string[]): Trigger["object"] {
  const forms = objectForms(objects);
  const windowStart = Math.max(s.start, verb.start - 90);
  const windowEnd = Math.min(s.end, verb.end + 60);
  const hits = findPhrasesIn(doc, phraseMatcher(forms.all, "giu"), windowStart, windowEnd)
    .map(({ start, end }) => ({ start, end }))
    // "crossed the Line of Actual Control": a name the lexicon lists capitalised is the thing acted on.
    .filter((h) => objectNoun(doc, s, h) || objects.includes(doc.body.slice(h.start, h.end)));
  // A passive object never reaches into another clause ("missile attacks by X, which has fired …").
  // "sent a frigate to shadow it": an infinitive of purpose acts on what follows, never on the noun before "to".
  const infinitive = /(?:^|[\s\u00a0])to[\s\u00a0]+$/.test(
    doc.body.slice(Math.max(s.start, verb.start - 4), verb.start),
  );
  const before = hits.filter((h) => {
    if (h.end > verb.start || infinitive) return false;
    const gap = doc.body.slice(h.end, verb.start);
    // "French forces, who left the country": the noun right before a relative pronoun is its antecedent.
    // "the mission, which has 11,000 soldiers, said it would hand over bases": a reporting verb closes the noun's clause.
    if (/\b(?:said|says|told|added)\b/.test(gap)) return false;
    return (
      !/[;.]|\b(?:which|who)\b/.test(gap) ||
      ANTECEDENT_GAP.test(gap) ||
      CLOSED_RELATIVE.test(gap) ||
      OBJECT_RELATIVE.test(gap)
    );
  });
  // "delivered 5,000 tonnes of maize": a separator inside a number is no clause boundary.
  // "was attacked by Chilean troops": a noun in the "by" phrase is the agent, not the thing acted on.
  const after = hits.filter((h) => {
    if (h.start < verb.end) return false;
    const gap = doc.body.slice(verb.end, h.start);
    return !/[,;.]/.test(gap.replace(/(\d)[,.](?=\d)/g, "$1")) && !/^[\s\u00a0]+by\b/u.test(gap);
  });
  // "Five soldiers were killed … when gunmen attacked a post": a passive verb's object comes before it.
  const passive = PASSIVE_AUX.test(doc.body.slice(Math.max(s.start, verb.start - 25), verb.start));
  const hit = passive ? (before[before.length - 1] ?? after[0]) : (after[0] ?? before[before.length - 1]);
  if (!hit) return undefined;
  // The label never reaches back over the verb itself ("banned grain exports" → "grain exports").
  const from = hit.start >= verb.end ? verb.end : 0;
  const written = doc.body
    .slice(hit.start, hit.end)
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ");
  return {
    ...hit,
    head: forms.listed.get(written) ?? written,
    label: objectLabel(doc, hit, from),
  };
}

/** "ordered three diplomats in Oslo to leave": the complement within a short phrase after the object. */
function complementFollows(doc: Doc, object: Span, complement: string[]): boolean {
  let re = complementCache.get(complement);
  if (!re) {
    const words = complement.map(phraseSource).join("|");
    re = new RegExp(`^[^,;.“”"]{0,30}?(?<![\\p{L}])(?:${words})(?![\\p{L}])`, "u");
    complementCache.set(complement, re);
  }
  return re.test(doc.body.slice(object.end, object.end + 50));
}
const complementCache = new WeakMap<string[], RegExp>();

/** Manner adverbs between "to" and the infinitive of an intent phrase ("agreed to fully restore"). */
const INTENT_ADVERBS =
  "(?:fully|formally|gradually|swiftly|quickly|further|jointly|eventually|immediately|officially|partially|finally)";

const DETERMINER_BEFORE =
  /(?:\b(?:the|a|an|this|that|its|their|his|her|our|next|last|first|annual|previous)|\p{L}[’']s?)[\s\u00a0]+$/iu;

const HYPHENATED_BEFORE =
  /\b(?:a|an|the|this|that|its|their|his|her|our)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?[\p{L}\d]+-[\p{L}-]+[\s\u00a0]+$/iu;

/** "the next regular meeting", "an urgent meeting": a determiner and one or two singular modifiers before a gerund. */
const MODIFIED_BEFORE =
  /(?:\b(?:the|a|an|this|that|its|their|his|her|our|next|last|first)|\p{L}[’']s?)[\s\u00a0]+(?:(?!(?:of|to|in|on|at|by|for|with|from|and|or|after|before|while|without|about|against|into|over|under|not|been|be|was|were|is|are|had|has|have|will|would)\b)\p{Ll}+(?<!s)[\s\u00a0]+){1,2}$/iu;

const PREPOSITION_BEFORE =
  /(?:^|[\s\u00a0])(?:in|during|amid|after|following|despite|of|from|without)[\s\u00a0]+$/iu;

/** A count right before a word: "19", "2,000", "two" (a year, "in 2019", or a day, "on Aug. 24", is no count). */
const COUNT_BEFORE =
  /(?:^|[\s\u00a0])(?:(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?[\s\u00a0]+)\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds|thousands)[\s\u00a0]+$/iu;

/** A word after a participle that is no preposition or conjunction: the noun it modifies. */
const NOUN_AFTER =
  /^[\s\u00a0]+(?!(?:on|in|at|by|near|during|after|before|since|when|while|and|or|for|from|over|last|this|earlier|later|overnight|inside|across|off|along)\b)\p{L}/iu;

const ADVERB_BEFORE = /(?:^|[\s\u00a0])(?:last|first|previously|next)[\s\u00a0]+$/iu;

const namedCache = new WeakMap<EventType, RegExp>();

function namedRegex(type: EventType): RegExp {
  let re = namedCache.get(type);
  if (!re) {
    const heads = type.heads.map(phraseSource).join("|");
    re = new RegExp(
      `(?:\\p{Lu}[\\p{L}’'-]*${WS}+(?:(?:and|of|the|for|on)${WS}+)*)+(?:${heads})(?![\\p{L}])`,
      "gu",
    );
    namedCache.set(type, re);
  }
  return re;
}

interface TypeMatchers {
  verbs: {
    phrases: PhraseMatcher;
    forms: Map<string, VerbForm>;
    /** Verb words of joined phrasal forms ("sent" of "sent back"), with their particles. */
    split?: { phrases: PhraseMatcher; parts: ReturnType<typeof splitForms> };
  }[];
  nouns?: PhraseMatcher;
}

const matcherCache = new WeakMap<EventType, TypeMatchers>();

function matchersOf(type: EventType): TypeMatchers {
  let m = matcherCache.get(type);
  if (!m) {
    m = {
      verbs: type.verbs.map((v) => {
        const forms = new Map(v.forms.map((f) => [f.text, f.form]));
        const parts = splitForms(v.forms);
        const split =
          parts.size > 0 ? { phrases: phraseMatcher([...parts.keys()], "giu"), parts } : undefined;
        return { phrases: phraseMatcher([...forms.keys()], "giu"), forms, ...(split ? { split } : {}) };
      }),
      ...(type.nouns.length > 0 ? { nouns: phraseMatcher(type.nouns, "giu") } : {}),
    };
    matcherCache.set(type, m);
  }
  return m;
}

/** Hits of a regex (or of a lexicon list, through the word index) that lie within one sentence. */
function* hitsBySentence(
  doc: Doc,
  re: RegExp | PhraseMatcher,
): Generator<{ start: number; text: string; sentence: Sentence }> {
  // findAll runs the cached regex itself; matchAll would clone it (and its tier-up) per call.
  for (const hit of re instanceof RegExp ? findAll(re, doc.body) : findPhrases(doc, re)) {
    const sentence = doc.sentences[sentenceAt(doc.sentences, hit.start)];
    if (!sentence || hit.end > sentence.end) continue;
    yield { start: hit.start, text: hit.text, sentence };
  }
}

export function findTriggers(doc: Doc): Trigger[] {
  const triggers: Trigger[] = [];
  const cyberArticle = /cyber/i.test(doc.body);
  for (const type of doc.knowledge.eventTypes) {
    if (type.context === "cyber" && !cyberArticle) continue;
    const matchers = matchersOf(type);
    triggers.push(...verbTriggers(doc, type, matchers));
    if (type.intent) triggers.push(...intentTriggers(doc, type, type.intent));
    if (matchers.nouns) triggers.push(...nounTriggers(doc, type, matchers.nouns));
    if (type.heads.length > 0) triggers.push(...namedTriggers(doc, type));
  }
  triggers.push(...nominalActs(doc), ...splitPhoneCalls(doc), ...armedCrossings(doc), ...heldCaptives(doc));
  const kept = triggers.filter((t) => !stopBeforeDetention(doc, t));
  return withoutObjectNouns(
    cyberAttacks(doc, longestOfOverlaps(kept.map((t) => aimedLaunch(doc, vesselDetention(doc, t))))),
  );
}

/** Verbs of the type, with the object and complement the type requires ("adopted the plan"). */
function verbTriggers(doc: Doc, type: EventType, matchers: TypeMatchers): Trigger[] {
  const found: Trigger[] = [];
  // A verb none of whose first words is in the body costs only its index lookups.
  for (const v of matchers.verbs) {
    for (const hit of hitsBySentence(doc, v.phrases)) {
      const form = v.forms.get(hit.text.toLowerCase().replace(/[\s\u00a0]+/g, " "));
      const t = verbTrigger(doc, type, hit, form);
      if (t) found.push(t);
    }
    // "sent 112 migrants back": the verb of a joined form, its particle after the object.
    if (!v.split) continue;
    for (const hit of hitsBySentence(doc, v.split.phrases)) {
      const end = hit.start + hit.text.length;
      const parts = v.split.parts.get(hit.text.toLowerCase()) ?? [];
      const part = parts.find((p) => particleFollows(doc, hit.sentence, end, p.particle));
      const t = part && verbTrigger(doc, type, hit, part.form);
      if (t) found.push(t);
    }
  }
  return found;
}

/** One verb hit as a trigger, when its object, complement and surroundings make it an act. */
function verbTrigger(
  doc: Doc,
  type: EventType,
  hit: { start: number; text: string; sentence: Sentence },
  form: VerbForm | undefined,
): Trigger | undefined {
  if (inQuote(doc, hit.start)) return undefined;
  const span = { start: hit.start, end: hit.start + hit.text.length };
  const object =
    type.objects.length > 0
      ? (findObject(doc, hit.sentence, span, type.objects) ??
        demonymObject(doc, hit.sentence, span, type) ??
        referringObject(doc, hit.sentence, span, type) ??
        moneyObject(doc, hit.sentence, span, type) ??
        placeObject(doc, hit.sentence, span, type))
      : undefined;
  if (type.objects.length > 0 && !object) return undefined;
  if (type.complement && !complementFollows(doc, object ?? span, type.complement)) return undefined;
  // "the last meeting", "a ramming", "the ban", "ministers’ meeting": a verb form after a determiner or possessive is a noun.
  // "last met", "first signed": before a past form these words are adverbs.
  const before = doc.body.slice(Math.max(0, hit.start - 20), hit.start);
  if (DETERMINER_BEFORE.test(before) && !(form === "past" && ADVERB_BEFORE.test(before))) return undefined;
  // "a three-day visit", "the long-awaited meeting": a determiner and a hyphenated modifier make a noun.
  if (form !== "past" && HYPHENATED_BEFORE.test(doc.body.slice(Math.max(0, hit.start - 40), hit.start)))
    return undefined;
  // "the next regular meeting": modifiers between a determiner and a gerund make it a noun.
  if (form === "ing" && MODIFIED_BEFORE.test(doc.body.slice(Math.max(0, hit.start - 40), hit.start)))
    return undefined;
  // "arrested in raids across the country": after a preposition a plain verb form is a noun (a gerund stays a verb).
  if (form !== "ing" && PREPOSITION_BEFORE.test(before)) return undefined;
  if (verbAsModifier(doc, span.end, form)) return undefined;
  // "handed over 19 captured rebels", "the two seized boats": a participle after a count modifies its noun.
  if (
    form === "past" &&
    COUNT_BEFORE.test(before) &&
    NOUN_AFTER.test(doc.body.slice(span.end, span.end + 20))
  )
    return undefined;
  return {
    ...span,
    type,
    text: hit.text,
    via: "verb",
    ...(form ? { form } : {}),
    ...(object ? { object } : {}),
    sentence: hit.sentence,
  };
}

type Intent = NonNullable<EventType["intent"]>;

/** "agreed at a meeting in Termez to …", "decided at their talks on Monday to …": where the agreeing took place. */
const AT_MEETING = `at${WS}+(?:a|an|the|their|its|his|her)${WS}+(?:[\\p{L}-]+${WS}+){0,2}?(?:meeting|talks|summit|session|conference|consultations)(?:${WS}+(?:in|on)${WS}+\\p{Lu}[\\p{L}-]+)?`;

/** "agreed on Friday to resume talks": an intent verb, an action infinitive and its object noun. */
function intentRegex(intent: Intent, verbs: Iterable<string>): RegExp {
  const alternation = (list: Iterable<string>) => [...list].map(phraseSource).join("|");
  return new RegExp(
    `(?<![\\p{L}])(${alternation(verbs)}|and)(?:${WS}+(?:(?:on|last|this|next|late|early|in)${WS}+[\\p{L}]+|${AT_MEETING}|also|jointly|formally|tentatively))*${WS}+to${WS}+(?:${INTENT_ADVERBS}${WS}+)?(${alternation(intent.actions)})(?:${WS}+[\\p{L}-]+){0,3}?${WS}+(${alternation(intent.objects)})(?![\\p{L}])`,
    "giu",
  );
}

interface IntentMatchers {
  forms: Map<string, VerbForm>;
  /** The whole phrase (global), its non-global twin for the parts of one hit, and the lead of an "and" phrase. */
  re: RegExp;
  parts: RegExp;
  lead: RegExp;
}

const intentCache = new WeakMap<Intent, IntentMatchers>();

function intentMatchers(intent: Intent): IntentMatchers {
  let m = intentCache.get(intent);
  if (!m) {
    const forms = new Map(intent.verbs.map((f) => [f.text, f.form]));
    const re = intentRegex(intent, forms.keys());
    const lead = new RegExp(
      `(?<![\\p{L}])(${[...forms.keys()].map(phraseSource).join("|")})\\b[^.;“”"]*?\\bto${WS}`,
      "iu",
    );
    m = { forms, re, parts: new RegExp(re.source, "iu"), lead };
    intentCache.set(intent, m);
  }
  return m;
}

/** Intent phrases of the type: the agreeing is the event, labelled by its action and object. */
function intentTriggers(doc: Doc, type: EventType, intent: Intent): Trigger[] {
  const found: Trigger[] = [];
  const { forms, re, lead, parts: partsRe } = intentMatchers(intent);
  for (const hit of hitsBySentence(doc, re)) {
    if (inQuote(doc, hit.start)) continue;
    let verb = /^\S+/.exec(hit.text)?.[0].toLowerCase() ?? "";
    // "agreed to run patrols and to exchange data": a coordinated infinitive shares the intent verb.
    if (verb === "and") {
      const before = lead.exec(doc.body.slice(hit.sentence.start, hit.start));
      if (!before) continue;
      verb = (before[1] ?? "").toLowerCase();
    }
    const form = forms.get(verb);
    // The acted-on noun and its modifiers ("restore a military intelligence-sharing agreement").
    const parts = partsRe.exec(hit.text);
    const action = parts?.[2]?.toLowerCase() ?? "";
    const headText = parts?.[3] ?? "";
    const headEnd = hit.start + hit.text.length;
    const head = { start: headEnd - headText.length, end: headEnd };
    const actionEnd =
      hit.start +
      (parts
        ? hit.text.toLowerCase().lastIndexOf(action, hit.text.length - headText.length) + action.length
        : 0);
    found.push({
      start: hit.start,
      end: hit.start + hit.text.length,
      type,
      text: hit.text,
      via: "verb",
      ...(form ? { form } : {}),
      intent: true,
      ...(action ? { intentAction: action, intentObject: objectLabel(doc, head, actionEnd) } : {}),
      sentence: hit.sentence,
    });
  }
  return found;
}

/** Event nouns of the type outside quotes ("naval drills"). */
function nounTriggers(doc: Doc, type: EventType, nouns: PhraseMatcher): Trigger[] {
  const found: Trigger[] = [];
  for (const hit of hitsBySentence(doc, nouns)) {
    if (inQuote(doc, hit.start)) continue;
    found.push({
      start: hit.start,
      end: hit.start + hit.text.length,
      type,
      text: hit.text,
      via: "noun",
      sentence: hit.sentence,
    });
  }
  return found;
}

/** The first word of a head as written literally in its regex (an apostrophe there also matches ’). */
const headLead = (head: string) => head.trim().split(/\s+/)[0]?.split("'")[0] ?? "";

/** Capitalised names ending in one of the type's heads ("the Commonwealth Games"), without a leading article. */
function namedTriggers(doc: Doc, type: EventType): Trigger[] {
  const found: Trigger[] = [];
  // The regex is case-sensitive and ends in a head, so a body holding no head's first word has no name.
  if (!type.heads.some((head) => doc.body.includes(headLead(head)))) return found;
  for (const hit of hitsBySentence(doc, namedRegex(type))) {
    const lead = /^(?:The|A|An)[\s\u00a0]+/.exec(hit.text);
    const start = hit.start + (lead?.[0].length ?? 0);
    const end = hit.start + hit.text.length;
    // "The Games" alone is not a name: at least one capitalised word must precede the head.
    if (!/[\s\u00a0]/.test(doc.body.slice(start, end))) continue;
    found.push({ start, end, type, text: doc.body.slice(start, end), via: "named", sentence: hit.sentence });
  }
  return found;
}

/** Keeps the longest trigger where several overlap ("joint exercises" over "exercises"), in text order. */
function longestOfOverlaps(triggers: Trigger[]): Trigger[] {
  // On the same words, the type whose object comes nearest wins ("sending troops and artillery").
  const nearer = (a: Trigger, b: Trigger) => {
    const da = objectDistance(a);
    const db = objectDistance(b);
    return da === db ? 0 : da < db ? -1 : 1;
  };
  triggers.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || nearer(a, b));
  const kept: Trigger[] = [];
  for (const t of triggers) {
    const i = lowerBound(kept, t.start);
    const prev = kept[i - 1];
    const next = kept[i];
    if ((prev && prev.end > t.start) || (next && next.start < t.end)) continue;
    kept.splice(i, 0, t);
  }
  return kept;
}
