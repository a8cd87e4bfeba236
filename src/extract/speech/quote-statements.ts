// Direct quotes as statements: which reporting verb (before the quote, after it, or after the last
// sentence of a multi-sentence quotation) gives the speaker, then the stance, targets and the actors
// the quote is about.
import { type ActorMention, evidence, inQuote, mentionsIn, sentenceOf } from "../doc.ts";
import type { SpeechVerb } from "../knowledge/knowledge.ts";
import type { Attribution, Sentence } from "../types.ts";
import { attribution } from "./attribution.ts";
import {
  aboutOf,
  clauseEnd,
  complementStart,
  freeRelativeNaming,
  innerSpeechAct,
  pickStronger,
  pronounSubject,
  SEVERITY,
  THREAT_CAMEO,
  THREAT_SEVERITY,
  threatTarget,
} from "./clauses.ts";
import { colonFrameSpeaker } from "./colon-frame.ts";
import { midClauseSpan } from "./mid-clause.ts";
import { closingOverQuote, leadingQuotedClause } from "./quoted-clause.ts";
import { quotedObjectSpan } from "./quoted-object.ts";
import type { Quote } from "./quotes.ts";
import { mentionsInSentence } from "./speakers.ts";
import { contextOf, pushStatement, type SentenceScope, type StatementRun } from "./statement-run.ts";
import type { VerbCue } from "./verb-cues.ts";

/** Who said a quote, and through which cue. */
interface QuoteSpeaker {
  cue: VerbCue | undefined;
  /** The cue was read after the last sentence of a multi-sentence quotation. */
  viaEnd: boolean;
  endSentence: Sentence;
  speakerId: string;
  attribution: Attribution | undefined;
  /** The mention the cue's reading found in this sentence, when the speaker came from it. */
  mention: ActorMention | undefined;
  /** The cue is a closing attribution over the quotation's clause and the verbs before it. */
  closing: boolean;
}

/** Verbs that name or label what they take ("what it called …", "what she described as …"). */
const NAMING_VERB = /^(?:call|describe|term|label|brand|dub|characteri[sz]e)$/;

/** The cue and speaker of a quote; marks the cues it consumes as used. */
function quoteSpeaker(run: StatementRun, scope: SentenceScope, q: Quote): QuoteSpeaker | undefined {
  const { doc } = run;
  const { s, cues, quotes, frame } = scope;
  // Another quote between a cue and this one ends the cue's reach, unless the two are coordinated
  // ("called the flights “A” and “B”": both are what the verb says).
  const joined = (o: Quote) => /^[\s\u00a0,]*(?:and|or)[\s\u00a0]+$/.test(doc.body.slice(o.end, q.start));
  const before = cues.filter(
    (c) =>
      c.end <= q.start && !quotes.some((o) => o !== q && o.start >= c.end && o.end <= q.start && !joined(o)),
  );
  // A quotation of several sentences is attributed after its last one ("“A. B,” she said.").
  const endSentence = sentenceOf(doc, Math.max(q.start, q.end - 1));
  const endContext = endSentence.index !== s.index && !q.open ? contextOf(run, endSentence) : undefined;
  const after = (endContext?.cues ?? cues).filter((c) => c.start >= q.end && !c.used);
  const afterCue = frame && frame.end <= q.start ? undefined : after[0];
  // "X met the envoy and conveyed “…” at the remarks, the ministry said.": the closing verb reports
  // the clause, and the verbs before the quotation are part of what it reports.
  // (A lone cue after the quotation is read the usual way, below.)
  const closing =
    (before.length > 0 || after.length > 1) && !endContext
      ? closingCue(run, scope, q, after[after.length - 1])
      : undefined;
  if (closing) for (const c of cues) if (c.start < closing.start) c.used = true;
  const { cue, sharedSaying } = closing
    ? { cue: closing, sharedSaying: undefined }
    : outerCue(doc, before[before.length - 1] ?? afterCue, before, afterCue);
  const viaEnd = cue !== undefined && cue === afterCue && endContext !== undefined;
  const colon = cue || frame ? undefined : colonFrameSpeaker(doc, s, q);
  const speaker = cue
    ? viaEnd
      ? endContext?.speakerFor(cue)
      : scope.speakerFor(cue)
    : frame
      ? { ...frame.mention, attribution: attribution("according-to") }
      : colon && { ...colon, attribution: attribution("verb-adjacent") };
  let speakerId = speaker?.actorId;
  let found = speaker?.attribution;
  // A paragraph that re-opens a quotation left open continues the same speaker's words.
  const open = run.openQuoteSpeaker;
  if (!speakerId && open && /^\s*$/.test(doc.body.slice(open.end, q.start).replace(/\n/g, ""))) {
    speakerId = open.id;
    found = attribution("paragraph-continuation");
  }
  // "“A,” she said. “B.”": a quotation that is a whole sentence of its own, right after an
  // attributed one in the same paragraph or closing the paragraph before, goes on in the same voice.
  const last = run.lastQuoteSpeaker;
  if (!speakerId && last && last.sentence === s.index - 1 && bareQuoteSentence(run, s, q)) {
    const prev = doc.sentences[last.sentence];
    if (prev?.paragraph === s.paragraph || prev?.paragraph === s.paragraph - 1) {
      speakerId = last.id;
      found = attribution("paragraph-continuation");
    }
  }
  if (!speakerId) return undefined;
  run.openQuoteSpeaker = q.open ? { id: speakerId, end: q.end } : undefined;
  run.lastQuoteSpeaker = { id: speakerId, sentence: endSentence.index };
  if (cue) cue.used = cue !== sharedSaying;
  const mention = cue && !viaEnd && speaker?.actorId === speakerId ? speaker : undefined;
  return { cue, viaEnd, endSentence, speakerId, attribution: found, mention, closing: closing !== undefined };
}

