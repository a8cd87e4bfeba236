// Trigger words that name no single act of their own, across event families:
// - "exercise"/"drill" used as verbs ("urged both sides to exercise restraint", "drills for gas");
// - a plain negation before a verb of a type whose call-offs are read as acts ("has never signed
//   the treaty", "did not meet"): no cancelling act is named, so there is nothing to report;
// - an act ruled out or not intended ("has no plans to deploy troops", "ruled out expelling");
// - a habit counted over many occasions ("has met him many times", "on several occasions");
// - "recalled for consultations": a formula, no meeting; "protested to the crew": no démarche;
// - modifiers ("sanctions-hit"), imagined acts ("any attack"), wishes ("wants to sign"), acts
//   inside a condition ("if X withdrew its troops") and topics ("considering sanctions");
// - an act told as part of another ("which include the firing of") or only backed or opposed;
// - habits ("regularly holds drills", "for decades"), "any arrests", "could expel … if";
// - a minister or a policy that "came under fire" (only places, forces and craft do in fact).
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { phraseSource } from "../text/text.ts";
import type { Trigger } from "./event-triggers.ts";

/** Bare event nouns that are also common verbs. */
const VERB_LIKE_NOUN = /^(?:exercises?|drills?)$/iu;
/** "to exercise", "would exercise", "it exercises": an infinitive marker, a modal or a pronoun subject before. */
const VERB_BEFORE = new RegExp(
  `(?:^|[\\s\\u00a0])(?:to|will|would|shall|should|must|can|could|may|might|it|they|we|he|she|and${WS}+(?:to|will|would))${WS}+(?:\\p{Ll}+ly${WS}+)?$`,
  "iu",
);
/** "exercise restraint", "exercise its right", "drills for gas": what follows is a verb's object. */
const VERB_AFTER = new RegExp(
  `^${WS}+(?:restraint|caution|patience|control|jurisdiction|sovereignty|power|authority|influence|leverage|its|their|his|her|our|the${WS}+right|for${WS}+(?:oil|gas|hydrocarbons|water))\\b`,
  "iu",
);

function verbLikeNoun(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "noun" || !VERB_LIKE_NOUN.test(t.text)) return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 30), t.start);
  return VERB_BEFORE.test(before) || VERB_AFTER.test(doc.body.slice(t.end, t.end + 30));
}

/** "not", "never", "n't", with "been", "yet", "ever" or an adverb between. */
const PLAIN_NEGATION = new RegExp(
  `(?:\\bnot|\\bnever|n[’']t)(?:${WS}+(?:been|be|yet|ever|once|\\p{Ll}+ly))*${WS}+$`,
  "iu",
);

const cueCache = new WeakMap<object, RegExp>();

/** A refusal cue of the lexicon right before the trigger ("will not hold talks" is a refusal, read elsewhere). */
function refusalCue(doc: EntityDoc, before: string): boolean {
  let re = cueCache.get(doc.knowledge);
  if (!re) {
    const phrases = doc.knowledge.negation.cues.flatMap((g) => g.phrases).map(phraseSource);
    re = new RegExp(`(?<![\\p{L}])(?:${phrases.join("|")})(?:${WS}+[\\p{L}’'-]+){0,4}?${WS}+$`, "iu");
    cueCache.set(doc.knowledge, re);
  }
  return re.test(before);
}

function plainlyNegated(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb" || t.intent || !doc.knowledge.negation.types.includes(t.type.type)) return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 80), t.start);
  return PLAIN_NEGATION.test(before.slice(-40)) && !refusalCue(doc, before);
}

/** "no plans to", "no intention of", "ruled out", with at most a few words before the trigger. */
const NOT_INTENDED = new RegExp(
  `\\b(?:no${WS}+(?:plans?|intention|intent|desire|reason)${WS}+(?:to|of)|rul(?:e|es|ed|ing)${WS}+out)(?:${WS}+[\\p{L}-]+){0,2}?${WS}+$`,
  "iu",
);

function notIntended(doc: EntityDoc, t: Trigger): boolean {
  return NOT_INTENDED.test(doc.body.slice(Math.max(t.sentence.start, t.start - 60), t.start));
}

/** "many times", "on several occasions" in the trigger's clause. */
const MANY_OCCASIONS = new RegExp(
  `^[^;.“”"]{0,60}?\\b(?:(?:many|several|numerous|countless|multiple)${WS}+times|on${WS}+(?:many|several|numerous|multiple)${WS}+occasions)\\b`,
  "iu",
);

