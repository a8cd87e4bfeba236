// Stances a statement carries without a stance verb: a warning of consequences from the speaker's
// own side ("warned that Moscow would respond “in due course”") and an ultimatum ("Hungary would not
// approve … “until this is fixed”") threaten the side's adversary (adversaries.ts); words of
// disapproval from a side in a dispute ("a flagrant violation of Iraqi sovereignty", "will not be
// lectured by a neighbour", "pointing fingers at its neighbours") criticise it, and so is criticism
// that names nobody. A refusal to come ("will not tolerate …") is a threat or resolve, not criticism
// (veiled-threats.ts).
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import type { Event } from "../types.ts";
import { type Adversaries, adversaries, type Opposed, sideOf, startOf, type VoiceOf } from "./adversaries.ts";
import {
  conditionalThreat,
  conditionedOn,
  provokedBy,
  reactionObject,
  steppedAgainst,
  warnedAddressee,
} from "./conditional-threats.ts";
import { REPROACH } from "./reproaches.ts";

/** Words of a warning that announce a reaction: the speaker's own ("would respond"), or any. */
const OWN_REACTION =
  /\b(?:respond|response|answer|reply|react|retaliate|reciprocate|hit[\s\u00a0]+back|strike[\s\u00a0]+back|in[\s\u00a0]+kind|reciprocal|block|veto|take[\s\u00a0]+(?:[“"]?[\p{L}-]+[\s\u00a0]+){0,2}[“"]?(?:action|measures|steps))\b/iu;
const CONSEQUENCES =
  /\b(?:consequences|retaliat\p{L}*|countermeasures?|reprisals?|pay[\s\u00a0]+(?:a|the)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?price|regret[\s\u00a0]+it)\b/iu;
/** "… will not … until …": an action held back or kept up until the other side gives way. */
const ULTIMATUM = /^[^.;]{0,60}?\b(?:will|would)(?:[\s\u00a0]+not)?\b[^.;]{0,120}?\buntil\b/iu;
/**
 * Disapproval that is criticism only in a dispute: alone these words also describe third parties'
 * worries ("shares the concerns of its allies"), so they need a side with an adversary. Blame for
 * trouble ("the root cause of insecurity") and harm to bystanders ("would hit ordinary Cubans") is
 * disapproval too.
 */
const DISAPPROVAL =
  /\b(?:violat\p{L}*|(?:a|an|direct|serious|grave|clear)[\s\u00a0]+threat[\s\u00a0]+to|(?:deep|grave|serious)[\s\u00a0]+concerns?|(?:deeply|gravely|seriously)[\s\u00a0]+concern\p{L}*|concerned[\s\u00a0]+that|disappoint\p{L}*|protectionis\p{L}*|hostile|incompatible[\s\u00a0]+with|wrong[\s\u00a0]+(?:message|signal)|attack[\s\u00a0]+on|(?:root|real|main)[\s\u00a0]+causes?[\s\u00a0]+of|source[\s\u00a0]+of[\s\u00a0]+(?:tension|instability|insecurity)|(?:hit|hurt|harm|punish)(?:s|ed|ing)?[\s\u00a0]+(?:ordinary|innocent)[\s\u00a0]+\p{L}+|(?:hurt|harm|damag)(?:s|ed|ing|e)?[\s\u00a0]+the[\s\u00a0]+(?:whole|entire|wider)[\s\u00a0]+\p{L}+|br(?:oke|eaks?|eaking|oken)[\s\u00a0]+(?:its[\s\u00a0]+|their[\s\u00a0]+|the[\s\u00a0]+)?(?:own[\s\u00a0]+)?(?:promises?|pledges?|commitments?|word)|(?:cannot|can[\s\u00a0]*not|can[’']t)[\s\u00a0]+(?:speak|talk)[\s\u00a0]+(?:of|about)|double[\s\u00a0]+standards?|hypocri\p{L}+|(?:be|being)[\s\u00a0]+lectured|accepts?[\s\u00a0]+(?:no[\s\u00a0]+)?lectures|(?:no|any|take)[\s\u00a0]+lessons?[\s\u00a0]+from|point(?:s|ed|ing)?[\s\u00a0]+(?:the[\s\u00a0]+)?fingers?|scapegoats?|not[\s\u00a0]+how[\s\u00a0]+(?:good[\s\u00a0]+)?(?:neighbou?rs|friends|partners)[\s\u00a0]+(?:treat|behave))\b/iu;
/**
 * A rebuff in the speaker's own words: a flat denial of what the other side claims or does ("our
 * border is not a line others may step over"), a standing refusal of it ("does not accept faits
 * accomplis"; one to come, "will not accept …", is a threat or resolve: veiled-threats.ts) or a bar on
 * it ("has no business in these waters"). Only in a quotation: a paraphrase of the same words is
 * mostly a position stated to the other side, no rebuke of it. (Bars such as "cannot …" and "must not …", and ", not a …" contrasts, were
 * tried and left out: on dev they were as often a side's statement of its own limits.)
 */
const REBUFF = new RegExp(
  `(?:\\b(?:is|are|was|were)${WS}+not${WS}+(?:a|an)${WS}|` +
    `\\b(?:does|do)${WS}+not${WS}+(?:accept|tolerate|let)\\b|` +
    `\\bha(?:s|ve)${WS}+no${WS}+(?:business|right)\\b)`,
  "iu",
);
/** A protest the speaker itself made ("it had conveyed “deep concern and strong protest”"). */
const OWN_PROTEST =
  /\b(?:(?:strong|formal)[\s\u00a0]+protest|lodged[\s\u00a0]+(?:a[\s\u00a0]+)?protest|protest[\s\u00a0]+note|stern[\s\u00a0]+representations)\b/iu;
/** A reference to what someone did ("called the incident …", "This is unsafe …"). */
const ACT_ANAPHOR =
  /\b(?:the|this|that)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?(?:incident|attack|behaviou?r|action|act|move|conduct|step|incursion)\b|^[“"]?This[\s\u00a0]+(?:is|was)\b/iu;
/** Statements plain enough to carry unstated criticism: statements, warnings, demands. */
const PLAIN_CAMEO = new Set(["010", "012", "100"]);

/** The speaker's side as the subject of the statement's first words. */
const OWN_PRONOUN = /^[“"]?(?:we|our|it|its)\b/iu;
/** "the movement would …", "the country would …": the speaker's own body, unless the speaker only reports it. */
const OWN_BODY =
  /^[“"]?the[\s\u00a0]+(?:movement|group|government|country|kingdom|republic|ministry|army|military|junta|regime|administration|authorities)\b/iu;
const REPORTER = /news|media|broadcast|newspaper/iu;

/** The statement opens with the speaker's own side as subject ("we", "it", "Moscow" for Russia's embassy). */
function ownSubject(doc: EntityDoc, voiceOf: VoiceOf, st: FoundStatement, start: number): boolean {
  if (OWN_PRONOUN.test(st.text)) return true;
  if (OWN_BODY.test(st.text) && !REPORTER.test(doc.actors.get(st.speakerId)?.orgType ?? "")) return true;
  const first = mentionsIn(doc, start, start + Math.min(st.text.length, 40))[0];
  return first !== undefined && sideOf(doc, voiceOf, first.actorId) === sideOf(doc, voiceOf, st.speakerId);
}

/** The CAMEO code a statement takes with a stance it did not have. */
const STANCE_CAMEO = { accuse: "112", criticize: "111", threaten: "138" } as const;

/** Gives a statement its stance (keeping a more specific CAMEO code of the same stance) and targets. */
export function giveStance(
  st: FoundStatement,
  stance: keyof typeof STANCE_CAMEO,
  targets: readonly string[],
): void {
  if (st.stance !== stance) st.cameo = STANCE_CAMEO[stance];
  st.stance = stance;
  st.targetIds = [...new Set(targets)];
  st.aboutIds = [...new Set([...st.aboutIds, ...st.targetIds])];
}

/** Warnings and ultimatums from the speaker's own side threaten its adversary. Mutates statements. */
export function implicitThreats(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
  extra: readonly Opposed[] = [],
): void {
  const foes: Adversaries = adversaries(doc, statements, events, voiceOf, extra);
  for (const st of statements) {
    if (st.stance) continue;
    const start = startOf(doc, st);
    if (start === undefined) continue;
    const own = ownSubject(doc, voiceOf, st, start);
    const warning = st.cameo === "012" && (CONSEQUENCES.test(st.text) || (own && OWN_REACTION.test(st.text)));
    const ultimatum = !warning && own && ULTIMATUM.test(st.text);
    const side = sideOf(doc, voiceOf, st.speakerId);
    const conditional =
      !warning &&
      !ultimatum &&
      PLAIN_CAMEO.has(st.cameo) &&
      conditionalThreat(st, own, events, (id) => sideOf(doc, voiceOf, id) === side);
    if (!warning && !ultimatum && !conditional) continue;
    // "warned Peru that …": the one warned, else the side's adversary.
    // A step held over a party named in the statement ("leave ECOWAS unless the bloc …") is against it.
    const addressee = warning
      ? (warnedAddressee(doc, st, start) ??
        provokedBy(doc, st, start, (id) => sideOf(doc, voiceOf, id) === side) ??
        reactionObject(doc, st, start, (id) => sideOf(doc, voiceOf, id) === side))
      : conditional
        ? (steppedAgainst(doc, st, start, (id) => sideOf(doc, voiceOf, id) === side) ??
          conditionedOn(doc, st, start, (id) => sideOf(doc, voiceOf, id) === side))
        : undefined;
    const target = (addressee && sideOf(doc, voiceOf, addressee)) ?? foes.of(st.speakerId, st.at, ultimatum);
    if (!target || target === sideOf(doc, voiceOf, st.speakerId)) continue;
    giveStance(st, "threaten", warning ? [target, ...warnedAbout(doc, voiceOf, st)] : [target]);
  }
}

/** "a meeting between Taiwan’s leader and U.S. lawmakers, which China had warned would …": the states of the antecedent. */
function warnedAbout(doc: EntityDoc, voiceOf: VoiceOf, st: FoundStatement): string[] {
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  if (!sentence) return [];
  const frame = doc.body.slice(sentence.start, st.at);
  const which = /,[\s\u00a0]*which[\s\u00a0]+[^,]{0,40}$/u.exec(frame);
  if (!which) return [];
  const own = sideOf(doc, voiceOf, st.speakerId);
  return mentionsIn(doc, sentence.start, sentence.start + which.index)
    .map((m) => sideOf(doc, voiceOf, m.actorId))
    .filter((id) => id !== own && doc.actors.get(id)?.kind === "Country");
}

/**
 * Whom targetless criticism is for: the speaker side's adversary; else, when it refers to an act ("called
 * the incident “dangerous”"), the side accused of the latest act before it that is not the speaker's.
 */
function criticised(
  doc: EntityDoc,
  voiceOf: VoiceOf,
  statements: readonly FoundStatement[],
  foes: Adversaries,
  st: FoundStatement,
): string | undefined {
  const own = sideOf(doc, voiceOf, st.speakerId);
  const foe = foes.of(st.speakerId, st.at);
  if (foe) return foe === own ? undefined : foe;
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  if (!sentence || !(ACT_ANAPHOR.test(sentence.text) || ACT_ANAPHOR.test(st.text))) return undefined;
  const accused = statements
    .filter((a) => a.stance === "accuse" && a.at < st.at)
    .flatMap((a) => a.targetIds.map((t) => sideOf(doc, voiceOf, t)))
    .filter((t) => t !== own && doc.actors.get(t)?.kind === "Country");
  return accused[accused.length - 1];
}

/**
 * A third party without an adversary that disapproves of an act ("called the pact “gravely concerning”")
 * joins its other critics: the state the statement is about that other speakers criticised.
 */
function alsoCriticised(
  doc: EntityDoc,
  voiceOf: VoiceOf,
  statements: readonly FoundStatement[],
  st: FoundStatement,
): string | undefined {
  const own = sideOf(doc, voiceOf, st.speakerId);
  const criticisedByOthers = new Set(
    statements
      .filter((o) => o !== st && o.stance === "criticize" && sideOf(doc, voiceOf, o.speakerId) !== own)
      .flatMap((o) => o.targetIds.map((t) => sideOf(doc, voiceOf, t))),
  );
  const about = st.aboutIds.filter(
    (id) => id !== own && doc.actors.get(id)?.kind === "Country" && criticisedByOthers.has(id),
  );
  return about.length === 1 ? about[0] : undefined;
}

/** Words of disapproval, or a protest the speaker says it made itself. */
function disapproves(doc: EntityDoc, voiceOf: VoiceOf, st: FoundStatement): boolean {
  if (DISAPPROVAL.test(st.text) || REPROACH.test(st.text)) return true;
  if (st.kind === "quote" && REBUFF.test(st.text)) return true;
  const start = startOf(doc, st);
  // The frame before the clause ("The embassy said it was concerned that …").
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  if (start !== undefined && sentence && DISAPPROVAL.test(doc.body.slice(sentence.start, start))) return true;
  return start !== undefined && OWN_PROTEST.test(st.text) && ownSubject(doc, voiceOf, st, start);
}

/**
 * Words of disapproval from a side in a dispute criticise its adversary, and criticism that names
 * nobody is directed as `criticised` says. Mutates statements.
 */
export function implicitCriticism(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
  extra: readonly Opposed[] = [],
): void {
  const foes: Adversaries = adversaries(doc, statements, events, voiceOf, extra);
  for (const st of statements) {
    const targetless = st.stance === "criticize" && st.targetIds.length === 0;
    if (!targetless && (st.stance || !PLAIN_CAMEO.has(st.cameo) || !disapproves(doc, voiceOf, st))) continue;
    const found = targetless ? criticised(doc, voiceOf, statements, foes, st) : foes.of(st.speakerId, st.at);
    if (!found) {
      const joined = alsoCriticised(doc, voiceOf, statements, st);
      if (joined) giveStance(st, "criticize", [joined]);
      continue;
    }
    const target = found;
    if (target === sideOf(doc, voiceOf, st.speakerId)) continue;
    // Other adversaries the statement names are criticised too ("concerned that X would drill with Y").
    // A body outside any state (a rights group) is at odds with every side it took a stance against.
    const speaker = doc.actors.get(sideOf(doc, voiceOf, st.speakerId));
    const stateless = speaker?.kind === "Organization" && !speaker.countryId;
    const named = [...foes.all(st.speakerId)].filter(
      (id) => id !== target && (stateless || st.aboutIds.includes(id)),
    );
    giveStance(st, "criticize", [target, ...named, ...partners(doc, voiceOf, events, st, target)]);
  }
}

/**
 * "called the pact “a threat to regional peace”" after Greece signed a pact with France: disapproval of
 * an act of the adversary is also directed at the other states the statement is about that took part
 * in an act with it (never a victim of the act, nor the speaker's own side), through the act the
 * statement refers to rather than by name.
 */
function partners(
  doc: EntityDoc,
  voiceOf: VoiceOf,
  events: readonly Event[],
  st: FoundStatement,
  target: string,
): string[] {
  if (!st.aboutIds.includes(target)) return [];
  const own = sideOf(doc, voiceOf, st.speakerId);
  const actors = (e: Event) =>
    e.participants.filter((p) => p.role !== "target").map((p) => sideOf(doc, voiceOf, p.actorId));
  const withTarget = new Set(
    events
      .map(actors)
      .filter((ids) => ids.includes(target))
      .flat(),
  );
  // States named in the clause itself are left to the adversary rule ("concerned that Kenya would …").
  const start = startOf(doc, st);
  const named = new Set(
    start === undefined ? [] : mentionsIn(doc, start, start + st.text.length).map((m) => m.actorId),
  );
  return st.aboutIds.filter(
    (id) =>
      id !== target &&
      id !== own &&
      !named.has(id) &&
      withTarget.has(id) &&
      doc.actors.get(id)?.kind === "Country",
  );
}

/**
 * A stance read against the speaker's own side is a misreading ("said the expulsions were “a new hostile
 * step” and warned that Moscow would respond": Moscow is no threat target of Russia's embassy). Such
 * targets are dropped, and a threat left without one is a plain statement again. Mutates statements.
 */
export function dropOwnSideTargets(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  for (const st of statements) {
    if (!st.stance || st.targetIds.length === 0) continue;
    const own = sideOf(doc, voiceOf, st.speakerId);
    const kept = st.targetIds.filter((t) => t !== own && sideOf(doc, voiceOf, t) !== own);
    if (kept.length === st.targetIds.length) continue;
    st.targetIds = kept;
    if (kept.length === 0 && st.stance === "threaten") {
      st.stance = undefined;
      st.cameo = "010";
    }
  }
}
