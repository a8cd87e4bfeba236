// Threats read from what a side says it will do, not from a verb of warning (test/corpus/README.md: a
// veiled warning that names no act is a threat). Two shapes of one meaning, announced or conditional
// harm to the other side:
// - a reaction held over the other side's conduct: a future or modal main clause ("will", "would",
//   "shall") under a condition on what someone does ("if X keeps …", "unless …", "whoever crosses …",
//   "anyone who …", "the next one that …"), and not a promise of something good ("would host talks
//   if …", "the ban would be lifted if …");
// - the end of the side's restraint announced: its patience has limits or is over, it will not stand
//   by, will not hesitate, cannot wait forever, will deal firmly with someone, will hold someone
//   responsible, someone will regret it or should think again;
// - a refusal, to come, of the other side's conduct: "will not tolerate incursions by Osterlich",
//   "would no longer accept being pushed around", "such activities will not be tolerated", "won't let
//   it become a habit" (test/corpus/README.md). Refused without a side ("will not allow anyone to …",
//   "would not let its territory be used …", "would not be allowed to …") it is resolve, no threat;
//   refused with no act ("would not accept the proposed quota") it is a position, no threat either.
// Only plain statements (CAMEO 010 or 012) of a speaker acting for a state; aimed at the other side
// the condition names, else the side's adversary in the dispute (adversaries.ts).
import { type EntityDoc, mentionsIn } from "../doc.ts";
import { THREAT_CAMEO } from "../speech/clauses.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import type { Event } from "../types.ts";
import { type Adversaries, adversaries, type Opposed, sideOf, startOf, type VoiceOf } from "./adversaries.ts";
import { giveStance } from "./implicit-stances.ts";
import { statesSide } from "./narrated-wrongs.ts";
import type { RelationSet } from "./relation-set.ts";

/** A future or modal main clause: what the side will do. */
const FUTURE = new RegExp(`\\b(?:will|would|shall|won[’']t|going${WS}+to)\\b`, "iu");
/** A condition on someone's conduct; its end is the first comma after it, or the statement's end. */
const CONDITION = new RegExp(
  `\\b(?:if|unless|whoever|whichever|anyone${WS}+who|anybody${WS}+who|the${WS}+next${WS}+(?:one|\\p{L}+)${WS}+(?:that|which|who))\\b`,
  "iu",
);
/** The end of restraint announced: a limit on patience or waiting, standing by, hesitating, firm dealing, blame to come. */
const RESTRAINT_ENDS = new RegExp(
  [
    `\\bpatience\\b[^.;]{0,40}?\\b(?:limits?|not${WS}+(?:endless|unlimited|infinite|eternal)|over|run(?:ning)?${WS}+out|wearing${WS}+thin|exhausted)\\b`,
    `\\b(?:cannot|can${WS}*not|can[’']t|could${WS}+not|will${WS}+not|won[’']t)${WS}+(?:wait|remain${WS}+(?:open|silent|patient)|stay${WS}+silent)\\b[^.;]{0,60}?\\b(?:forever|indefinitely|before${WS}+we${WS}+act)\\b`,
    `\\b(?:not|never)${WS}+(?:\\p{L}+${WS}+)?stand${WS}+(?:idly${WS}+)?by\\b`,
    `\\b(?:not|never)${WS}+hesitate${WS}+to\\b`,
    `\\bdealt${WS}+with${WS}+(?:firmly|severely|decisively|harshly|forcefully)\\b`,
    `\\bhold${WS}+[^.;]{1,40}?${WS}+(?:fully${WS}+)?responsible\\b`,
    `\\b(?:bear${WS}+(?:the${WS}+|full${WS}+)?responsibility${WS}+for${WS}+(?:the${WS}+)?(?:consequences|deterioration)|regret${WS}+it|think${WS}+again|ends?${WS}+badly)\\b`,
    `\\b(?:draw${WS}+(?:the${WS}+(?:necessary|appropriate)|(?:our|its|their|his|her)${WS}+own)${WS}+conclusions)\\b`,
  ].join("|"),
  "iu",
);
/** A refusal to come: "will not tolerate", "would no longer accept", "won't let", "will never be allowed". */
const REFUSAL = new RegExp(
  `\\b(?:(?:will|would|shall)${WS}+[“"]?(?:not|never|no${WS}+longer)|won[’']t)[”"]?${WS}+[“"]?(?:(?:ever|simply)${WS}+)?(be${WS}+)?` +
    `(?:tolerated?|accept(?:ed)?|allow(?:ed)?|permit(?:ted)?|let|stand${WS}+for)\\b`,
  "iu",
);
/** What is refused is done by no one in particular, or to the side's own things: "anyone to …", "any company to …", "our territory to be used". */
const NO_SIDE_DOER = new RegExp(
  `^${WS}*[“"]?(?:anyone|anybody|no${WS}*one|nobody|any${WS}+(?:[\\p{L}-]+${WS}+){0,2}?(?:to|from|into)\\b|` +
    `(?:its|our|their|his|her|my)${WS}+(?:own${WS}+)?(?:[\\p{L}-]+${WS}+){1,3}?(?:to|be|become)\\b)`,
  "iu",
);
/**
 * Conduct of a side: a hostile act named by its noun ("incursions", "interference", "any fait
 * accompli", "such activities") or told of its doer ("any service that works against us"), something done to the speaker's side ("being pushed around", "that
 * our fishermen are chased"), or an act referred to ("let it become a habit", "let this happen").
 */