function manyOccasions(doc: EntityDoc, t: Trigger): boolean {
  return t.via === "verb" && MANY_OCCASIONS.test(doc.body.slice(t.end, t.sentence.end));
}

/** "recalled its ambassador for consultations": the diplomatic formula names the recall's reason, no meeting. */
function recalledForConsultations(doc: EntityDoc, t: Trigger): boolean {
  return (
    t.via === "noun" &&
    /^consultations$/i.test(t.text) &&
    /\bfor[\s\u00a0]+(?:urgent[\s\u00a0]+)?$/i.test(doc.body.slice(Math.max(0, t.start - 12), t.start))
  );
}

/**
 * "protested to Chile", "complained strongly to the U.N.", "protested against Chile's ban": a named
 * addressee (or the named author of what is protested) right after "to" or "against".
 */
const TO_NAMED = /^(?:[\s\u00a0]+\p{Ll}+ly)?[\s\u00a0]+(?:to|against)[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu}/u;

/** "protested to the crew of a ship": a protest verb addressed to no named state or body is no démarche. */
function protestToNoOne(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb" || t.type.type !== "diplomatic-protest" || !/^(?:protest|complain)/i.test(t.text))
    return false;
  // "summoned X's envoy on Thursday to protest against …": the protest is the summons' purpose, no act of its own.
  if (SUMMONED_TO.test(doc.body.slice(Math.max(t.sentence.start, t.start - 120), t.start))) return true;
  return !TO_NAMED.test(doc.body.slice(t.end, t.end + 40));
}

const SUMMONED_TO = /\bsummon(?:s|ed|ing)?\b[^.;“”"]{1,100}?[\s\u00a0]to[\s\u00a0]+$/iu;

/** "sanctions-hit", "aid-dependent": an event noun joined to a following word modifies it. */
function hyphenModifier(doc: EntityDoc, t: Trigger): boolean {
  return t.via === "noun" && /^-\p{Ll}/u.test(doc.body.slice(t.end, t.end + 2));
}

/** "respond to any cyberattack", "deter future attacks": an act only imagined. */
const ANY_BEFORE = /\bany[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+)?$/iu;
const IMAGINED_BEFORE = /\b(?:future|potential|possible|would-be)[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+)?$/iu;

function imaginedAct(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "noun") return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 30), t.start);
  return ANY_BEFORE.test(before) || (t.type.requiresAgent === true && IMAGINED_BEFORE.test(before));
}

/** "wants to sign", "is keen to hold talks", "sought to expel": a wish, not an act or a plan. */
const WISHED_TO = new RegExp(
  `\\b(?:wants?|wanted|would${WS}+like|wish(?:es|ed)?|keen|eager|seek(?:s|ing)?|sought)${WS}+to${WS}+(?:\\p{Ll}+ly${WS}+)?$`,
  "iu",
);

function wishedTo(doc: EntityDoc, t: Trigger): boolean {
  return (
    t.via === "verb" &&
    !t.intent &&
    WISHED_TO.test(doc.body.slice(Math.max(t.sentence.start, t.start - 40), t.start))
  );
}

/** "talks could resume if Santiago withdrew its troops": an act inside a condition. */
const IN_CONDITION = /\b(?:if|unless)[\s\u00a0][^,;:.“”"]{0,70}$/iu;
/** "… would lose credibility if it failed to extend sanctions": pressure for the act, which stays planned. */
const FAILS_TO = /\bfail(?:s|ed|ing)?[\s\u00a0]+to[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+){0,2}$/iu;

function conditional(doc: EntityDoc, t: Trigger): boolean {
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 80), t.start);
  return IN_CONDITION.test(before) && !FAILS_TO.test(before);
}

/** "was considering sanctions": a verb form that is also its type's noun, named as a topic. */
const TOPIC_VERB = new RegExp(
  `\\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|study(?:ing)?|studie[sd])(?:${WS}+(?:new|further|more|tougher|fresh|possible|targeted))?${WS}+$`,
  "iu",
);

function topicVerbForm(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb" || !t.type.nouns.includes(t.text.toLowerCase())) return false;
  return TOPIC_VERB.test(doc.body.slice(Math.max(t.sentence.start, t.start - 40), t.start));
}

