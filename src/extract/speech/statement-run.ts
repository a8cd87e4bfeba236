// The state of one statement-extraction pass, passed explicitly between the readers of quotes,
// reported speech and "according to" frames: statements found so far, the latest accuser (an
// agentless "X is suspected …" continues that case), the speaker of a quotation left open across
// paragraphs, and the reporting-verb cues of each sentence (read once, so a cue used by a quote in an
// earlier sentence is not read again as a paraphrase).
import { type ActorMention, type EntityDoc, evidence } from "../doc.ts";
import { DATELINE_OPENING } from "../entities/gazetteer.ts";
import type { SpeechVerb } from "../knowledge/knowledge.ts";
import { FINITE_VERB } from "../text/patterns.ts";
import type { Attribution, Evidence, Sentence, Statement } from "../types.ts";
import { answerSpeaker, continuedSpeaker, unnamedSourceContinued } from "./asked-pronoun.ts";
import { attribution, classifyReading } from "./attribution.ts";
import { CLOSING_IT, openingItSubject } from "./body-pronoun.ts";
import { aboutOf, COORDINATED_VERB } from "./clauses.ts";
import { collectiveSpeakers, coordinatedSpeakers } from "./collective.ts";
import { definiteBodySubject } from "./definite-body.ts";
import { governmentSubject } from "./government-subject.ts";
import type { Quote } from "./quotes.ts";
import { frameSpeaker, isPassive, objectAfter, passiveSubject, speakerOf } from "./speakers.ts";
import { unnamedOfficialSpeaker } from "./unnamed-source.ts";
import { type VerbCue, verbCues } from "./verb-cues.ts";

/** A statement plus what relations need: whom the speech act is directed at. */
export interface FoundStatement extends Statement {
  /** Actors criticized/accused/threatened (subset of aboutIds). */
  targetIds: string[];
  stance?: SpeechVerb["stance"];
  /** Offset of the reporting verb/frame, to order statements. */
  at: number;
  /** Actors named between an evaluating verb and its quote ("called Chile’s plan “…”"): the target if the words condemn. */
  objectIds?: string[];
}

/** A speaker mention with the sieve that found it. */
export type SpeakerMention = ActorMention & { attribution: Attribution };

/** The reporting-verb cues of one sentence, with their readers. */
export interface SentenceContext {
  s: Sentence;
  cues: VerbCue[];
  speakerFor(cue: VerbCue): SpeakerMention | undefined;
  targetsFor(cue: VerbCue, speakerId: string): string[];
}

export interface StatementRun {
  doc: EntityDoc;
  found: FoundStatement[];
  /** End of the dateline ("CITY, Mon. D (Agency) —"), which is not part of what was said. */
  datelineEnd: number;
  lastAccuser: string | undefined;
  /** Speaker of the latest open (paragraph-spanning) quotation, for its continuation. */
  openQuoteSpeaker: { id: string; end: number } | undefined;
  /** Speaker of the latest attributed quote and the sentence it ends in, for a bare quote after it. */
  lastQuoteSpeaker: { id: string; sentence: number } | undefined;
  /** Starts of quotations a closing attribution's clause already holds (quote-statements.ts). */
  claimedQuotes: Set<number>;
  contexts: Map<number, SentenceContext>;
}

/** One sentence as the statement readers see it. */
export interface SentenceScope extends SentenceContext {
  frame: ReturnType<typeof frameSpeaker>;
  quotes: Quote[];
  evidence: Evidence;
}

export function startRun(doc: EntityDoc): StatementRun {
  const datelineEnd = DATELINE_OPENING.exec(doc.body)?.[0].length ?? 0;
  return {
    doc,
    found: [],
    datelineEnd,
    lastAccuser: undefined,
    openQuoteSpeaker: undefined,
    lastQuoteSpeaker: undefined,
    claimedQuotes: new Set(),
    contexts: new Map(),
  };
}

export function sentenceScope(run: StatementRun, s: Sentence): SentenceScope {
  const { doc } = run;
  return {
    ...contextOf(run, s),
    frame: frameSpeaker(doc, s),
    quotes: doc.quotes.filter((q) => q.start >= s.start && q.start < s.end),
    evidence: evidence(doc, s.start, s.end),
  };
}