const CONDUCT = new RegExp(
  `\\b(?:incursions?|intrusions?|violations?|interference|meddling|aggression|attacks?|strikes|raids?|provocations?|` +
    `plunder\\p{L}*|pillag\\p{L}*|looting|encroachments?|harassment|intimidation|threats|blackmail|bullying|abuses?|` +
    `mistreatment|faits?${WS}+accomplis?|activit(?:y|ies)|behaviou?r|conduct|espionage|spying|sabotage|smuggling|poaching|` +
    `trespass\\p{L}*|annexation|shelling|shootings?|killings?|(?:works?|acts?|acting|operat\\p{L}*|plot\\p{L}*)${WS}+against|` +
    `being${WS}+\\p{L}+(?:ed|en)|that${WS}+[^,;]{1,60}?\\b(?:is|are|was|were|be|being)${WS}+(?:\\p{L}+ly${WS}+)?\\p{L}+(?:ed|en))\\b`,
  "iu",
);
const ACT_REFERRED = new RegExp(
  `^${WS}*(?:it|this|that)${WS}+(?:happen|become|continue|go${WS}+unanswered)\\b`,
  "iu",
);

/**
 * The conduct a statement refuses to put up with ("will not tolerate incursions by …": the words
 * after the verb to the clause's end; "such activities will not be tolerated": the subject before
 * it), as a span of the statement; none for a refusal of no side's doing or of no act.
 */
export function refusedConduct(text: string): [number, number] | undefined {
  const r = REFUSAL.exec(text);
  if (!r) return undefined;
  const after = text.slice(r.index + r[0].length);
  if (r[1]) {
    // Passive: the subject is what is refused; "would not be allowed to …" binds the side itself.
    if (/^[\s\u00a0]+to\b/u.test(after)) return undefined;
    const from = Math.max(text.lastIndexOf(",", r.index), text.lastIndexOf(";", r.index)) + 1;
    return CONDUCT.test(text.slice(from, r.index)) ? [from, r.index] : undefined;
  }
  if (NO_SIDE_DOER.test(after)) return undefined;
  const stop = /[.;]|,[\s\u00a0]+(?:and|but)\b/u.exec(after);
  const object = after.slice(0, stop ? stop.index : undefined);
  const start = r.index + r[0].length;
  return CONDUCT.test(object) || ACT_REFERRED.test(object) ? [start, start + object.length] : undefined;
}

/** A good thing promised on the condition: an offer, not a threat. */
const PROMISE =
  /\b(?:host|welcome|resume|reopen|restore|help|support|assist|cooperat\p{L}*|invest|lift(?:ed)?|ease[sd]?|release[sd]?|return(?:ed)?|talks?|agree[sd]?)\b/iu;
/** A denial of the condition's own future ("I would be lying if"), or a need of the speaker's own ("if we have to"). */
const NOT_HELD_OVER =
  /\b(?:lying|if[\s\u00a0]+(?:we|it|they)[\s\u00a0]+(?:have|has|had|need|needs)[\s\u00a0]+to)\b/iu;

/** A condition that names whoever does something ("whoever crosses", "the next one that …"): the main clause is what befalls them. */
const GENERIC_DOER = /^(?:whoever|whichever|anyone|anybody|the)\b/iu;
/** The main clause's subject is the speaker's own side: a first-person or own pronoun, or its state's body. */
const OWN_SUBJECT = new RegExp(
  `(?:^|[,;]${WS}*|\\b(?:but|and|then)${WS}+)[“"]?(?:we|it|they|our${WS}+[\\p{L}-]+|the${WS}+(?:government|country|kingdom|republic|army|military|ministry|junta))${WS}+(?:[\\p{L}-]+${WS}+)?(?:will|would|shall|won[’']t|is${WS}+going${WS}+to|are${WS}+going${WS}+to)\\b`,
  "iu",
);
/** "nobody should be surprised if …", "… should think again": the hearer is told of harm to come. */
const TOLD_OF_HARM = new RegExp(
  `\\b(?:should${WS}+(?:not${WS}+)?(?:be${WS}+surprised|think${WS}+again)|will${WS}+regret)\\b`,
  "iu",
);

/** The end of restraint announced, unless what the side will not hesitate or wait to do is good ("to help"). */
function restraintEnds(text: string): boolean {
  const r = RESTRAINT_ENDS.exec(text);
  if (!r) return false;
  const next = /^(?:[\s\u00a0]+[\p{L}-]+){1,3}/u.exec(text.slice(r.index + r[0].length))?.[0] ?? "";
  return !PROMISE.test(next);
}

