// Reported speech as statements: "X suggested that …", "Talks could collapse, Lopes warned.",
// "…, both governments said", "according to X, …". The clause the speaker said is read from the
// reporting verb's complement or from the clause before it.

import { type EntityDoc, inQuote } from "../doc.ts";
import type { SpeechVerb } from "../knowledge/knowledge.ts";
import { FINITE_VERB, WS } from "../text/patterns.ts";
import type { Sentence } from "../types.ts";
import { attribution } from "./attribution.ts";
import {
  aboutOf,
  clauseEnd,
  complementStart,
  innerSpeechAct,
  pickStronger,
  pronounSubject,
  SEVERITY,
  THREAT_CAMEO,
  THREAT_SEVERITY,
  threatTarget,
  trimBack,
} from "./clauses.ts";
import { collectiveSpeakers } from "./collective.ts";
import { hearerLength } from "./hearers.ts";
import { midClauseFrame, midClauseStatement } from "./mid-clause.ts";
import { muteReportedBy } from "./non-side-source.ts";
import { isPassive, passiveSubject } from "./speakers.ts";
import {
  pushParaphrase,
  pushStatement,
  type SentenceScope,
  type SpeakerMention,
  type StatementRun,
} from "./statement-run.ts";
import type { VerbCue } from "./verb-cues.ts";

/**
 * ", the latest flare-up in …", "…, the second incident in a week": a noun phrase that sums up the
 * reported clause, set after its attribution; it is no clause of its own.
 */
const SUMMING_UP = `,${WS}+(?:the|a|an)${WS}+(?:latest|first|second|third|fourth|fifth|newest|most|biggest|largest|worst|sharpest|deadliest|only|last)${WS}`;

/**
 * ", in the most serious incident in months", ", in a sharp escalation of the row", ", in what …": the
 * same summing-up as a prepositional phrase after the attribution.
 */
const IN_SUMMING_UP = `,${WS}+in${WS}+(?:what${WS}|(?:the|a|an)${WS}+(?:[\\p{Ll}-]+${WS}+){0,3}(?:incident|escalation|move|sign|blow|setback|step|flare-up|episode|clash|twist|rebuke|challenge|test|show|display|case|breach|violation)s?(?![\\p{L}]))`;

/** ", a week after …", ", two days before …", ", shortly after …": when, set after the attribution. */
const TIME_BEFORE_AFTER = `,${WS}+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|just|only|barely|some|about|nearly|almost|less${WS}+than|more${WS}+than)${WS}+(?:day|week|month|year|hour|minute)s?|shortly|soon|hours|days|weeks|months|moments)${WS}+(?:after|before|since)${WS}`;

/** Where words were published or spoken: "on Telegram", "on its website", "in a post on X", "at a briefing". */
const PLATFORM = `(?:on${WS}+(?:the${WS}+)?condition${WS}+of${WS}+anonymity|on${WS}+(?:(?:its|their|his|her|the)${WS}+)?(?:official${WS}+)?(?:website|Telegram(?:${WS}+channel)?|X|Twitter|Facebook|Instagram|social${WS}+media|state${WS}+(?:television|radio|TV))|in${WS}+an?${WS}+(?:social${WS}+media${WS}+)?post(?:${WS}+on${WS}+\\p{Lu}[\\p{L}]*)?|in${WS}+an?${WS}+(?:\\p{Ll}+${WS}+)?(?:interview|address|speech)(?:${WS}+(?:with|on|to)${WS}+(?:the${WS}+)?\\p{Lu}[\\p{L}]*(?:${WS}+\\p{Lu}[\\p{L}]*)?)?|at${WS}+an?${WS}+(?:(?:news|press|regular|weekly|daily)${WS}+)*(?:conference|briefing)|by${WS}+(?:the${WS}+)?(?:(?:state|daily|weekly|news|newspaper|agency|broadcaster)${WS}+)*\\p{Lu}[\\p{L}.’'-]*(?:${WS}+\\p{Lu}[\\p{L}.’'-]*){0,3}(?:${WS}+(?:newspaper|daily|news${WS}+agency|agency|broadcaster|television|radio))?|(?:on${WS}+the${WS}+sidelines${WS}+of|during${WS}+an?)${WS}+[^,.;:“”"]{1,60}?(?=[.!?]?[\\s\\u00a0]*$))`;

/**
 * After a sentence-final reporting verb: time words and "in a statement" at most, then the sentence
 * end, a participle after a comma (", the ministry said on Friday, defending the drills"), or an
 * adverbial clause about the circumstances (", the ministry said on Tuesday, as trucks waited"), a
 * clause of the same speaker (", the ministry said, and it accused …"), or a noun phrase summing the
 * clause up (SUMMING_UP), a note on what the speaker left out (", without giving details") or a relative clause on the
 * statement (", it said in a statement, which described …").
 */