/**
 * The cue that owns a quote among the verbs before it: the finite verb of a participle ("criticized X,
 * calling it “…”"), or the outer verb of one inside its clause; marks the inner cue used.
 */
function outerCue(
  doc: StatementRun["doc"],
  first: VerbCue | undefined,
  before: readonly VerbCue[],
  afterCue: VerbCue | undefined,
): { cue: VerbCue | undefined; sharedSaying: VerbCue | undefined } {
  let cue = first;
  // "criticized X, calling it “…”": the participle and its finite verb are one speech act.
  const finite = before[before.length - 2];
  // A plain "said" stays free for its own clause ("Troops crossed, Ghana said, calling it “…”").
  let sharedSaying: VerbCue | undefined;
  if (cue?.form === "ing" && cue.verb.quoteOnly && finite && finite.form !== "ing") {
    cue.used = true;
    cue = finite;
    if (/^(?:say|state|add|tell)$/.test(finite.verb.lemma) && !finite.used) sharedSaying = finite;
  }
  // "said that the bloc’s members had agreed that … “…”": a verb inside another's clause reports
  // what that speaker said, so the outer verb's speaker owns the quote; so does a naming verb in a
  // free relative ("said it would complain over what it called “…”").
  const outer = before[before.length - 2];
  if (
    cue &&
    outer &&
    cue !== afterCue &&
    outer.form !== "ing" &&
    (innerSpeechAct(doc, outer.end, cue.start) ||
      (NAMING_VERB.test(cue.verb.lemma) && freeRelativeNaming(doc, outer.start, outer.end, cue.start)))
  ) {
    cue.used = true;
    cue = outer;
  }
  return { cue, sharedSaying };
}

/** The verb of a closing attribution over the quotation's clause, said by a speaker who is no outlet. */
function closingCue(
  run: StatementRun,
  scope: SentenceScope,
  q: Quote,
  last: VerbCue | undefined,
): VerbCue | undefined {
  const closing = closingOverQuote(run.doc, scope.s, q, last, run.datelineEnd);
  const speaker = closing && scope.speakerFor(closing);
  if (!closing || !speaker || speaker.start < q.end) return undefined;
  // An outlet reporting what someone said ("X called it “…”, the agency reported") takes nothing over.
  const org = run.doc.actors.get(speaker.actorId)?.orgType;
  return org === "news agency" || org === "media" ? undefined : closing;
}

/** The sentence is the quotation and nothing else. */
function bareQuoteSentence(run: StatementRun, s: Sentence, q: Quote): boolean {
  const { body } = run.doc;
  return (
    /^[\s\u00a0]*$/.test(body.slice(s.start, q.start)) && /^[\s\u00a0.!?]*$/.test(body.slice(q.end, s.end))
  );
}

/** The reported clause a quote sits in ("said the launch was a warning to “…”"), if any. */
function enclosingClause(
  run: StatementRun,
  s: Sentence,
  ownCue: VerbCue | undefined,
  q: Quote,
): { from: number; to: number } | undefined {
  // "told reporters: “…”": a colon frames the quotation itself, no reported clause around it.
  const framed = ownCue !== undefined && /:[\s\u00a0]*$/.test(run.doc.body.slice(ownCue.end, q.start));
  const from =
    ownCue && ownCue.end <= q.start && !framed
      ? complementStart(run.doc, s, ownCue.end, ownCue.verb.lemma === "tell")
      : undefined;
  if (from === undefined) return undefined;
  let to = clauseEnd(run.doc, s, from);
  // "said the tip came from X, which had watched them “for years”": a quotation inside a relative
  // clause that closes the reported clause belongs to it.
  if (to <= q.start && RELATIVE_TO_QUOTE.test(run.doc.body.slice(to, q.start)))
    to = Math.max(q.end, clauseEnd(run.doc, s, q.end));
  // "accused “certain states” of …", "urged “all sides” to …": a quoted object opening the clause.
  const quotedObject = from === q.start && OBJECT_COMPLEMENT.test(run.doc.body.slice(q.end, to));
  return (from < q.start || quotedObject) && to > q.start ? { from, to } : undefined;
}