/** "drills which include the firing of missiles": a part of an act told as its content. */
const PART_OF =
  /\b(?:includ(?:e|es|ed|ing)|involv(?:e|es|ed|ing)|featur(?:e|es|ed|ing))[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
/** "backed the annexation of", "opposed the withdrawal of": an act weighed, not done. */
const WEIGHED =
  /\b(?:back(?:s|ed|ing)?|support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?)[\s\u00a0]+(?:the|a|an)[\s\u00a0]+$/iu;

function partOrWeighed(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "noun") return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 30), t.start);
  return PART_OF.test(before) || (t.object !== undefined && WEIGHED.test(before));
}

/**
 * "regularly holds drills", "exercises in the area for decades", "in the past": a habit, not one act.
 * "in the past week", "in the past 48 hours": a recent spell, no habit.
 */
const HABIT_BEFORE =
  /\b(?:regularly|routinely|often|frequently|usually|typically|habitually)(?:[\s\u00a0]+[\p{L}-]+){0,3}?[\s\u00a0]+$/iu;
const HABIT_AFTER =
  /^[^;.“”"]{0,60}?\b(?:for[\s\u00a0]+(?:years|decades|months)|in[\s\u00a0]+the[\s\u00a0]+past(?![\s\u00a0]+(?:[\p{L}\d]+[\s\u00a0]+)?(?:week|weeks|fortnight|month|days|hours|night)\b)|over[\s\u00a0]+the[\s\u00a0]+years|every[\s\u00a0]+(?:year|month|week|summer|spring|autumn|winter)(?![\s\u00a0]+since))\b/iu;

function habit(doc: EntityDoc, t: Trigger): boolean {
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 50), t.start);
  return (
    (t.via === "noun" && HABIT_BEFORE.test(before)) || HABIT_AFTER.test(doc.body.slice(t.end, t.sentence.end))
  );
}

/** "not aware of any arrests", "no expulsions": a verb form read as a noun after "any" or "no". */
function noneOrAny(doc: EntityDoc, t: Trigger): boolean {
  return (
    t.via === "verb" && /\b(?:any|no)[\s\u00a0]+$/iu.test(doc.body.slice(Math.max(0, t.start - 5), t.start))
  );
}

/** "could expel its diplomats if the provocations continued": a possibility with its condition after. */
function possibleIf(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb") return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 25), t.start);
  if (!/\b(?:could|might|may)[\s\u00a0]+(?:\p{Ll}+ly[\s\u00a0]+)?(?:be[\s\u00a0]+)?$/iu.test(before))
    return false;
  return /\b(?:if|unless)\b/i.test(doc.body.slice(t.end, t.sentence.end));
}

/** "came under fire": only a place, force or craft comes under fire in fact; a minister or a policy does in words. */
const UNDER_FIRE = /^(?:came|come|comes|coming)[\s\u00a0]+under\b/iu;
const FORCE_OR_PLACE_BEFORE =
  /\b(?:posts?|positions?|convoys?|bases?|villages?|towns?|city|cities|troops|soldiers|patrols?|vessels?|ships?|boats?|aircraft|helicopters?|checkpoints?|camps?|buildings?|embassy|consulate|hospitals?|schools?|areas?|districts?|forces|peacekeepers|guards|outposts?|units?)(?:[\s\u00a0]+(?:had|has|have|also|again|reportedly|repeatedly|been))*[\s\u00a0]+$/iu;

function wordsOfFire(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "noun" || !UNDER_FIRE.test(t.text)) return false;
  return !FORCE_OR_PLACE_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 40), t.start));
}

/** Is the trigger a verb reading of a noun, a negation, an act ruled out, a habit or a formula? */
export function genericMention(doc: EntityDoc, t: Trigger): boolean {
  return (
    verbLikeNoun(doc, t) ||
    plainlyNegated(doc, t) ||
    notIntended(doc, t) ||
    manyOccasions(doc, t) ||
    recalledForConsultations(doc, t) ||
    protestToNoOne(doc, t) ||
    hyphenModifier(doc, t) ||
    imaginedAct(doc, t) ||
    wishedTo(doc, t) ||
    conditional(doc, t) ||
    topicVerbForm(doc, t) ||
    partOrWeighed(doc, t) ||
    habit(doc, t) ||
    noneOrAny(doc, t) ||
    possibleIf(doc, t) ||
    wordsOfFire(doc, t)
  );
}
