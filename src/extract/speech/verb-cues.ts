// Reporting-verb cues in a sentence: every inflected form of a speech verb from the lexicon that is
// used as a verb here (not a noun, an adjective, part of a name, or an agentless passive).
import { type EntityDoc, inQuote, mentionsIn } from "../doc.ts";
import type { SpeechVerb } from "../knowledge/knowledge.ts";
import { FINITE_VERB } from "../text/patterns.ts";
import { findAll, phrasesRegex, zeroChangePast } from "../text/text.ts";
import type { Sentence } from "../types.ts";
import { clauseOnlySpeech } from "./clause-only.ts";
import { isPassive, passiveAgent } from "./speakers.ts";

export interface VerbCue {
  start: number;
  end: number;
  text: string;
  verb: SpeechVerb;
  form: string;
  used: boolean;
}

/** Words before an -s form that show it is a plural noun ("public comments", "the claims", "in remarks"). */
const NOUN_BEFORE =
  /\b(?:the|a|an|in|of|with|after|from|public|his|her|its|their|these|those|such|many|some|several|new|recent|earlier|similar|two|three|four|five|six|both|all)[\s\u00a0]+$/i;
/**
 * The end of `before` that NOUN_BEFORE can match: its last word (NOUN_BEFORE's words have at most
 * seven letters) with the character before it for `\b`, and the trailing blanks. Testing this
 * instead of the whole sentence so far gives the same answer without scanning every position.
 */
function lastWord(before: string): string {
  let t = before.length;
  while (t > 0 && BLANK.test(before[t - 1] ?? "")) t--;
  return before.slice(Math.max(0, t - 10));
}
const BLANK = /[\s\u00a0]/;
const VERB_BEFORE = new RegExp(`\\b${FINITE_VERB}[\\s\\u00a0]+$`, "u");
const MODAL_BEFORE =
  /\b(?:to|will|would|should|shall|may|might|could|can|did|does|do|must)[\s\u00a0]+(?:also[\s\u00a0]+|not[\s\u00a0]+)?$/i;
/**
 * An object of at most a few words (no clause break, though abbreviations such as "the U.S. drills"
 * may hold periods), optionally "as", then an opening quotation mark.
 */