/** ", with <subject> " right before a participle: an absolute clause with its own speaker. */
const WITH_SUBJECT = /,[\s\u00a0]+with[\s\u00a0]+[^,;:“”"]{2,80}[\s\u00a0]$/u;

/**
 * The finite reporting verb governing a participle cue, if any ("criticized …, saying"), and a
 * coordinated finite verb shares the subject of the reporting verb before it ("X said … and accused Y
 * of …", "X told … but called …"): the nearest noun before "and" is inside the first verb's complement.
 */
function controllerOf(doc: EntityDoc, s: Sentence, cues: VerbCue[], cue: VerbCue): VerbCue | undefined {
  // "…, with President X saying …": the participle has a subject of its own.
  if (cue.form === "ing" && WITH_SUBJECT.test(doc.body.slice(Math.max(s.start, cue.start - 100), cue.start)))
    return undefined;
  if (cue.form === "ing") return cues.filter((c) => c.end <= cue.start && c.form !== "ing").pop();
  if ((cue.form === "past" || cue.form === "s") && COORDINATED_VERB.test(doc.body.slice(s.start, cue.start)))
    return cues.filter((c) => c.end <= cue.start && (c.form === "past" || c.form === "s")).pop();
  return undefined;
}

/** Who spoke in `prev`: the speaker of its latest statement. */
function spokeIn(run: StatementRun, prev: Sentence): string | undefined {
  return run.found.findLast((f) => f.at >= prev.start && f.at < prev.end)?.speakerId;
}

/** Where the statements of sentence `prev` sit in the body. */
function saidIn(run: StatementRun, prev: Sentence | undefined): { start: number; end: number }[] {
  if (!prev) return [];
  return run.found
    .filter((f) => f.at >= prev.start && f.at < prev.end)
    .map((f) => {
      const start = run.doc.body.indexOf(f.text, prev.start);
      return { start, end: start + f.text.length };
    })
    .filter((x) => x.start >= 0);
}

/** A body (not a person) that spoke in one of the three sentences before `s`, paragraphs apart or not. */
function recentIssuer(run: StatementRun, s: Sentence): string | undefined {
  const from = run.doc.sentences[Math.max(0, s.index - 3)]?.start ?? s.start;
  const last = run.found.findLast((f) => f.at < s.start);
  return last && last.at >= from && !last.speakerId.startsWith("person:") ? last.speakerId : undefined;
}

/** The bodies (not people) that spoke in the four sentences before `s`, latest first. */
function recentBodies(run: StatementRun, s: Sentence): string[] {
  const from = run.doc.sentences[Math.max(0, s.index - 4)]?.start ?? s.start;
  const ids = run.found
    .filter((f) => f.at >= from && f.at < s.start && !f.speakerId.startsWith("person:"))
    .map((f) => f.speakerId);
  return [...new Set(ids.reverse())];
}

/** "…, and it accused …", "…, which it called …": "it" as the subject of a later clause. */
const LATER_CLAUSE_IT =
  /(?:\b(?:that|which|what)|,[\s\u00a0]+(?:and|but))[\s\u00a0]+it[\s\u00a0]+(?:(?:also|later|then)[\s\u00a0]+)?$/iu;

/**
 * "…, the ministry said, and it accused …": a later clause's "it" is the body or state that spoke
 * earlier in the same sentence, not an actor named inside what it said.
 */
function itAfterSpeaker(
  run: StatementRun,
  s: Sentence,
  cues: VerbCue[],
  verbAt: number,
): SpeakerMention | undefined {
  if (!LATER_CLAUSE_IT.test(run.doc.body.slice(s.start, verbAt))) return undefined;
  // The earlier reporting verb of the sentence, whether or not its statement is recorded yet.
  const earlier = cues.filter((c) => c.end <= verbAt && c.form !== "ing").pop();
  const spoke = earlier && speakerFor(run, s, cues, earlier);
  if (!spoke || spoke.actorId.startsWith("person:")) return undefined;
  const at = verbAt - run.doc.body.slice(s.start, verbAt).replace(/^[\s\S]*\bit\b/iu, "").length - 2;
  return {
    actorId: spoke.actorId,
    kind: "pronoun",
    start: at,
    end: at + 2,
    sentence: s.index,
    text: "it",
    attribution: attribution("pronoun"),
  };
}

/** Who spoke in the sentence before `s`, within its paragraph. */
function previousSpeaker(run: StatementRun, s: Sentence): string | undefined {
  const prev = run.doc.sentences[s.index - 1];
  return prev && prev.paragraph === s.paragraph ? spokeIn(run, prev) : undefined;
}

/** "The ministry summoned": a definite body opening the clause, right before its first verb. */
const OPENING_BODY = /^(?:The|the)[\s\u00a0]+(?:\p{Lu}[\p{L}-]+[\s\u00a0]+)?\p{Ll}+[\s\u00a0]+/u;
const VERB_AHEAD = new RegExp(`^${FINITE_VERB}(?![\\p{L}])`, "u");
/** A clause break between the first verb and the "and" of the second. */
const CLAUSE_BREAK = /[,;:“”"]|\b(?:that|who|which|while|when|after|before|because|as)\b/u;

/**
 * "The ministry summoned the envoy on Monday and accused …": a verb joined by "and" to the first verb
 * of a clause opened by a definite body shares that subject; where the first verb starts, else `verbAt`.
 */
function sharedSubjectVerb(run: StatementRun, s: Sentence, verbAt: number): number {
  const from = Math.max(s.start, run.datelineEnd);
  const before = run.doc.body.slice(from, verbAt);
  if (!COORDINATED_VERB.test(before)) return verbAt;
  const m = OPENING_BODY.exec(before);
  if (!m || !VERB_AHEAD.test(before.slice(m[0].length))) return verbAt;
  const between = before.slice(m[0].length).replace(COORDINATED_VERB, "");
  return CLAUSE_BREAK.test(between) ? verbAt : from + m[0].length;
}

/** "the government said", "the ministry said": a state or body named by a bare noun before the verb. */
function bodySubject(run: StatementRun, s: Sentence, cueAt: number): ActorMention | undefined {
  const verbAt = sharedSubjectVerb(run, s, cueAt);
  const previous = previousSpeaker(run, s);
  return (
    governmentSubject(run.doc, s, verbAt, previous) ??
    definiteBodySubject(run.doc, s, verbAt, previous, recentIssuer(run, s), recentBodies(run, s))
  );
}

function speakerFor(
  run: StatementRun,
  s: Sentence,
  cues: VerbCue[],
  cue: VerbCue,
): SpeakerMention | undefined {
  const { doc } = run;
  const controller = controllerOf(doc, s, cues, cue);
  const reading = speakerOf(doc, s, cue.start, cue.end, controller);
  const spokenBefore = itAfterSpeaker(run, s, cues, controller?.start ?? cue.start);
  if (spokenBefore) return spokenBefore;
  const lastPerson = run.found.findLast(
    (f) => f.at < s.start && f.speakerId.startsWith("person:"),
  )?.speakerId;
  // "…into Estonian airspace, the ministry said": a definite body right before the verb is its
  // subject, closer than any actor named earlier in the clause; "The ministry summoned Peru’s envoy
  // and accused …": the body opening the clause is the shared subject, not the first verb's object.
  const verbAt = controller?.start ?? cue.start;
  const closer = reading.mention && bodySubject(run, s, verbAt);
  const shared = reading.via === "subject" && sharedSubjectVerb(run, s, verbAt) !== verbAt;
  if (closer && reading.mention && (closer.start >= reading.mention.end || shared))
    return { ...closer, attribution: attribution("title") };
  // "…troops crossed into Ugandan territory, it said": a closing "it" right before the verb is its
  // subject; an actor named earlier sits inside the reported clause.
  const closingIt =
    reading.mention && reading.via === "subject" && CLOSING_IT.test(doc.body.slice(s.start, verbAt))
      ? openingItSubject(doc, s, verbAt, (prev) => spokeIn(run, prev))
      : undefined;
  if (closingIt) return { ...closingIt, attribution: attribution("pronoun") };
  const mention =
    reading.mention &&
    continuedSpeaker(
      doc,
      s,
      answerSpeaker(doc, s, reading.mention, lastPerson),
      previousSpeaker(run, s),
      saidIn(run, doc.sentences[s.index - 1]),
    );
  if (mention) {
    const [from, to] = controller ? [controller.start, controller.end] : [cue.start, cue.end];
    return { ...mention, attribution: classifyReading(doc, { ...reading, mention }, from, to) };
  }
  const it =
    reading.via === "none"
      ? openingItSubject(doc, s, controller?.start ?? cue.start, (prev) => spokeIn(run, prev))
      : undefined;
  if (it) return { ...it, attribution: attribution("pronoun") };
  const heOrShe =
    reading.via === "none" ? unnamedSourceContinued(doc, s, verbAt, previousSpeaker(run, s)) : undefined;
  if (heOrShe) return { ...heOrShe, attribution: attribution("pronoun") };
  const body = reading.via === "none" ? bodySubject(run, s, verbAt) : undefined;
  if (body) return { ...body, attribution: attribution("title") };
  const unnamed = reading.via === "none" ? unnamedOfficialSpeaker(doc, s, cue.start) : undefined;
  if (unnamed) return { ...unnamed, attribution: attribution("title") };
  // An agentless "X is suspected …" continues the latest accuser's case.
  if (reading.via === "passive-implicit" && cue.verb.stance === "accuse" && run.lastAccuser) {
    return {
      actorId: run.lastAccuser,
      kind: "name",
      start: cue.start,
      end: cue.start,
      sentence: s.index,
      text: "",
      attribution: attribution("accusation-continuation"),
    };
  }
  return undefined;
}

function targetsFor(doc: EntityDoc, s: Sentence, cue: VerbCue, speakerId: string): string[] {
  if (!cue.verb.stance) return [];
  const t = isPassive(doc, s, cue.start)
    ? passiveSubject(doc, s, cue.start)
    : objectAfter(doc, s, cue.end, speakerId);
  return t && t.actorId !== speakerId ? [t.actorId] : [];
}

/** The cues of a sentence, read once per run. */
export function contextOf(run: StatementRun, s: Sentence): SentenceContext {
  const known = run.contexts.get(s.index);
  if (known) return known;
  const cues = verbCues(run.doc, s);
  const ctx: SentenceContext = {
    s,
    cues,
    // Methods, not arrow properties: tsx (esbuild keepNames) would rename each arrow per sentence.
    speakerFor(cue) {
      return speakerFor(run, s, cues, cue);
    },
    targetsFor(cue, speakerId) {
      return targetsFor(run.doc, s, cue, speakerId);
    },
  };
  run.contexts.set(s.index, ctx);
  return ctx;
}

/** The members of a coordinated subject the speaker belongs to ("Kenya and Uganda accused …"), else the speaker. */
function coordinated(
  run: StatementRun,
  scope: SentenceScope,
  st: Omit<FoundStatement, "id" | "evidence">,
  cue: VerbCue | undefined,
  speaker: ActorMention | undefined,
): string[] {
  if (!cue || speaker?.actorId !== st.speakerId) return [st.speakerId];
  const group = coordinatedSpeakers(run.doc, scope.s, speaker.start, cue.start).map((m) => m.actorId);
  return group.length > 1 ? [...new Set(group)] : [st.speakerId];
}

/** Records a statement; "…, both governments said" gives one statement per actor the phrase stands for. */
export function pushStatement(
  run: StatementRun,
  scope: SentenceScope,
  st: Omit<FoundStatement, "id" | "evidence">,
  extra: Evidence[] = [],
  cue?: VerbCue,
  /** The mention `cue`'s speaker reading found, if the speaker came from it. */
  speaker?: ActorMention,
): void {
  const group = cue ? collectiveSpeakers(run.doc, scope.s, cue.start).map((m) => m.actorId) : [];
  const speakers = group.length > 0 ? [...new Set(group)] : coordinated(run, scope, st, cue, speaker);
  for (const speakerId of speakers) {
    const one = { ...st, speakerId, aboutIds: st.aboutIds.filter((id) => id !== speakerId) };
    if (group.length > 0) one.attribution = attribution("collective");
    run.found.push({ ...one, id: "", evidence: [scope.evidence, ...extra] });
  }
  if (st.stance === "accuse") run.lastAccuser = st.speakerId;
}

/**
 * Pushes the words from `from` to `to` as a paraphrase by `speaker` through `cue`, with no targets
 * of its own; its subjects are the actors named from `aboutFrom` to `to`.
 */
export function pushParaphrase(
  run: StatementRun,
  scope: SentenceScope,
  cue: VerbCue,
  speaker: SpeakerMention,
  span: { from: number; to: number; aboutFrom: number },
): void {
  const { from, to, aboutFrom } = span;
  pushStatement(
    run,
    scope,
    {
      kind: "paraphrase",
      speakerId: speaker.actorId,
      attribution: speaker.attribution,
      verb: cue.text,
      text: run.doc.body.slice(from, to),
      aboutIds: aboutOf(run.doc, scope.s, aboutFrom, to, speaker.actorId, []),
      cameo: cue.verb.cameo,
      targetIds: [],
      ...(cue.verb.stance ? { stance: cue.verb.stance } : {}),
      at: cue.start,
    },
    [],
    cue,
    speaker,
  );
}