/** From a clause's end to a quotation: only a relative clause (no other quote, no semicolon). */
const RELATIVE_TO_QUOTE = /^,[\s\u00a0]+(?:which|who|whose|where)\b[^;“”"]*$/u;
/** A preposition or infinitive after a verb's object that carries the rest of the clause. */
const OBJECT_COMPLEMENT = /^[\s\u00a0]+(?:of|to|for|against|over)[\s\u00a0]+\p{L}/u;

/** Stance of a quote: its own verb's, or that of the strongest criticism before it; plus its targets. */
function quoteStance(scope: SentenceScope, q: Quote, who: QuoteSpeaker, ownCue: VerbCue | undefined) {
  const { cues } = scope;
  const strongest = cues
    .filter((c) => c.end <= q.start && c.verb.stance)
    .reduce<SpeechVerb | undefined>((acc, c) => (acc ? pickStronger(acc, c.verb) : c.verb), who.cue?.verb);
  const stanceCue = cues.filter((c) => c.end <= q.start && c.verb.stance).pop();
  const id = who.speakerId;
  const targets = stanceCue ? scope.targetsFor(stanceCue, id) : ownCue ? scope.targetsFor(ownCue, id) : [];
  return { strongest, targets };
}

/**
 * "said X was “…” and accused Y of …", "said the deal was “fair,” adding that …": the clause stops
 * before a second reporting verb joined by "and"/"but" or a participle after a comma.
 */
function nextActEnd(run: StatementRun, scope: SentenceScope, q: Quote, to: number): number {
  const { body } = run.doc;
  const next = scope.cues.find((c) => {
    if (c.start < q.end || c.start >= to) return false;
    const between = body.slice(q.end, c.start);
    if (/[\s\u00a0](?:and|but)[\s\u00a0]+$/.test(between)) return true;
    const comma =
      /,[\s\u00a0]*$/.test(between) ||
      (/^[\s\u00a0]*$/.test(between) && /,[”"]$/.test(body.slice(q.start, q.end)));
    return c.form === "ing" && comma;
  });
  if (!next) return to;
  return (
    q.end + body.slice(q.end, next.start).replace(/,?[\s\u00a0]+(?:(?:and|but)[\s\u00a0]+)?$/, "").length
  );
}

/**
 * Text of a quote: the quoted words, or, for a quoted phrase inside a reported clause ("said the deal
 * was “fair” for both"), the whole clause, as test/corpus/README.md asks: one statement, the clause.
 */
function quoteText(
  run: StatementRun,
  scope: SentenceScope,
  q: Quote,
  cue: VerbCue | undefined,
  clause: { from: number; to: number } | undefined,
  /** The clause the quotation sits in when a closing attribution ends it (quoted-clause.ts). */
  around?: { from: number; to: number },
): string {
  const { doc } = run;
  if (around) return doc.body.slice(around.from, around.to);
  const { s, cues } = scope;
  const embedded =
    !cue?.verb.quoteOnly &&
    !(
      cue?.verb.stance === "criticize" && !/\bthat\b/.test(doc.body.slice(cue.end, clause?.from ?? cue.end))
    ) &&
    !cues.some(
      (c) =>
        c.verb.quoteOnly &&
        c.start >= (cue?.end ?? s.start) &&
        c.end <= q.start &&
        !(cue && freeRelativeNaming(doc, cue.start, cue.end, c.start)),
    ) &&
    clause !== undefined
      ? {
          start: clause.from,
          end: Math.max(nextActEnd(run, scope, q, clause.to), Math.min(q.inner.end, s.end)),
        }
      : undefined;
  const labelled = embedded ? undefined : quotedObjectSpan(doc, s, cue, cues, q);
  const span = embedded ?? labelled;
  return span ? doc.body.slice(span.start, span.end) : doc.body.slice(q.inner.start, q.inner.end);
}

/** Actors a quote is about besides its targets: subjects before it, "that it …", evaluated objects. */
function quoteSubjects(
  run: StatementRun,
  scope: SentenceScope,
  q: Quote,
  id: string,
  ownCue: VerbCue | undefined,
) {
  const { doc } = run;
  const { s, frame } = scope;
  const subject = mentionsInSentence(doc, s).filter(
    (m) =>
      m.end <= q.start &&
      m.actorId !== id &&
      !inQuote(doc, m.start) &&
      m.start > (ownCue ? ownCue.end : (frame?.end ?? s.start)),
  );
  // "called Chile’s plan “…”": the actors between an evaluating verb and its quote.
  const objectIds = ownCue?.verb.quoteOnly
    ? mentionsIn(doc, ownCue.end, q.start)
        .filter((m) => m.actorId !== id && !inQuote(doc, m.start))
        .map((m) => m.actorId)
    : [];
  const pronoun = pronounSubject(doc, s, ownCue ? ownCue.end : s.start, q.start, id);
  return { subjectIds: subject.map((m) => m.actorId), objectIds, pronoun };
}

/**
 * "said the navy had been “exercising sovereignty” in waters that remain “pending delimitation”": a
 * later quoted phrase inside the clause an earlier quote of the same speaker already took whole is
 * part of that one statement.
 */
function insideEarlierClause(run: StatementRun, s: Sentence, q: Quote, speakerId: string): boolean {
  return run.found.some((st) => {
    if (st.speakerId !== speakerId || st.at < s.start || st.at >= q.start) return false;
    const from = run.doc.body.indexOf(st.text, s.start);
    return from >= s.start && from < q.start && from + st.text.length >= q.inner.end;
  });
}

/**
 * The clause a quotation sits in when its attribution is set before the clause's end: closing it
 * ("…had shown “clear signs” of the virus, it said") or inside it ("The herders, the ministry said,
 * had been shot by “men in uniform”"); one statement over the clause (quoted-clause.ts).
 */
function quotedClause(
  run: StatementRun,
  scope: SentenceScope,
  q: Quote,
  who: QuoteSpeaker,
): { from: number; to: number } | undefined {
  const { cue, mention } = who;
  if (!cue || who.viaEnd) return undefined;
  if (cue.start >= q.end)
    return leadingQuotedClause(run.doc, scope.s, q, cue, who.closing ? [] : scope.cues, run.datelineEnd);
  const mid = mention && midClauseSpan(run.doc, scope.s, run.datelineEnd, cue, mention);
  return mid && mid.from <= q.start && mid.to > q.start ? { from: mid.from, to: mid.to } : undefined;
}

export function quoteStatement(run: StatementRun, scope: SentenceScope, q: Quote): void {
  if (run.claimedQuotes.has(q.start)) return;
  const who = quoteSpeaker(run, scope, q);
  if (!who || insideEarlierClause(run, scope.s, q, who.speakerId)) return;
  const { doc } = run;
  const { s, frame } = scope;
  const { cue, speakerId: id } = who;
  const ownCue = cue && !who.viaEnd ? cue : undefined;
  const { strongest, targets } = quoteStance(scope, q, who, ownCue);
  const { subjectIds, objectIds, pronoun } = quoteSubjects(run, scope, q, id, ownCue);
  // A quoted phrase inside a reported clause ("X said the launch was a warning to “…” of Y") is one
  // speech act (text: the whole clause, see quoteText). If that clause warns/threatens a named
  // actor, the act is a threat (CAMEO 130) against it.
  const clause = enclosingClause(run, s, ownCue, q);
  const around = quotedClause(run, scope, q, who);
  // The later quotations of a clause a closing attribution reports are part of this one statement.
  if (around && who.closing)
    for (const o of scope.quotes)
      if (o.start > q.start && o.start < around.to) run.claimedQuotes.add(o.start);
  const threatened =
    clause !== undefined && (SEVERITY[strongest?.stance ?? ""] ?? 0) < THREAT_SEVERITY
      ? threatTarget(doc, s, clause.from, clause.to, id)
      : undefined;
  if (threatened && !targets.includes(threatened)) targets.push(threatened);
  const extra = [...targets, ...subjectIds, ...(pronoun ? [pronoun] : [])];
  const aboutTo = strongest?.stance || threatened ? clauseEnd(doc, s, Math.min(q.end, s.end)) : q.inner.end;
  const later = doc.sentences
    .slice(s.index + 1, who.endSentence.index + 1)
    .map((x) => evidence(doc, x.start, x.end));
  pushStatement(
    run,
    scope,
    {
      kind: "quote",
      speakerId: id,
      ...(who.attribution ? { attribution: who.attribution } : {}),
      verb: cue?.text ?? (frame ? "according to" : "said"),
      text: quoteText(run, scope, q, cue, clause, around),
      aboutIds: aboutOf(doc, s, q.inner.start, aboutTo, id, extra),
      cameo: threatened ? THREAT_CAMEO : ((strongest ?? cue?.verb)?.cameo ?? "010"),
      targetIds: targets,
      ...(threatened
        ? { stance: "threaten" as const }
        : strongest?.stance
          ? { stance: strongest.stance }
          : {}),
      ...(objectIds.length > 0 ? { objectIds: [...new Set(objectIds)] } : {}),
      at: q.start,
    },
    later,
    ownCue,
    who.mention,
  );
}