const QUOTE_AFTER_OBJECT =
  /^(?:[^.;:!?“”"]|\.(?=\p{L}|[\s\u00a0]+\p{Ll})){0,80}?(?:[\s\u00a0]as)?[\s\u00a0]*[“"]/u;

/** A number or a lower-case participle right before an -s form ("11 suspects", "prompting protests"). */
const PLURAL_OBJECT_BEFORE = /(?:\b\d[\d,.]*|(?:^|[^\p{L}])\p{Ll}{3,}ing)[\s\u00a0]+$/u;
/**
 * A determiner, possessive, quantifier or count (not a year or a date: "in 2019 accused …", "on
 * March 12 said …") right before an "-ed" form: the form is an adjective before its noun.
 */
const ADJECTIVE_SLOT_BEFORE =
  /(?:\b(?:the|a|an|its|their|his|her|our|whose|several|some|many|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)|(?:^|[\s\u00a0(])(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[\p{L}.]*[\s\u00a0])(?!(?:19|20)\d\d\b)\d[\d,.]*)[\s\u00a0]+$/iu;
/** A lower-case noun next, no object of a verb ("suspected smugglers", not "accused the ministry", "accused Doha"). */
const NOUN_NEXT =
  /^[\s\u00a0]+(?!(?:the|a|an|its|their|his|her|him|them|it|this|that|these|those|of|to|that)\b)\p{Ll}/u;
/** An "-ed" form ending at `end` after a determiner or count and before a noun: an adjective. */
function adjectiveSlot(doc: EntityDoc, before: string, end: number): boolean {
  return ADJECTIVE_SLOT_BEFORE.test(before) && NOUN_NEXT.test(doc.body.slice(end, end + 12));
}

/** What a state declares rather than says: "a state of emergency", "martial law", "war", "a curfew". */
const STATE_ACT_AFTER =
  /^[\s\u00a0]+(?:(?:a|an)[\s\u00a0]+)?(?:(?:\p{Ll}+|\d+-\p{Ll}+)[\s\u00a0]+)?(?:state[\s\u00a0]+of[\s\u00a0]+(?:emergency|siege|war|alert)|martial[\s\u00a0]+law|war[\s\u00a0]+on|war\b|curfew|ceasefire|truce|independence|(?:no-fly|exclusion|military)[\s\u00a0]+zone|national[\s\u00a0]+mourning|day[\s\u00a0]+of[\s\u00a0]+mourning|emergency)/u;

/** After "blast": the explosive or loud sense ("blasted through", "blasting music", "blasted off"). */
const BLAST_PHYSICAL =
  /^[\s\u00a0]+(?:through|open|off|away|out|into|apart|holes?|music|horns?|sirens?|(?:a|the)[\s\u00a0]+(?:hole|tunnel|way|path))\b/iu;

/** Verbs that label a thing ("calls it X", "described as X"). */
const LABELLING = /^(?:call|describe|term|dub|label|brand)$/;
/** A relative pronoun and a pronoun subject right before the verb: "which it", "what they", "that he". */
const RELATIVE_LABEL_BEFORE =
  /\b(?:which|what|that)[\s\u00a0]+(?:it|they|he|she|we|many|some)[\s\u00a0]+(?:(?:has|have|had|also)[\s\u00a0]+)?$/i;

/**
 * "reports from herders", "statements by officials", "the three Sahel states have said": an -s form
 * before these is a plural noun (a verb is never followed by an auxiliary).
 */
const NOUN_AFTER =
  /^[\s\u00a0]+(?:from|by|have|had|were|are|will|would|could|should|can|may|might|must|did|do)[\s\u00a0]/u;
/**
 * "declined to say whether …", "refused to comment on …", "would not confirm if …": a speech act
 * withheld says nothing; the verb is no cue.
 */
const WITHHELD_BEFORE =
  /\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)|(?:would|did|could|will)[\s\u00a0]+not|(?:would|did|could)n[’']t)[\s\u00a0]+(?:to[\s\u00a0]+)?$/iu;
/**
 * "was asked to explain", "had been urged to clarify", "were summoned to account for": an infinitive
 * after a passive request or order is what someone else wanted said, not a speech act of the subject.
 */
const REQUESTED_BEFORE =
  /\b(?:is|was|were|are|been|being|be)[\s\u00a0]+(?:(?:also|then|later|formally|publicly|again)[\s\u00a0]+)?(?:asked|urged|told|summoned|called[\s\u00a0]+in|called[\s\u00a0]+on|invited|requested|instructed|ordered|pressed|expected|required|obliged|encouraged|pressured|forced)[\s\u00a0]+to[\s\u00a0]+$/iu;
const WITHHELD_AFTER = /^[\s\u00a0]+(?:whether|if|how|why|when|who|what|which)\b/iu;

/** A lower-case noun right before the verb (not an auxiliary, adverb, conjunction or relative). */
const REDUCED_BEFORE =
  /(?:^|[\s\u00a0])(?!(?:is|was|were|are|been|being|be|also|has|have|had|not|and|or|who|which|that|then|later|repeatedly|previously)[\s\u00a0])\p{Ll}+[\s\u00a0]+$/u;

const speechIndexes = new WeakMap<
  object,
  { byForm: Map<string, { verb: SpeechVerb; form: string }>; re: RegExp }
>();

/** Every inflected reporting-verb form, indexed once per knowledge base. */
function speechIndex(doc: EntityDoc) {
  let index = speechIndexes.get(doc.knowledge);
  if (!index) {
    const byForm = new Map<string, { verb: SpeechVerb; form: string }>();
    for (const verb of [...doc.knowledge.speechVerbs, ...doc.knowledge.clauseSpeechVerbs])
      for (const f of verb.forms) byForm.set(f.text, { verb, form: f.form });
    index = { byForm, re: phrasesRegex([...byForm.keys()], "giu") };
    speechIndexes.set(doc.knowledge, index);
  }
  return index;
}

/** The previous cue of the sentence reaches this one with no clause break or quotation between. */
function insideEarlierClause(doc: EntityDoc, cues: readonly VerbCue[], start: number): boolean {
  const last = cues[cues.length - 1];
  return last !== undefined && !/[,;:“”"()]/.test(doc.body.slice(last.end, start));
}

/** "declined to say whether", "would not say if": a base form whose speech act was withheld. */
function withheld(doc: EntityDoc, before: string, end: number): boolean {
  if (!WITHHELD_BEFORE.test(before)) return false;
  // After "declined/refused to" always; after a negated modal only before "whether …" ("would not
  // say the talks failed" still reports a clause).
  return /\b(?:declin|refus)/i.test(before) || WITHHELD_AFTER.test(doc.body.slice(end, end + 12));
}

/** A base form with no modal or after a request, or a verb in its non-speech sense. */
function notSpeechHere(
  doc: EntityDoc,
  s: Sentence,
  hit: { verb: SpeechVerb; form: string },
  m: { start: number; text: string },
  before: string,
): boolean {
  // "hit back", "hit out at": a base form that is also the past is finite without a modal.
  const finiteBase = zeroChangePast(m.text.split(/[\s\u00a0]/)[0] ?? "");
  if (
    hit.form === "base" &&
    ((!finiteBase && !MODAL_BEFORE.test(before)) || REQUESTED_BEFORE.test(before.slice(-90)))
  )
    return true;
  // "blasted through the wall", "blasting open the gate": the explosive sense, no criticism.
  return hit.verb.lemma === "blast" && BLAST_PHYSICAL.test(doc.body.slice(m.start + m.text.length, s.end));
}

export function verbCues(doc: EntityDoc, s: Sentence): VerbCue[] {
  const { byForm, re } = speechIndex(doc);
  const cues: VerbCue[] = [];
  for (const m of findAll(re, s.text, s.start)) {
    const { start } = m;
    const hit = byForm.get(m.text.toLowerCase().replace(/[\s\u00a0]+/g, " "));
    if (!hit || inQuote(doc, start)) continue;
    // A capitalised form inside a name is not a verb ("the United States").
    if (mentionsIn(doc, Math.max(0, start - 60), start + 1).some((x) => x.start <= start && start < x.end))
      continue;
    const before = doc.body.slice(s.start, start);
    // "early-warning data", "state-run", "much-criticised": part of a hyphenated compound, no verb.
    if (/[\p{L}]-$/u.test(before)) continue;
    // "inspectors had been denied access": an agentless passive is no speech act, except an
    // accusation ("X is suspected of …"), which continues the latest accuser's case.
    if (!hit.verb.stance && isPassive(doc, s, start) && !passiveAgent(doc, start + m.text.length)) continue;
    // "arrested a man suspected of spying", "a tanker accused of …": a participle right after a noun
    // with "of" next (an active verb has its object first) describes that noun, no speech act.
    if (
      hit.verb.stance &&
      REDUCED_BEFORE.test(before) &&
      /^[\s\u00a0]+of\b/.test(doc.body.slice(start + m.text.length))
    )
      continue;
    // Verbs that report speech only with a quotation ("called the plan “a farce”", "described it as “…”").
    if (hit.verb.quoteOnly && !QUOTE_AFTER_OBJECT.test(doc.body.slice(start + m.text.length, s.end)))
      continue;
    if (hit.verb.clauseOnly && !clauseOnlySpeech(doc, s, start, start + m.text.length, hit.verb.lemma))
      continue;
    if (notSpeechHere(doc, s, hit, m, before)) continue;
    if (withheld(doc, before, start + m.text.length)) continue;
    // "said his government would defend its measures “…”": a base form inside a clause that an
    // earlier reporting verb of the sentence already opened (no break between) is part of that clause.
    if (hit.form === "base" && insideEarlierClause(doc, cues, start)) continue;
    // "the islands, which it calls the Malvinas", "what it called a record number of violations": a
    // label inside a relative clause names a thing; the sentence's own verb carries the speech act.
    // A label that is itself quoted ("which it called “a show of force”") is the speaker's words.
    if (
      LABELLING.test(hit.verb.lemma) &&
      RELATIVE_LABEL_BEFORE.test(before) &&
      !/^[\s\u00a0]+(?:as[\s\u00a0]+)?[“"]/.test(doc.body.slice(start + m.text.length, s.end))
    )
      continue;
    // "broke promises", "made claims": an -s form right after a finite verb is its object noun.
    // (After a reporting verb, "declared states of emergency", the noun keeps the verb from reading on.)
    const afterCue =
      cues.length > 0 && /^[\s\u00a0]+$/.test(doc.body.slice(cues[cues.length - 1]?.end, start));
    if (hit.form === "s" && NOUN_AFTER.test(doc.body.slice(start + m.text.length, s.end))) continue;
    if (hit.form === "s" && (NOUN_BEFORE.test(lastWord(before)) || (VERB_BEFORE.test(before) && !afterCue)))
      continue;
    // "arresting 11 suspects", "prompting protests": an -s form after a number or a lower-case
    // participle is its object noun.
    if (hit.form === "s" && PLURAL_OBJECT_BEFORE.test(lastWord(before))) continue;
    // "declared a state of emergency", "declared martial law": an act of state, not words reported.
    if (hit.verb.lemma === "declare" && STATE_ACT_AFTER.test(doc.body.slice(start + m.text.length, s.end)))
      continue;
    // "-ed" forms used as adjectives before a noun ("the alleged attack", "112 suspected smugglers",
    // "its alleged role") are not speech; "The four accused Doha" has its object next.
    if (hit.form === "past" && adjectiveSlot(doc, before, start + m.text.length)) continue;
    // "-ing" forms after a determiner are nouns ("was a warning to …", "the ruling"), and so after a
    // closing quotation with no comma ("a “yellow card” warning").
    if (
      hit.form === "ing" &&
      /(?:\b(?:the|a|an|its|their|his|her|this|another|stern|strong)|[^,.!?;:][”"])[\s\u00a0]+$/i.test(before)
    )
      continue;
    cues.push({
      start,
      end: start + m.text.length,
      text: m.text,
      verb: hit.verb,
      form: hit.form,
      used: false,
    });
  }
  return cues;
}