/**
 * The statement's condition (from its marker to the next comma) when the rest holds harm to come: what
 * befalls whoever the condition names, or what the speaker's side will do ("we will …", "Ruritania
 * would …"); `ownNamed` says whether a mention of the speaker's side opens the main clause.
 */
function conditionalHarm(text: string, ownNamed: boolean): { condition: [number, number] } | undefined {
  const c = CONDITION.exec(text);
  if (!c || NOT_HELD_OVER.test(text)) return undefined;
  const comma = text.indexOf(",", c.index);
  const end = comma < 0 ? text.length : comma;
  const main = `${text.slice(0, c.index)} ${text.slice(end)}`;
  if (!FUTURE.test(main) && !FUTURE.test(text.slice(c.index, end))) return undefined;
  if (PROMISE.test(main)) return undefined;
  const befalls = GENERIC_DOER.test(c[0]) && FUTURE.test(text.slice(c.index));
  if (!befalls && !ownNamed && !OWN_SUBJECT.test(main) && !TOLD_OF_HARM.test(text)) return undefined;
  return { condition: [c.index, end] };
}

/** The statement opens with a mention of the speaker's own side ("Ruritania would …", "Lomé will …"). */
function opensWithOwn(doc: EntityDoc, voiceOf: VoiceOf, st: FoundStatement, start: number): boolean {
  const first = mentionsIn(doc, start, start + Math.min(st.text.length, 30))[0];
  const lead = first ? doc.body.slice(start, first.start) : "";
  return (
    first !== undefined &&
    /^[“"]?(?:the[\s\u00a0]+)?$/iu.test(lead) &&
    sideOf(doc, voiceOf, first.actorId) === sideOf(doc, voiceOf, st.speakerId)
  );
}

/** The other side the condition names ("If Osterlich keeps …"), if any. */
function conditionedSide(
  doc: EntityDoc,
  voiceOf: VoiceOf,
  st: FoundStatement,
  start: number,
  span: [number, number],
): string | undefined {
  const own = sideOf(doc, voiceOf, st.speakerId);
  const named = mentionsIn(doc, start + span[0], start + span[1])
    .filter((m) => m.kind !== "pronoun")
    .map((m) => sideOf(doc, voiceOf, m.actorId))
    .find((id) => id !== own && doc.actors.get(id)?.kind === "Country");
  if (named) return named;
  // A capital standing for its state ("If Osterville keeps …"), when that state is in the story.
  const words = new Set(st.text.slice(span[0], span[1]).split(/[^\p{L}-]+/u));
  for (const c of doc.knowledge.countries.values()) {
    const id = `country:${c.iso2.toLowerCase()}`;
    if (c.capital && words.has(c.capital) && id !== own && doc.actors.has(id)) return id;
  }
  return undefined;
}

/** Gives plain statements of a state's side that hold harm over the other side a threat against it. Mutates statements. */
export function veiledThreats(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
  extra: readonly Opposed[] = [],
  out?: RelationSet,
): void {
  let foes: Adversaries | undefined;
  for (const st of statements) {
    if (st.stance || (st.cameo !== "010" && st.cameo !== "012")) continue;
    const conditional = CONDITION.test(st.text);
    const restraint = restraintEnds(st.text);
    const refused = conditional || restraint ? undefined : refusedConduct(st.text);
    if (!conditional && !restraint && !refused) continue;
    if (!statesSide(doc, voiceOf, st.speakerId)) continue;
    const start = startOf(doc, st);
    const harm = conditional
      ? conditionalHarm(st.text, start !== undefined && opensWithOwn(doc, voiceOf, st, start))
      : undefined;
    if (!harm && !restraint && !refused) continue;
    // The side the condition or the refused conduct names ("incursions by Osterlich"), else the adversary.
    const span = harm?.condition ?? refused;
    const named = span && start !== undefined ? conditionedSide(doc, voiceOf, st, start, span) : undefined;
    foes ??= adversaries(doc, statements, events, voiceOf, extra);
    const target = named ?? foes.of(st.speakerId, st.at);
    if (
      !target ||
      target === sideOf(doc, voiceOf, st.speakerId) ||
      doc.actors.get(target)?.kind !== "Country"
    )
      continue;
    giveStance(st, "threaten", [target]);
    st.cameo = THREAT_CAMEO;
    if (refused && out) disapproved(st, target, voiceOf, out);
  }
}

/**
 * Conduct the side refuses to put up with is conduct it disapproves of: the refusal criticises the
 * side it threatens too, from the speaker and the speaker's state.
 */
function disapproved(st: FoundStatement, target: string, voiceOf: VoiceOf, out: RelationSet): void {
  for (const source of [st.speakerId, ...(voiceOf.get(st.speakerId) ?? [])])
    if (source !== target)
      out.add("CRITICIZES", source, target, { statementIds: [st.id], evidence: st.evidence });
}
