// Rejections of an accusation: "X rejected the accusations, calling them baseless", "dismissed the
// allegations as a smear", "dismissed the Vietnamese account as “not in line with the facts”".
// Condemning or re-describing the accusation criticises whoever made it (test/corpus/README.md), so
// criticism that names no target and stands in a rejecting sentence is directed at the accusing state.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { execAll, phrasesRegex } from "../text/text.ts";
import type { Event } from "../types.ts";
import { adversaries, type VoiceOf } from "./adversaries.ts";
import { criticise } from "./criticism-target.ts";
import { eventAccusers } from "./forum-complaints.ts";

/** A protest lodged with the speaker's side ("the Slovenian note", "the Indian protest") accuses it as a complaint does. */
const PROTEST_NOUNS = `(?:protest${WS}+)?notes?|protests?|d[ée]marches?|representations|summons`;

/** A rejecting verb and, within a few words, what is rejected: an accusation or the accuser's account. */
export const REJECTING = new RegExp(
  `\\b(?:reject|dismiss|den(?:y|ie))(?:s|ed|ing)?${WS}+(?:[^.;:]{0,40}?${WS})?(?:accusations?|allegations?|claims?|charges?|account|version|complaint|criticism|reports?|remarks?|comments?|assertions?|${PROTEST_NOUNS})\\b`,
  "iu",
);

/**
 * "dismissed the U.S. account as “…”", "called the accusations “…”", "described Hungary’s objections
 * as “…”": a verb that evaluates, a short object naming someone's accusation, then the evaluation.
 */
const EVALUATED_ACCUSATION = new RegExp(
  `\\b(?:call|describ|dismiss|reject|brand|label|term|dubb?)\\p{L}*${WS}+(?<np>[^,.;:“”"]{0,60}?\\b(?:accounts?|accusations?|allegations?|claims?|charges?|objections?|criticism|complaints?|version|reports?|remarks?|comments?|assertions?|${PROTEST_NOUNS})\\b[^,.;:“”"]{0,30}?)${WS}+(?:as${WS}+)?[“"]`,
  "giu",
);

/**
 * "dismissed the Ruritanian plan as “theatre”", "rejected any suggestion that … as reckless": a
 * rejecting verb, whatever it rejects, then "as" and the rejecting side's label for it.
 */
const LABELLED_REJECTION = new RegExp(
  `\\b(?:dismiss|reject)\\p{L}*${WS}+(?<np>[^,.;:“”"]{1,80}?)${WS}+as${WS}+(?=[“"]?\\p{L})` +
    // "as" opening a clause ("dismissed the case as the deadline had passed", "as it …") labels nothing.
    `(?!(?:it|he|she|they|we|soon|well|part|long|much)\\b|(?:the|an?)${WS}+\\p{L}+${WS}+(?:had|has|was|were|is|are|did|would|could)\\b)`,
  "giu",
);

/** The state behind an actor: a country itself, or the country a national body or person belongs to. */
function stateOf(doc: EntityDoc, id: string): string {
  const actor = doc.actors.get(id);
  return actor?.kind === "Country" ? id : (actor?.countryId ?? id);
}

/** Where a statement's words start in the body, and the sentence it is in. */
function placeOf(doc: EntityDoc, st: FoundStatement) {
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  if (!sentence) return undefined;
  const at = sentence.text.indexOf(st.text);
  return { sentence, start: at < 0 ? -1 : sentence.start + at };
}

/**
 * A statement that re-describes an accusation ("dismissed the U.S. account as “a fabricated story”")
 * criticises; its target is the owner named in the object ("U.S.", "Hungary’s"), as a state, if any.
 * Returns the owner, "" when the object names nobody, undefined when the statement is no such act.
 */
function evaluatedAccusation(doc: EntityDoc, st: FoundStatement): string | undefined {
  const place = placeOf(doc, st);
  if (!place || place.start < 0) return undefined;
  const { sentence, start } = place;
  const end = start + st.text.length;
  const found = [
    ...execAll(EVALUATED_ACCUSATION, sentence.text),
    ...execAll(LABELLED_REJECTION, sentence.text),
  ];
  for (const m of found) {
    const quoteAt = sentence.start + (m.index ?? 0) + m[0].length - 1;
    // The evaluation opens just before the statement's words (a quote) or inside them (a paraphrase).
    if (quoteAt < start - 2 || quoteAt >= end) continue;
    const npStart = sentence.start + (m.index ?? 0) + m[0].indexOf(m.groups?.np ?? "");
    const own = stateOf(doc, st.speakerId);
    const owner = mentionsIn(doc, npStart, npStart + (m.groups?.np ?? "").length)
      .map((x) => stateOf(doc, x.actorId))
      .find((id) => id !== st.speakerId && id !== own && doc.actors.has(id));
    return owner ?? "";
  }
  return undefined;
}

/** "rejected what it called Indonesian hype": the rejecting side's own label is an evaluation. */
const WHAT_IT_CALLED = new RegExp(
  `^what${WS}+(?:it|he|she|they|the${WS}+\\p{L}+)${WS}+(?:called|calls|described${WS}+as|describes${WS}+as|termed|branded|dubbed)\\b`,
  "iu",
);

/**
 * Rejections in evaluating words: re-describing an accusation criticises its owner (named in the
 * object, else the target the rejection already has, else the accuser found below); a rejection
 * (CAMEO 120) in condemning words ("rejected the ruling, calling the decision “biased”") criticises
 * what it names. Mutates statements.
 */
