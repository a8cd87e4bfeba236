// An attribution set in the middle of its clause: "The troops, the ministry said, had crossed the
// border", "The talks, he added, would resume in May". The subject before the first comma has no verb
// of its own; the predicate after the tag's closing comma is what was said (guide: the words after
// the tag, as for "X said, adding …").

import { type EntityDoc, inQuote } from "../doc.ts";
import { FINITE_VERB, WS } from "../text/patterns.ts";
import type { Sentence } from "../types.ts";
import { clauseEnd } from "./clauses.ts";
import {
  pushParaphrase,
  type SentenceScope,
  type SpeakerMention,
  type StatementRun,
} from "./statement-run.ts";
import type { VerbCue } from "./verb-cues.ts";

/**
 * The clause's subject (a noun phrase opening the sentence, maybe with a relative clause or a
 * participle phrase of its own: "Officers who searched the flat", "The activists named by X"), a
 * comma, then the tag's determiner.
 */
const SUBJECT_THEN_TAG =
  /^(\p{Lu}[\p{L}\p{N}’'-]*(?:[\s\u00a0]+[\p{L}\p{N}’'-]+){0,13}),[\s\u00a0]+(?:(?:the|a|an|his|her|its|their)[\s\u00a0]+)?(?:[\p{Ll}-]+[\s\u00a0]+){0,2}$/u;
/**
 * After the verb: maybe a time, hearer or document phrase ("on Monday", "reporters", "in a statement
 * issued in the capital"), then the comma that closes the tag.
 */
const TAG_CLOSE =
  /^(?:[\s\u00a0]+(?:(?:on|in|late|early|last|this|to)(?:[\s\u00a0]+[\p{L}\p{N}.’'-]+){1,3}|in[\s\u00a0]+an?[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+)?(?:statement|interview|communiqu[eé]|post)(?:[\s\u00a0]+(?:issued|released|published|posted|read|broadcast)(?:[\s\u00a0]+(?:in|on|by)(?:[\s\u00a0]+[\p{L}\p{N}.’'-]+){1,3}))?|reporters|journalists|lawmakers|parliament|Parliament|\p{Lu}[\p{L}’'-]+))?,[\s\u00a0]+/u;
/** "The troops, according to": a short subject, then a comma opening the frame. */
const SUBJECT_THEN_FRAME = /^\p{Lu}[\p{L}\p{N}’'-]*(?:[\s\u00a0]+[\p{L}\p{N}’'-]+){0,5},[\s\u00a0]*$/u;
/**
 * The predicate after the tag: a finite verb, maybe after an adverb ("fully", "still") or negation; a
 * present-tense verb ("belongs to", "remains"); or a quotation that opens it ("The remarks, the
 * ministry said, “undermine the accord” …"), whose verb the regex cannot know.
 */
const PREDICATE = new RegExp(
  `^(?:[“"]|(?:(?:also|still|not|never|already|only|now|\\p{Ll}{2,}ly)${WS}+)?(?:${FINITE_VERB}|\\p{Ll}{3,}[^s\\W]s)(?![\\p{L}]))`,
  "u",
);
/** An adverbial opening is no subject ("On Monday, X said, …", "However, …"). */
const ADVERBIAL_OPEN =
  /^(?:On|In|At|After|Before|During|Since|From|By|Last|Earlier|Later|Meanwhile|However|But|And|Yet|Also|Then|Still|Separately|Overnight|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])/u;
/** A verb inside the subject would make it a clause of its own ("Troops crossed the river, …"). */
const SUBJECT_VERB = new RegExp(`(?:^|${WS})${FINITE_VERB}(?![\\p{L}])`, "u");
/**
 * What may follow the subject's head without making it a clause: a relative clause ("Officers who
 * searched the flat") or a participle phrase ("The activists named by Mbabane", "Troops sent to the
 * border"), cut off before the subject is checked for a verb.
 */