const TAIL_END = new RegExp(
  `^(?:${WS}+(?:on${WS}+\\p{Lu}\\p{Ll}+day|later|again|separately|${PLATFORM}|on${WS}+\\p{Ll}+|in${WS}+an?${WS}+(?:(?:joint|written|brief|short|separate|televised)${WS}+)?(?:statement|communiqu[eé]|(?:news|press)${WS}+release|notice|letter|circular|bulletin)(?:${WS}+to${WS}+[^,.;:“”"]{1,40}|${WS}+(?:carried|issued|published|posted|released|read(?:${WS}+out)?|broadcast|aired|shared|sent|circulated|e-?mailed)${WS}+(?:by|on|to|over)${WS}+[^,.;:“”"]{1,80})?))*` +
    `(?:[.!?]?[\\s\\u00a0]*$|,${WS}+\\p{Ll}+ing\\b|,${WS}+(?:as|while|amid|after|days|hours|weeks|even${WS}+as|because|since|although|though)${WS}|,${WS}+(?:and|but)${WS}+(?:it|they|he|she)${WS}|,${WS}+without${WS}+\\p{Ll}+ing${WS}|,${WS}+which${WS}+(?:also${WS}+)?\\p{Ll}+ed${WS}|${SUMMING_UP}|${IN_SUMMING_UP}|${TIME_BEFORE_AFTER})`,
  "u",
);

/** The hearer of "told": "reporters", "journalists", "parliament", or a capitalised name ("the BBC"). */
const HEARER = new RegExp(
  `^${WS}+(?:reporters|journalists|lawmakers|parliament|a${WS}+(?:news${WS}+)?(?:briefing|conference)|(?:the${WS}+)?\\p{Lu}[\\p{L}.’'-]*(?:${WS}+\\p{Lu}[\\p{L}.’'-]*){0,3})`,
  "u",
);

/** Participles that carry a clause of their own (", saying that …"): the content follows them. */
const CLAUSE_PARTICIPLE = /^(?:say|add|claim|insist|argue|state|note|explain|stress|warn|tell)$/;

/**
 * The verb closes its sentence: TAIL_END follows, and a participle there does not carry the content
 * itself ("Chile protested, saying …" reads what follows; "…, X said, defending the plan" what precedes).
 */
function endsSentence(scope: SentenceScope, cue: VerbCue, clauseParticiple = false): boolean {
  const rest = scope.s.text.slice(cue.end - scope.s.start);
  // "…, the minister told reporters on Monday.", "…, X told Reuters.": the hearer is no clause.
  const hearer = cue.verb.lemma === "tell" ? hearerLength(rest) || (HEARER.exec(rest)?.[0].length ?? 0) : 0;
  const tail = TAIL_END.exec(rest.slice(hearer));
  if (!tail) return false;
  const end = cue.end + hearer + tail[0].length;
  return (
    clauseParticiple ||
    !scope.cues.some((c) => c.start > cue.end && c.start < end && CLAUSE_PARTICIPLE.test(c.verb.lemma))
  );
}

/** Pushes "the clause from the sentence start up to `to`" as what the speaker said. */
function pushLeadingClause(
  run: StatementRun,
  scope: SentenceScope,
  cue: VerbCue,
  speaker: SpeakerMention,
  to: number,
): void {
  // The dateline ("CITY, Mon. D (Agency) —") opening the lead sentence is not part of what was said.
  const leadFrom = Math.max(scope.s.start, run.datelineEnd);
  pushParaphrase(run, scope, cue, speaker, { from: leadFrom, to, aboutFrom: leadFrom });
}

/**
 * A comma before the subject, across its determiner and modifiers (", the semi-official X agency
 * reported", ", the country’s intelligence service said").
 */