function evaluatedRejections(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
): Map<FoundStatement, string> {
  const pending = new Map<FoundStatement, string>();
  const condemning = phrasesRegex(doc.knowledge.criticismWords, "iu");
  for (const st of statements) {
    if (st.stance) continue;
    const owner = evaluatedAccusation(doc, st);
    const condemned = condemning.test(st.text) || WHAT_IT_CALLED.test(st.text);
    if (owner === undefined && !(st.cameo === "120" && condemned)) continue;
    const own = stateOf(doc, st.speakerId);
    const named = st.aboutIds.find((id) => id !== own && doc.actors.has(id));
    const target = owner || st.targetIds[0] || (owner === undefined ? named : undefined);
    if (target) criticise(st, target);
    else {
      // The accuser is found by resolveRejections from the accusations against the speaker.
      pending.set(st, st.cameo);
      st.stance = "criticize";
      st.targetIds = [];
    }
  }
  return pending;
}

/**
 * Gives targetless criticism, or a rejection in condemning words, in a rejecting sentence the accuser: the state of the nearest
 * accusation (before it, else after it) against the speaker or the speaker's state. Runs twice: first on
 * the stances the statements came with, `late` again once other modules have read more accusations
 * (then only for a rejected accusation, allegation or charge). Mutates statements.
 */
export function resolveRejections(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[] = [],
  late = false,
  clauses: readonly Accusation[] = [],
  voiceOf: VoiceOf = new Map(),
): void {
  // A person's side is the state they speak for ("Iran's spokesman dismissed the accusation …").
  const sideOf = (id: string) => voiceOf.get(id)?.[0] ?? stateOf(doc, id);
  // The late pass answers only accusations: "the criticism" may be anyone's of several critics.
  const candidates = late
    ? statements.filter((st) =>
        ACCUSATION_NOUN.test(doc.sentences[st.evidence[0]?.sentence ?? -1]?.text ?? ""),
      )
    : statements;
  const pending = evaluatedRejections(doc, candidates);
  const accusations = statements.filter((st) => st.stance === "accuse" && st.targetIds.length > 0);
  const condemning = phrasesRegex(doc.knowledge.criticismWords, "iu");
  for (const st of candidates) {
    if (st.targetIds.length > 0) continue;
    // A rejection ("rejected …, calling the claims “baseless”") carries no stance of its own.
    if (st.stance ? st.stance !== "criticize" : !condemning.test(st.text)) continue;
    const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
    if (
      !sentence ||
      !(
        REJECTING.test(sentence.text) ||
        EVALUATED_ACCUSATION_ONE.test(sentence.text) ||
        LABELLED_REJECTION_ONE.test(sentence.text)
      )
    )
      continue;
    const speakerState = sideOf(st.speakerId);
    const against = accusations.filter(
      (a) =>
        // Against the speaker, or its state or one of that state's bodies ("accused Serbia's army").
        a.targetIds.some((t) => t === st.speakerId || stateOf(doc, t) === speakerState) &&
        sideOf(a.speakerId) !== speakerState,
    );
    // A complaint or protest lodged against the speaker's state accuses it as much as a statement,
    // and so does an accusation told as a plain clause ("Djibouti accused Eritrea of …").
    const accusers = [
      ...against.map((a) => ({ from: sideOf(a.speakerId), at: a.at })),
      ...eventAccusers(doc, events, speakerState),
      ...clauseAccusers(doc, clauses, speakerState),
    ].sort((a, b) => a.at - b.at);
    const accuser = (accusers.filter((a) => a.at < st.at).pop() ?? accusers[0])?.from;
    if (!accuser || !doc.actors.has(accuser)) continue;
    criticise(st, accuser);
  }
  // Last, a labelled rejection of the other side's act or words ("dismissed the bans as …") is aimed
  // at the side's adversary in the dispute, the one that imposed or said them.
  // An accusation's accuser may still be found by the late pass; other acts and words are not read again.
  const foes = pending.size > 0 ? adversaries(doc, statements, events, voiceOf) : undefined;
  for (const st of pending.keys()) {
    const text = doc.sentences[st.evidence[0]?.sentence ?? -1]?.text ?? "";
    // Rejected criticism is answered-critics.ts's, which knows the critics.
    const again = (!late && ACCUSATION_NOUN.test(text)) || /\bcriticism\b/iu.test(text);
    const foe = st.targetIds.length === 0 && !again ? foes?.of(st.speakerId, st.at) : undefined;
    if (foe && foe !== sideOf(st.speakerId) && doc.actors.get(foe)?.kind === "Country") criticise(st, foe);
  }
  // A re-described accusation whose accuser is nowhere in the article stays what it was.
  for (const [st, cameo] of pending)
    if (st.targetIds.length === 0) {
      st.stance = undefined;
      st.cameo = cameo;
    }
}

/** An accusation told as a clause: who accused whom, at the verb's offset. */
export interface Accusation {
  at: number;
  from: readonly { actorId: string }[];
  to: readonly { actorId: string }[];
}

/** The states of clause accusers against `speakerState` (never that state itself). */
function clauseAccusers(doc: EntityDoc, clauses: readonly Accusation[], speakerState: string) {
  return clauses.flatMap((c) =>
    c.to.some((t) => stateOf(doc, t.actorId) === speakerState)
      ? c.from
          .map((f) => ({ from: stateOf(doc, f.actorId), at: c.at }))
          .filter((a) => a.from !== speakerState)
      : [],
  );
}

const ACCUSATION_NOUN = /\b(?:accusations?|allegations?|charges?)\b/iu;

/** LABELLED_REJECTION for a plain test (no global state). */
const LABELLED_REJECTION_ONE = new RegExp(LABELLED_REJECTION.source, "iu");

/** EVALUATED_ACCUSATION for a plain test (no global state). */
export const EVALUATED_ACCUSATION_ONE = new RegExp(EVALUATED_ACCUSATION.source, "iu");