const SUBJECT_MODIFIER = new RegExp(
  `${WS}(?:(?:who|which|that|whose)${WS}|(?:\\p{Ll}+(?:ed|en)|held|sent|kept|brought|caught|led|set|put|made|found|built)${WS}(?:by|to|in|at|on|from|near|into|with|for|under|during)${WS}).*$`,
  "u",
);
/** The subject's head noun phrase holds a verb: it is a clause, no subject. */
const subjectHasVerb = (subject: string): boolean => SUBJECT_VERB.test(subject.replace(SUBJECT_MODIFIER, ""));
/** Between the tag's speaker and its verb: the head noun of an unnamed source ("Colombian officials said"). */
const SOURCE_NOUN = /^[\s\u00a0]*(?:(?:[\p{Ll}-]+)[\s\u00a0]+){0,2}(?:also|later|then)?[\s\u00a0]*$/u;

/**
 * The predicate of "<subject>, <speaker> said, <predicate>." for the verb `cue` whose subject is
 * `speaker`: where it starts and ends, and where the clause's own subject starts (`aboutFrom`).
 */
export function midClauseSpan(
  doc: EntityDoc,
  s: Sentence,
  leadFrom: number,
  cue: VerbCue,
  speaker: { start: number; end: number },
): { from: number; to: number; aboutFrom: number } | undefined {
  const from = Math.max(s.start, leadFrom);
  if (speaker.start < from || speaker.end > cue.start || cue.form === "ing") return undefined;
  // The subject and the tag's determiner are short, and a comma ends the subject.
  if (speaker.start - from > 90) return undefined;
  const head = doc.body.slice(from, speaker.start);
  if (!head.includes(",")) return undefined;
  const lead = SUBJECT_THEN_TAG.exec(head);
  if (!lead || subjectHasVerb(lead[1] ?? "") || ADVERBIAL_OPEN.test(head) || inQuote(doc, from))
    return undefined;
  if (!SOURCE_NOUN.test(doc.body.slice(speaker.end, cue.start))) return undefined;
  const close = TAG_CLOSE.exec(doc.body.slice(cue.end, cue.end + 40));
  if (!close) return undefined;
  const start = cue.end + close[0].length;
  if (!PREDICATE.test(doc.body.slice(start, start + 40))) return undefined;
  const to = clauseEnd(doc, s, start);
  return to - start < 3 ? undefined : { from: start, to, aboutFrom: from };
}

/** Reads "<subject>, <speaker> said, <predicate>." as what the speaker said; true when it did. */
export function midClauseStatement(
  run: StatementRun,
  scope: SentenceScope,
  cue: VerbCue,
  speaker: SpeakerMention,
): boolean {
  const span = midClauseSpan(run.doc, scope.s, run.datelineEnd, cue, speaker);
  if (!span) return false;
  pushParaphrase(run, scope, cue, speaker, span);
  return true;
}

/**
 * "The troops, according to the ministry, had crossed …": an "according to" frame set inside its
 * clause (`lead` to `frameStart`, the source ending at `frameEnd`); the predicate after it is what
 * the source said.
 */
export function midClauseFrame(
  doc: EntityDoc,
  s: Sentence,
  lead: number,
  frameStart: number,
  frameEnd: number,
): { from: number; to: number } | undefined {
  const subject = doc.body.slice(lead, frameStart);
  if (!SUBJECT_THEN_FRAME.test(subject) || subjectHasVerb(subject) || ADVERBIAL_OPEN.test(subject))
    return undefined;
  if (inQuote(doc, lead)) return undefined;
  const close = /^,[\s\u00a0]+/.exec(doc.body.slice(frameEnd, frameEnd + 4));
  if (!close) return undefined;
  const from = frameEnd + close[0].length;
  if (!PREDICATE.test(doc.body.slice(from, from + 40))) return undefined;
  const to = clauseEnd(doc, s, from);
  return to - from >= 3 ? { from, to } : undefined;
}