const LEAD_COMMA =
  /,[\s\u00a0]*(?:(?:the|a|an)[\s\u00a0]+(?:\p{Lu}\p{Ll}+[\s\u00a0]+|(?:[\p{L}-]+[\s\u00a0]+)?(?:country|nation|state|island|kingdom)[’']s[\s\u00a0]+)?)?(?:(?!(?:and|but|or|while|which|who|that|as|when|after|before|if)[\s\u00a0])[\p{Ll}-]+[\s\u00a0]+){0,3}$/u;

/** A finite verb somewhere in a stretch: it holds a clause. */
const LEAD_VERB = new RegExp(`\\b${FINITE_VERB}\\b`, "u");

/** Rebuttals that take an object ("denies the charge"): without one after them, a noun before is it. */
const OBJECT_VERB = /^(?:deny|reject|dismiss|dispute|refute|contest)$/;
/** A comma, maybe a determiner, then at least one content word before the subject (", a charge "). */
const NOUN_HEAD = /^,[\s\u00a0]*(?:(?:the|a|an)[\s\u00a0]+)?[\p{Ll}-]+[\s\u00a0]/u;

/** "…, Chilean officials said": unnamed officials after a demonym speak for its state (guide). */
const UNNAMED_OFFICIALS = new RegExp(
  `^${WS}+(?:(?:senior|government|security|military|defence|defense|border|foreign${WS}+ministry|ministry|police|health|intelligence|energy|trade|finance|interior|justice|customs|navy|army|\\p{Ll}+al)${WS}+){0,2}(?:officials?|authorities|diplomats?|sources?)${WS}+(?:(?:also|later|have|had)${WS}+)?$`,
  "u",
);

/** ", the foreign minister, " before a name that closes it: a role set off by commas. */
const ROLE_BETWEEN_COMMAS =
  /,[\s\u00a0]+(?:the|a|an|[\p{Lu}][\p{L}]*[’']s)[\s\u00a0][^,;“”"]{1,60},[\s\u00a0]*$/u;

/** ", <role appositive>, " between a name and its verb ("X, Kenya’s foreign minister, said"). */
function roleAppositiveGap(doc: EntityDoc, from: number, to: number): boolean {
  const role = doc.appositives.find((a) => a.start > from && a.end < to);
  return (
    role !== undefined &&
    /^,[\s\u00a0]*$/.test(doc.body.slice(from, role.start)) &&
    /^,[\s\u00a0]*(?:(?:also|later|then)[\s\u00a0]+)?$/.test(doc.body.slice(role.end, to))
  );
}

/** The mention of the same actor right before "(" when `speaker` is an acronym in parentheses. */
function acronymOwner(doc: EntityDoc, speaker: SpeakerMention): { start: number } | undefined {
  if (doc.body[speaker.start - 1] !== "(" || doc.body[speaker.end] !== ")") return undefined;
  return doc.mentions.find(
    (m) =>
      m.actorId === speaker.actorId &&
      m.end < speaker.start &&
      /^[\s\u00a0]*\($/.test(doc.body.slice(m.end, speaker.start)),
  );
}

/**
 * The comma opening a subject that sits right before a sentence-final verb: "…, Lopes warned",
 * "…, Kenyan President X told" (a role prefix), "…, the foreign minister, X, said" (a role between
 * commas), as a LEAD_COMMA match over the text before the subject phrase.
 */
function closingSubjectComma(
  run: StatementRun,
  scope: SentenceScope,
  cue: VerbCue,
  speaker: SpeakerMention,
): RegExpExecArray | null {
  const { doc } = run;
  const { s } = scope;
  if (speaker.end > cue.start) return null;
  // "…, India’s Ministry of External Affairs (MEA) said": the acronym's name opens the subject.
  const named = acronymOwner(doc, speaker);
  const gap = doc.body.slice(speaker.end + (named ? 1 : 0), cue.start);
  const role = doc.appositives.find(
    (a) =>
      a.start >= s.start &&
      a.end <= speaker.start &&
      /^[\s\u00a0]*$/.test(doc.body.slice(a.end, speaker.start)),
  );
  let subjectStart = named?.start ?? role?.start ?? speaker.start;
  const gloss =
    /^(?:[\s\u00a0]*\([^()]{1,12}\))?,[\s\u00a0]*$/.test(gap) &&
    glossBefore(doc, speaker, named?.start ?? speaker.start);
  if (gloss) {
    subjectStart = gloss.start;
  } else if (/^,[\s\u00a0]*$/.test(gap)) {
    const framed = ROLE_BETWEEN_COMMAS.exec(doc.body.slice(s.start, speaker.start));
    if (!framed) return null;
    subjectStart = s.start + framed.index + 1;
  } else if (roleAppositiveGap(doc, speaker.end, cue.start)) {
    // "…, Daniel Mwangi, Kenya’s foreign minister, said": the subject is the name; its role follows.
  } else if (
    !/^[\s\u00a0]+(?:(?:also|later|then|has|have|had)[\s\u00a0]+)?$/.test(gap) &&
    !(BODY_VOICE_GAP.test(gap) && !speaker.actorId.startsWith("person:")) &&
    !(NAME_APPOSITIVE_GAP.test(gap) && !speaker.actorId.startsWith("person:")) &&
    !QUOTED_AS_GAP.test(gap) &&
    !(PLACE_GAP.test(gap) && !speaker.actorId.startsWith("person:")) &&
    !(speaker.actorId.startsWith("country:") && UNNAMED_OFFICIALS.test(gap))
  )
    return null;
  return LEAD_COMMA.exec(doc.body.slice(s.start, subjectStart));
}

/** "…, the ministry’s statement said", "…, a ministry spokesman said": the body speaks through its voice. */
const BODY_VOICE_GAP =
  /^(?:[’']s)?[\s\u00a0]+(?:(?:written|joint)[\s\u00a0]+)?(?:statement|spokes(?:man|woman|person)|official|source|representative)[\s\u00a0]+$/u;

/**
 * "…, the country’s spy agency, the Security Police Board (SPB), said": the gloss naming the same
 * body right before its own name, which the subject opens with.
 */
function glossBefore(doc: EntityDoc, speaker: SpeakerMention, at: number): { start: number } | undefined {
  if (speaker.actorId.startsWith("person:")) return undefined;
  return doc.mentions.find(
    (m) =>
      m.actorId === speaker.actorId &&
      m.end < at &&
      /^,[\s\u00a0]+(?:the[\s\u00a0]+)?$/.test(doc.body.slice(m.end, at)),
  );
}

/** "…, the country’s spy agency, the State Security Office (SSO), said": the body's own name set off. */
const NAME_APPOSITIVE_GAP =
  /^,[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu}[\p{L}’'-]*(?:[\s\u00a0]+(?:of[\s\u00a0]+|for[\s\u00a0]+)?\p{Lu}[\p{L}’'-]*){0,5}(?:[\s\u00a0]+\([\p{Lu}\p{N}&-]{2,10}\))?,[\s\u00a0]*$/u;

/** "…, the prosecutor’s office in Olomouc said": where the body sits, between its name and its verb. */
const PLACE_GAP =
  /^[\s\u00a0]+(?:in|at)[\s\u00a0]+\p{Lu}[\p{L}’'-]*(?:[\s\u00a0]+\p{Lu}[\p{L}’'-]*){0,2}[\s\u00a0]+(?:(?:also|later|then|has|have|had)[\s\u00a0]+)?$/u;

/** "…, X was quoted as saying (by Y).": the passive frame between the subject and its participle. */
const QUOTED_AS_GAP =
  /^[\s\u00a0]+(?:was|were|is|has[\s\u00a0]+been)[\s\u00a0]+(?:also[\s\u00a0]+)?quoted[\s\u00a0]+as[\s\u00a0]+$/u;

/** No quotation opens between the sentence start and `to`. */
function noQuoteBefore(doc: EntityDoc, s: Sentence, to: number): boolean {
  return !doc.quotes.some((q) => q.start >= s.start && q.start < to);
}

/**
 * A reporting verb after what was said: "Talks could collapse, Lopes warned.", "…, both governments
 * said.", "The plan is dead, said X". True when the cue was read this way (whether or not a statement
 * came of it).
 */
function leadingClauseStatement(
  run: StatementRun,
  scope: SentenceScope,
  cue: VerbCue,
  speaker: SpeakerMention,
  collective: boolean,
): boolean {
  const { doc } = run;
  const { s } = scope;
  // "…, both governments said.": the collective phrase is the subject; the clause before it was said.
  const collectiveComma = doc.body.slice(s.start, cue.start).lastIndexOf(",");
  if (
    collectiveComma > 0 &&
    collective &&
    endsSentence(scope, cue) &&
    !inQuote(doc, s.start + collectiveComma)
  ) {
    const to = trimBack(doc, s.start, s.start + collectiveComma);
    if (to - s.start >= 3 && noQuoteBefore(doc, s, to)) pushLeadingClause(run, scope, cue, speaker, to);
    return true;
  }
  // "Talks could collapse, Lopes warned.": a subject between a comma and a sentence-final verb.
  const leadComma = closingSubjectComma(run, scope, cue, speaker);
  const ends = endsSentence(scope, cue);
  if (leadComma && (ends || endsSentence(scope, cue, true)) && !inQuote(doc, s.start)) {
    // "…, a charge Kabul denies.": a verb that needs an object, after a noun, heads a relative
    // clause on that noun; the clause before it is the other side's claim, not this speaker's.
    if (OBJECT_VERB.test(cue.verb.lemma) && NOUN_HEAD.test(leadComma[0])) return true;
    const to = trimBack(doc, s.start, s.start + leadComma.index);
    // Before a participle the lead must be a clause ("On Monday, after the vote, Chile protested,
    // saying …" has only adverbials before its subject).
    const clause = ends || LEAD_VERB.test(doc.body.slice(s.start, to));
    if (to - s.start >= 3 && noQuoteBefore(doc, s, to) && clause)
      pushLeadingClause(run, scope, cue, speaker, to);
    // "…, X said, adding that …": the participle's clause is read next, as X's too.
    return ends;
  }
  const fronted = /,[\s\u00a0]*$/.exec(doc.body.slice(s.start, cue.start));
  if (speaker.start >= cue.end && fronted) {
    // "The plan is dead, said X": the clause before the verb is what was said.
    const to = trimBack(doc, s.start, cue.start);
    if (to - s.start >= 3 && !inQuote(doc, s.start)) pushLeadingClause(run, scope, cue, speaker, to);
    return true;
  }
  return false;
}

/** A finite verb or "that" in a stretch: a reported clause of its own. */
const OWN_CLAUSE = new RegExp(`(?:^|${WS})(?:that${WS}|${FINITE_VERB}\\b)`, "u");
/** "urged X to …", "asked X to …": an appeal's object and infinitive. */
const APPEAL_INFINITIVE = new RegExp(`${WS}to${WS}+\\p{Ll}`, "u");
const APPEAL_LEMMA = /^(?:urge|ask|call on|appeal|implore|exhort|plead)$/;
/** "accused X of …", "blamed X for …": an accusation's object and charge. */
const ACCUSATION_OF = new RegExp(`${WS}(?:of|for)${WS}+\\p{L}`, "u");

/**
 * "said that the border would reopen, adding that …", "urged X to reopen it, warning that …",
 * "accused X of closing it, saying …": the first verb already reported a clause of its own before
 * the participle's comma, so the participle is a second speech act, not the carrier of the first.
 */
function ownClauseBefore(cue: VerbCue, gap: string): boolean {
  if (OWN_CLAUSE.test(gap)) return true;
  if (APPEAL_LEMMA.test(cue.verb.lemma)) return APPEAL_INFINITIVE.test(gap);
  return cue.verb.stance === "accuse" && ACCUSATION_OF.test(gap);
}

/**
 * Where the reported clause starts, and the verb that carries it: a following participle without its
 * own subject carries the content ("…, saying that …") and lends its stance when stronger.
 */
function complementOf(
  run: StatementRun,
  scope: SentenceScope,
  cue: VerbCue,
  speaker: SpeakerMention,
): { from: number | undefined; verb: SpeechVerb } {
  const { doc } = run;
  const { s, cues } = scope;
  // "Iran is also suspected of taking part …": the whole clause is the allegation.
  if (isPassive(doc, s, cue.start) && !speaker.text)
    return { from: passiveSubject(doc, s, cue.start)?.start, verb: cue.verb };
  const participle = cues.find((c) => !c.used && c.form === "ing" && c.start > cue.end);
  // Only a participle set off by a comma takes over ("said …, saying"); one inside the complement
  // ("handed her a note rejecting the drills") is part of what was said.
  if (
    participle &&
    !/[.;]/.test(doc.body.slice(cue.end, participle.start)) &&
    /,[\s\u00a0]*$/.test(doc.body.slice(cue.end, participle.start)) &&
    !ownClauseBefore(cue, doc.body.slice(cue.end, participle.start))
  ) {
    participle.used = true;
    return { from: complementStart(doc, s, participle.end), verb: pickStronger(cue.verb, participle.verb) };
  }
  return { from: complementStart(doc, s, cue.end, cue.verb.lemma === "tell"), verb: cue.verb };
}

/** ", and the State Department " before a verb: a coordinated clause with a named subject of its own. */
const NEXT_SUBJECT =
  /,?[\s\u00a0]+(?:and|but|while|whereas)[\s\u00a0]+(?:(?:the[\s\u00a0]+)?(?:\p{Lu}[\p{L}.’'-]*[\s\u00a0]+){1,5}|(?:it|they|he|she)[\s\u00a0]+)(?:(?:also|later|then)[\s\u00a0]+)?$/u;

/** ", because traders " before a verb: an adverbial clause with a subject of its own. */
const ADVERBIAL_OPEN = /,[\s\u00a0]+(?:because|although|though|since|whereas)[\s\u00a0]+[^,;:“”"]*$/u;

/** Where the clause before the next reporting verb at `verbStart` ends: before that verb's own subject. */
function subjectOpening(doc: EntityDoc, from: number, verbStart: number): number {
  const text = doc.body.slice(from, verbStart);
  const m = NEXT_SUBJECT.exec(text) ?? ADVERBIAL_OPEN.exec(text);
  return m ? from + m.index : verbStart;
}

/**
 * ", where hundreds of farmers " before a verb: a relative clause inside the reported clause; its verb
 * is part of what was said ("said the deal would help the region, where farmers protested …").
 */
export const RELATIVE_OPEN = /,[\s\u00a0]+(?:where|when|whose)[\s\u00a0]+[^,;:“”"]*$/u;

/** Verbs of a spoken commitment whose "to …" infinitive is what was said ("vowed to retaliate"). */
const COMMISSIVE = /^(?:vow|promise|threaten)$/;
/** "have not threatened to …", "never vowed to …": a commitment denied says nothing. */
const NEGATED_BEFORE = /\b(?:not|never|n[’']t)[\s\u00a0]+(?:(?:yet|so far)[\s\u00a0]+)?$/iu;

/** Start of "to <verb> …" right after a commissive verb, if that is what follows it. */
function commissiveInfinitive(run: StatementRun, cue: VerbCue): number | undefined {
  if (!COMMISSIVE.test(cue.verb.lemma)) return undefined;
  if (NEGATED_BEFORE.test(run.doc.body.slice(Math.max(0, cue.start - 30), cue.start))) return undefined;
  const m = /^[\s\u00a0]+(?=to[\s\u00a0]+\p{Ll})/u.exec(run.doc.body.slice(cue.end, cue.end + 40));
  return m ? cue.end + m[0].length : undefined;
}

/** Between a verb and its clause: at most a few words with no article, then maybe "that". */
const DIRECT_GAP = /^(?:[\s\u00a0]+(?!(?:a|an|the)[\s\u00a0])[\p{L}-]+){0,3}[\s\u00a0]*$/u;

/**
 * "said in a note that it had asked both sides “to avoid …”": the clause stops at a quotation that
 * the same speaker's statement already holds with its own verb (inside this clause, checked by the
 * caller); that statement is the one act.
 */
function runsIntoOwnQuote(run: StatementRun, to: number, speakerId: string): boolean {
  const q = run.doc.quotes.find(
    (x) => x.start >= to && /^[\s\u00a0]*$/.test(run.doc.body.slice(to, x.start)),
  );
  return q !== undefined && run.found.some((st) => st.at === q.start && st.speakerId === speakerId);
}

/** "that it suspected …": a pronoun subject, right after the complement's "that", opening the clause. */
const OWN_PRONOUN = /^(?:it|they|he|she|we)(?:[\s\u00a0]+(?:also|had|has|have))?$/i;

/**
 * "told lawmakers that it suspected X of …": a stance verb whose subject is a pronoun opening the
 * reported clause is the speaker's own act; its stance and targets are the statement's.
 */
function ownInnerAct(
  run: StatementRun,
  scope: SentenceScope,
  start: number,
  inner: readonly VerbCue[],
  speakerId: string,
): { verb: SpeechVerb; targets: string[] } | undefined {
  const act = inner.find((c) => c.verb.stance && OWN_PRONOUN.test(run.doc.body.slice(start, c.start).trim()));
  return act ? { verb: act.verb, targets: scope.targetsFor(act, speakerId) } : undefined;
}

/**
 * Is a later cue part of the reported clause (`start`, read after `after`)? A module function, not a
 * closure: under tsx every named closure is renamed each time it is made.
 */
function inClause(
  doc: EntityDoc,
  clause: { after: number; start: number; directComplement: boolean },
  c: VerbCue,
): boolean {
  const { after, start, directComplement } = clause;
  return c.form === "ing"
    ? !/,[\s\u00a0]*$/.test(doc.body.slice(after, c.start))
    : c.start > after &&
        ((directComplement && innerSpeechAct(doc, start, c.start)) ||
          RELATIVE_OPEN.test(doc.body.slice(start, c.start)));
}

/** "X suggested that …", "X condemned Chile’s decision": the complement clause is what was said. */
function reportedClauseStatement(
  run: StatementRun,
  scope: SentenceScope,
  cue: VerbCue,
  speaker: SpeakerMention,
): void {
  const { doc } = run;
  const { s, cues } = scope;
  const complement = complementOf(run, scope, cue, speaker);
  let verb = complement.verb;
  let from = complement.from ?? commissiveInfinitive(run, cue);
  const targets = scope.targetsFor(cue, speaker.actorId);
  if (from === undefined) {
    // Criticism without a clause still says something about its object ("condemned Chile’s decision").
    if (!verb.stance || targets.length === 0) return;
    from = cue.end;
  }
  const start = from;
  // The reported clause ends where the next speech act or quotation begins ("…, saying “…”").
  const after = Math.max(start, cue.end);
  // A participle with no comma before it modifies a noun of the clause ("a note rejecting …"); a
  // finite verb reached without punctuation or "and" is the clause's own verb ("said the United
  // States welcomed the decision"): both are part of what was said.
  // Only a clause that opens right after its verb can embed one ("said that it welcomed …"); after
  // "protested to Togo over a raid that it said …" the "that" is a relative pronoun.
  // "told lawmakers in a closed briefing that it suspected …": after a plain reporting verb the
  // "that" is its complementiser. (After "protested over a raid that it said …" it is a relative.)
  const gap = doc.body.slice(cue.end, start);
  const directComplement =
    DIRECT_GAP.test(gap) || (!cue.verb.stance && /(?:^|[\s\u00a0])that[\s\u00a0]*$/.test(gap));
  const clause = { after, start, directComplement };
  const next = [
    ...cues
      .filter((c) => c.start >= after && !inClause(doc, clause, c))
      .map((c) => subjectOpening(doc, start, c.start)),
    ...doc.quotes.filter((q) => q.start >= after).map((q) => q.start),
  ];
  const to = Math.min(clauseEnd(doc, s, start), ...next.map((n) => trimBack(doc, start, n)));
  if (to - start < 3 || doc.quotes.some((q) => q.start >= start && q.start < to)) return;
  if (cues.some((c) => c.start > cue.end && c.end <= to) && runsIntoOwnQuote(run, to, speaker.actorId))
    return;
  const inner = cues.filter((c) => c.start >= after && c.end <= to && inClause(doc, clause, c));
  for (const c of inner) c.used = true;
  const own = ownInnerAct(run, scope, start, inner, speaker.actorId);
  if (own) {
    verb = pickStronger(verb, own.verb);
    for (const t of own.targets) if (!targets.includes(t)) targets.push(t);
  }
  const pronoun = pronounSubject(doc, s, cue.end, to, speaker.actorId);
  // A clause that is a warning/threat to a named actor makes the speech act a threat (CAMEO 130).
  const threatened =
    (SEVERITY[verb.stance ?? ""] ?? 0) < THREAT_SEVERITY
      ? threatTarget(doc, s, start, to, speaker.actorId)
      : undefined;
  const stance = threatened ? "threaten" : verb.stance;
  const allTargets = threatened ? [...new Set([...targets, threatened])] : targets;
  pushStatement(
    run,
    scope,
    {
      kind: "paraphrase",
      speakerId: speaker.actorId,
      attribution: speaker.attribution,
      verb: cue.text,
      text: doc.body.slice(start, to).replace(/^[\s\u00a0]+/, ""),
      aboutIds: aboutOf(doc, s, start, to, speaker.actorId, [...allTargets, ...(pronoun ? [pronoun] : [])]),
      cameo: threatened ? THREAT_CAMEO : verb.cameo,
      targetIds: allTargets,
      ...(stance ? { stance } : {}),
      at: cue.start,
    },
    [],
    cue,
    speaker,
  );
}

/** ", the Norwegian fisheries directorate" before a verb: a comma, then a short subject phrase. */
const CLOSING_SUBJECT =
  /,[\s\u00a0]+(?!(?:and|but|or|while|which|who|whom|that|as|when|after|before|if|saying|adding)[\s\u00a0])(?:[\p{L}’'.-]+[\s\u00a0]+){1,7}$/u;

/**
 * Offset of the comma before a closing attribution ("…, accusing its crew of …, the coast guard said
 * on Wednesday."): the verbs before it are part of what the closing speaker reported, not speech
 * acts of their own.
 */
function closingAttribution(run: StatementRun, scope: SentenceScope): number | undefined {
  const { doc } = run;
  const { s, cues } = scope;
  const last = cues[cues.length - 1];
  if (!last || cues.length < 2 || last.form === "ing" || OBJECT_VERB.test(last.verb.lemma)) return undefined;
  const before = doc.body.slice(s.start, last.start);
  const m = CLOSING_SUBJECT.exec(before);
  if (!m || /[“”"]/.test(before) || !endsSentence(scope, last)) return undefined;
  // Only a closing speaker we know takes the clause over; otherwise the inner verbs keep theirs.
  // An outlet reporting what someone said ("X said …, the agency reported") takes nothing over.
  const speaker = scope.speakerFor(last);
  if (speaker && isOutlet(doc, speaker.actorId)) {
    last.used = true;
    return undefined;
  }
  return speaker && speaker.start > s.start + m.index ? s.start + m.index : undefined;
}

/** A news agency or other outlet, which reports others' words rather than speaking itself. */
function isOutlet(doc: EntityDoc, actorId: string): boolean {
  const actor = doc.actors.get(actorId);
  return actor?.orgType === "news agency" || actor?.orgType === "media";
}

/** The closing attribution of each sentence, read once (null: none). */
const closings = new WeakMap<SentenceScope, number | null>();

/** A reporting verb not used by a quote: reported speech. */
export function paraphraseStatement(run: StatementRun, scope: SentenceScope, cue: VerbCue): void {
  if (cue.used) return;
  cue.used = true;
  let closing = closings.get(scope);
  if (closing === undefined) {
    closing = closingAttribution(run, scope) ?? null;
    closings.set(scope, closing);
  }
  if (closing !== null && cue.start < closing) return;
  const group = collectiveSpeakers(run.doc, scope.s, cue.start);
  const speaker =
    scope.speakerFor(cue) ?? (group[0] && { ...group[0], attribution: attribution("collective") });
  if (!speaker) {
    muteReportedBy(run.doc, scope.s, scope.cues, cue);
    return;
  }
  if (midClauseStatement(run, scope, cue, speaker)) return;
  if (leadingClauseStatement(run, scope, cue, speaker, group.length > 0)) return;
  reportedClauseStatement(run, scope, cue, speaker);
}

/**
 * After a frame's source: the rest of its noun ("his office"), maybe an appositive ("…, a lawmaker"),
 * then the sentence end or a new clause (", and …"): the frame closes the clause before it.
 */
const FRAME_CLOSES =
  /^[^,;.“”"]{0,30}(?:,[\s\u00a0]+(?:a|an|the|who|which|whose)\b[^,;“”"]*)?(?:[.!?][\s\u00a0]*$|,[\s\u00a0]+(?:and|but|while|as)[\s\u00a0])/u;

/**
 * After a state body closing a frame: the sentence end, maybe after the body's document ("…, according
 * to a defence ministry statement.") or a date ("…, according to a note issued by X on Monday."); the
 * body's abbreviation in parentheses may follow its name.
 */
const CLOSING_REST =
  /^(?:[\s\u00a0]+\([\p{Lu}\p{N}.&-]{2,12}\))?(?:[\s\u00a0]+(?:statement|report|communiqu[eé]|note|readout))?(?:[\s\u00a0]+(?:(?:late|early)[\s\u00a0]+)?on[\s\u00a0]+\p{Lu}[\p{L}.]*(?:[\s\u00a0]+\d{1,2})?)?(?:,[\s\u00a0]+an?[\s\u00a0]+[^,;“”"]{1,60})?[\s\u00a0]*[.!?][\s\u00a0]*$/u;

/** A person, or a named state body (not media) with nothing after it but the sentence end. */
function closingSource(doc: EntityDoc, mention: { kind: string; actorId: string }, rest: string): boolean {
  if (mention.kind === "name" && mention.actorId.startsWith("person:")) return true;
  if (mention.kind !== "name" && mention.kind !== "alias") return false;
  const actor = doc.actors.get(mention.actorId);
  return (
    actor?.kind === "Organization" &&
    // A state body speaks for its government; an international body, institute or group named
    // before the sentence end is cited for the clause too ("…, according to the Whaling Commission").
    actor.orgType !== "news agency" &&
    actor.orgType !== "media" &&
    !/\b(?:media|news|broadcaster|newspaper|television)\b/i.test(actor.name) &&
    CLOSING_REST.test(rest)
  );
}

/**
 * What an "according to" frame attributes: the clause before it when it closes one ("The visit is
 * set for May 3, according to his office."), else the clause after its comma.
 */
function frameClause(
  run: StatementRun,
  scope: SentenceScope,
  frame: NonNullable<SentenceScope["frame"]>,
): { from: number; to: number } | undefined {
  const { doc } = run;
  const { s } = scope;
  const lead = Math.max(s.start, run.datelineEnd);
  if (frame.start > lead && /,[\s\u00a0]*$/.test(doc.body.slice(lead, frame.start))) {
    // A closing frame credits a named person ("…, according to Ana Ruiz, a lawmaker.") or a body
    // of a state named right before the sentence end ("…, according to Chile’s foreign ministry.");
    // a body's figures, a news outlet or an international body cite a source for a fact.
    const mid = midClauseFrame(doc, s, lead, frame.start, frame.end);
    if (mid) return mid;
    const rest = doc.body.slice(frame.end, s.end);
    if (!closingSource(doc, frame.mention, rest) || !FRAME_CLOSES.test(rest)) return undefined;
    const to = trimBack(doc, lead, frame.start);
    return to - lead >= 3 ? { from: lead, to } : undefined;
  }
  // "According to X, Kenya’s foreign minister, …": the source's role appositive is skipped.
  const role = doc.appositives.find(
    (a) => a.start > frame.end && /^,[\s\u00a0]*$/.test(doc.body.slice(frame.end, a.start)),
  );
  const after = role?.end ?? frame.end;
  const comma = doc.body.slice(after, s.end).search(/,/);
  if (comma < 0) return undefined;
  const from = after + comma + 1;
  return { from, to: clauseEnd(doc, s, from) };
}

/** "According to X, …" with no quote or reporting verb of its own: the clause after the comma. */
export function accordingToStatement(run: StatementRun, scope: SentenceScope): void {
  const { doc } = run;
  const { s, frame, quotes, cues } = scope;
  if (!frame || quotes.length > 0 || !cues.every((c) => c.start < frame.start || c.used)) return;
  const span = frameClause(run, scope, frame);
  if (!span) return;
  const { from, to } = span;
  pushStatement(run, scope, {
    kind: "paraphrase",
    speakerId: frame.mention.actorId,
    attribution: attribution("according-to"),
    verb: "according to",
    text: doc.body.slice(from, to).replace(/^[\s\u00a0]+/, ""),
    aboutIds: aboutOf(doc, s, from, to, frame.mention.actorId, []),
    cameo: "010",
    targetIds: [],
    at: frame.start,
  });
}
