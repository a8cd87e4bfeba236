// Threats a side states without "warned" or "threatened": retaliation it announces ("it was drawing
// up retaliatory tariffs"), a hostile step it makes conditional ("Kinshasa would expel the envoy if
// the rebels did not leave"), and a reaction promised on a condition ("If Brasilia wants a trade war,
// it will find that Mexico knows how to answer", "If Lima closes its market to us, it should not be
// surprised if we review the fees").
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import type { Event } from "../types.ts";

/** Retaliation announced in the statement itself. */
const RETALIATION = /\b(?:retaliat\p{L}*|countermeasures?|reprisals?|counter-measures?)\b/iu;
/** Retaliation still to come ("would", "was drawing up"), not one already taken ("had ordered … as a countermeasure"). */
const TO_COME =
  /\b(?:will|would|could|may|might|shall|going[\s\u00a0]+to|plan\p{L}*|prepar\p{L}*|draw\p{L}*[\s\u00a0]+up|consider\p{L}*)\b/iu;
/** A denial of retaliation is no threat ("it would not retaliate"). */
const DENIED = /\b(?:not|never|no)\b|n[’']t\b/iu;
/** A conditional future: "would expel … if …", "will respond unless …". */
const CONDITIONAL = /\b(?:will|would|could|shall)\b[^.;]{0,120}?\b(?:if|unless)\b/iu;
/** A condition opening the statement, then a promised reaction. */
const IF_REACTION =
  /^[“"]?(?:if|should)\b[^,]{3,120},[^.;]{0,120}?\b(?:answer|respond|response|retaliat\p{L}*|react|reply|(?:not|never)[\s\u00a0]+be[\s\u00a0]+surprised|regret[\s\u00a0]+it|pay[\s\u00a0]+(?:a|the)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?price|consequences)\b/iu;
/** A reaction the side announces ("Lima would respond", "will take firm measures"), not a reply to something. */
const ANNOUNCED_REACTION =
  /\b(?:will|would|shall)\b[^.;]{0,40}?\b(?:respond|react|retaliate|answer|reply|reciprocate|hit[\s\u00a0]+back|strike[\s\u00a0]+back|take[\s\u00a0]+(?:[“"]?[\p{L}-]+[\s\u00a0]+){0,2}[“"]?(?:action|measures|steps))\b(?![\s\u00a0]+to\b)/iu;
/**
 * A hostile step the side holds over the other on a condition (CAMEO 13x): "could double the toll …
 * if the ban was not lifted", "would suspend talks unless …", "will expel the envoy if …".
 */
const CONDITIONAL_STEP = new RegExp(
  "\\b(?:will|would|could|shall|may|might)[\\s\\u00a0]+(?:(?:also|then|immediately|be[\\s\\u00a0]+forced[\\s\\u00a0]+to)[\\s\\u00a0]+)?" +
    "(?:impose|raise|double|triple|increase|suspend|close|shut|cut|sever|expel|halt|ban|block|withdraw|recall|freeze|seize|cancel|terminate|scrap|leave|quit|downgrade|reduce|stop|deploy|strike|attack)" +
    "\\b[^.;]{0,140}?\\b(?:if|unless)\\b",
  "iu",
);
/** CAMEO roots of hostile acts a side may hold over another: sanctions, expulsions, force. */
const HOSTILE_ROOT = /^(?:16|17|18|19|20)/;

/** A hostile act planned by the speaker's side and told in the statement's sentence. */
function plannedHostileAct(
  events: readonly Event[],
  st: FoundStatement,
  sameSide: (id: string) => boolean,
): boolean {
  const sentence = st.evidence[0]?.sentence;
  return events.some(
    (e) =>
      e.status === "planned" &&
      HOSTILE_ROOT.test(e.cameo) &&
      e.evidence.some((ev) => ev.sentence === sentence) &&
      e.participants.some((p) => p.role === "source" && sameSide(p.actorId)),
  );
}

/**
 * Whether a plain statement of a side is a threat: `own` says the statement opens with the side as
 * subject; `sameSide` tells the side's own actors.
 */
export function conditionalThreat(
  st: FoundStatement,
  own: boolean,
  events: readonly Event[],
  sameSide: (id: string) => boolean,
): boolean {
  if (IF_REACTION.test(st.text)) return true;
  if (!own) return false;
  if (RETALIATION.test(st.text) && TO_COME.test(st.text) && !DENIED.test(st.text)) return true;
  if (ANNOUNCED_REACTION.test(st.text) && !DENIED.test(st.text)) return true;
  if (CONDITIONAL_STEP.test(st.text) && !DENIED.test(st.text.split(/\b(?:if|unless)\b/iu)[0] ?? ""))
    return true;
  return CONDITIONAL.test(st.text) && plannedHostileAct(events, st, sameSide);
}

/** "warned Peru that it would pay a heavy price": the actor named right after the warning verb, before the clause. */
export function warnedAddressee(doc: EntityDoc, st: FoundStatement, start: number): string | undefined {
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  if (!sentence) return undefined;
  const named = mentionsIn(doc, sentence.start, start).filter((m) =>
    /\bwarn(?:ed|s|ing)?[\s\u00a0]+$/u.test(doc.body.slice(Math.max(sentence.start, m.start - 12), m.start)),
  );
  return named.pop()?.actorId;
}

/**
 * The other party a conditional step names ("could double the toll for vessels registered in Paraguay
 * if …", "would leave ECOWAS unless …"): the first party of the statement not on the speaker's side.
 */
export function steppedAgainst(
  doc: EntityDoc,
  st: FoundStatement,
  start: number,
  sameSide: (id: string) => boolean,
): string | undefined {
  if (!CONDITIONAL_STEP.test(st.text)) return undefined;
  return mentionsIn(doc, start, start + st.text.length).find(
    (m) => m.kind !== "pronoun" && doc.actors.has(m.actorId) && !sameSide(m.actorId),
  )?.actorId;
}

/** "If Lima closes its market to us, …": the other party the condition opening the statement names. */
export function conditionedOn(
  doc: EntityDoc,
  st: FoundStatement,
  start: number,
  sameSide: (id: string) => boolean,
): string | undefined {
  if (!IF_REACTION.test(st.text)) return undefined;
  const comma = st.text.indexOf(",");
  const named = mentionsIn(doc, start, start + Math.max(comma, 0)).find(
    (m) => m.kind !== "pronoun" && doc.actors.has(m.actorId) && !sameSide(m.actorId),
  )?.actorId;
  if (named) return named;
  // A capital standing for its state ("If Lima closes …"), when that state is in the story.
  const clause = st.text.slice(0, Math.max(comma, 0));
  for (const c of doc.knowledge.countries.values()) {
    const id = `country:${c.iso2.toLowerCase()}`;
    if (
      c.capital &&
      doc.actors.has(id) &&
      !sameSide(id) &&
      new RegExp(`\\b${c.capital}\\b`, "u").test(clause)
    )
      return id;
  }
  return undefined;
}

/** "any violation by Riyadh", "an attack from Peru": the provocation a warned reaction answers. */
const PROVOCATION =
  /\b(?:violations?|attacks?|aggression|provocations?|incursions?|attempts?|moves?|interference|intrusions?)[\s\u00a0]+(?:by|from)[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;

/** The other party whose provocation a warning promises to answer, when the statement names it. */
export function provokedBy(
  doc: EntityDoc,
  st: FoundStatement,
  start: number,
  sameSide: (id: string) => boolean,
): string | undefined {
  return otherPartyAfter(doc, st, start, sameSide, PROVOCATION);
}

/** The first other party named in the statement right after words that `lead` matches. */
function otherPartyAfter(
  doc: EntityDoc,
  st: FoundStatement,
  start: number,
  sameSide: (id: string) => boolean,
  lead: RegExp,
): string | undefined {
  return mentionsIn(doc, start, start + st.text.length).find(
    (m) =>
      m.kind !== "pronoun" &&
      doc.actors.has(m.actorId) &&
      !sameSide(m.actorId) &&
      lead.test(doc.body.slice(Math.max(start, m.start - 40), m.start)),
  )?.actorId;
}

/** "retaliate against", "countermeasures on", "sanctions targeting": what follows is the reaction's object. */
const REACTION_OBJECT =
  /\b(?:retaliat\p{L}*|countermeasures?|counter-measures?|reprisals?|measures|sanctions|tariffs|duties|respond|response|action)[\s\u00a0]+(?:against|on|at|targeting)[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;

/**
 * The other party a promised reaction is aimed at, named as its object ("could retaliate against
 * Guatemalan farm goods", "countermeasures on Chile"): a state, or the state of the demonym that
 * qualifies the goods, firms or people aimed at.
 */
export function reactionObject(
  doc: EntityDoc,
  st: FoundStatement,
  start: number,
  sameSide: (id: string) => boolean,
): string | undefined {
  return otherPartyAfter(doc, st, start, sameSide, REACTION_OBJECT);
}
