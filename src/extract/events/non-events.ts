// Trigger matches that name no act: a capitalised name that is an organisation ("the Pacific
// Islands Forum", "the U.N. General Assembly"), and talks that are only called for or hoped for
// ("calling for talks between X and Y", "remained open to talks with X"), and acts only demanded
// ("demanded that X withdraw its troops").

import { type EntityDoc, mentionsIn } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { stipulatedTerm } from "./agreement-terms.ts";
import { deniedAct, tollOfNamedAct } from "./armed-agents.ts";
import { custodyTransfer } from "./custody-transfers.ts";
import { demandedAct } from "./demanded-acts.ts";
import type { Trigger } from "./event-triggers.ts";
import {
  figurativeAttack,
  habitualAct,
  hazardToll,
  hypotheticalAttack,
  linesMeet,
  measureStrike,
  settingOfKilling,
} from "./force-non-events.ts";
import { genericMention } from "./generic-mentions.ts";
import { doneOnlyUntil } from "./not-until.ts";
import { countedSeries, recurringRate } from "./series-mentions.ts";
import { threatenedNoun } from "./threatened-nouns.ts";
import { unrealisedAct } from "./unrealised-acts.ts";

const BODY_HEAD = /(?:Assembly|Forum|Congress)$/u;
const SUBJECT_OF = new RegExp(
  `^${WS}+(?:has|have|had|is|are|was|were|will|would|said|says|voted|votes|adopted|passed|called|urged)\\b`,
  "u",
);

/** A named trigger whose head lies inside an organisation's mention is the body, not an event. */
function namesOrganisation(doc: EntityDoc, t: Trigger): boolean {
  // "the Gulf Cooperation Council": an event noun inside an actor's name.
  if (t.via === "noun" && mentionsIn(doc, Math.max(0, t.start - 60), t.end).some((m) => m.end >= t.end))
    return true;
  if (t.via !== "named") return false;
  // "the U.N. General Assembly has voted": a body's name acting as a clause subject.
  if (BODY_HEAD.test(doc.body.slice(t.start, t.end)) && SUBJECT_OF.test(doc.body.slice(t.end, t.end + 30)))
    return true;
  return mentionsIn(doc, Math.max(0, t.start - 60), t.end).some(
    (m) => m.end >= t.end && m.start < t.end && doc.actors.get(m.actorId)?.kind === "Organization",
  );
}

/** "called for talks", "is open to talks", "pushing for a meeting": a wish, not a meeting. */
const WISHED = new RegExp(
  `\\b(?:call(?:s|ed|ing)?${WS}+for|push(?:es|ed|ing)?${WS}+for|open${WS}+to|ready${WS}+for)(?:${WS}+(?:new|fresh|direct|further|more|a|the|renewed|broader))*${WS}+$`,
  "iu",
);

/** "a warrant for the arrest of", "demanded the release of", "called for sanctions": any act noun only sought. */
const SOUGHT = new RegExp(
  `\\b(?:warrants?${WS}+for|call(?:s|ed|ing)?${WS}+for|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing))(?:${WS}+(?:the|a|an|new|further|more|tougher|immediate|their|his|her|its))*${WS}+$`,
  "iu",
);

function wishedFor(doc: EntityDoc, t: Trigger): boolean {
  if (t.via === "named" || t.intent) return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 50), t.start);
  // A verb form read there is the noun ("called for tougher sanctions").
  return (t.via === "noun" && t.type.type === "meeting" && WISHED.test(before)) || SOUGHT.test(before);
}

/** "demanded that Ankara withdraw its troops", "urged Peru to expel …": the act is only demanded. */
const DEMANDED = new RegExp(
  `\\b(?:(?:demand|insist|ask)(?:s|ed|ing)?${WS}+that${WS}+[^,;.“”"]{1,40}|(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?${WS}+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?)${WS}+[^,;.“”"]{1,40}?${WS}+to)${WS}+$`,
  "iu",
);

function demanded(doc: EntityDoc, t: Trigger): boolean {
  return (
    t.via === "verb" &&
    !t.intent &&
    DEMANDED.test(doc.body.slice(Math.max(t.sentence.start, t.start - 90), t.start))
  );
}

/**
 * "was not detained", "had never been expelled", "refused to send weapons": a negated or refused verb
 * says the act did not happen. Types whose call-off is itself an act (a cancelled visit) are read
 * by the negation cues instead.
 */
const NEGATED = new RegExp(
  `(?:\\bnot|\\bnever|n[’']t|\\b(?:refus|declin)(?:e|es|ed|ing)${WS}+to|\\bfail(?:s|ed|ing)?${WS}+to)(?:${WS}+(?:been|be|yet|once|ever|among${WS}+(?:those|the${WS}+\\p{L}+)|(?!only\\b)\\p{Ll}+ly))*${WS}+$`,
  "iu",
);

function negatedVerb(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb" || t.intent || doc.knowledge.negation.types.includes(t.type.type)) return false;
  return (
    !doneOnlyUntil(doc, t) && NEGATED.test(doc.body.slice(Math.max(t.sentence.start, t.start - 40), t.start))
  );
}

/** "to discuss joint patrols", "talks on a possible ceasefire": an act named as a topic is not planned yet. */
const TOPIC_OF = new RegExp(
  `\\b(?:discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|consider(?:s|ed|ing)?|talks${WS}+(?:on|about)|explore|exploring)(?:${WS}+(?:the|a|an|possible|potential|future|new|joint|further|more))*${WS}+$`,
  "iu",
);

function topicOnly(doc: EntityDoc, t: Trigger): boolean {
  return t.via === "noun" && TOPIC_OF.test(doc.body.slice(Math.max(t.sentence.start, t.start - 40), t.start));
}

/** Verbs of motion that are an intrusion only "into" the airspace or waters ("flew … into Estonian airspace"). */
const MOTION = /^(?:fl(?:y|ies|ew|own|ying)|sail(?:s|ed|ing)?|stray(?:s|ed|ing)?|cross(?:es|ed|ing)?)$/iu;

const LINE = /\b(?:line|lac|zone|boundary)\b/i;

/** "flew through international airspace", "sailed in Peruvian waters": passage, no intrusion. */
function noIntrusion(doc: EntityDoc, t: Trigger): boolean {
  if (t.type.type !== "intrusion" || !t.object) return false;
  if (/^international\b/i.test(t.object.label)) return true;
  if (!MOTION.test(t.text)) return false;
  // "crossed the Line of Actual Control", "crossed the buffer zone": crossing a dividing line is the intrusion.
  if (/^cross/i.test(t.text) && t.object.start >= t.end && LINE.test(t.object.label)) return false;
  const gap = t.object.start >= t.end ? doc.body.slice(t.end, t.object.start) : "";
  return !/\binto\b/i.test(gap);
}

/** "violating the ceasefire", "breaches of the truce": a violation refers to a truce already in place. */
const VIOLATED = new RegExp(
  `\\b(?:violat(?:e|es|ed|ing|ions?)|breach(?:es|ed|ing)?|broke|break(?:s|ing)?|flout(?:s|ed|ing)?)(?:${WS}+of)?(?:${WS}+(?:the|a|an|its|their|this))?${WS}+$`,
  "iu",
);

function violatedTruce(doc: EntityDoc, t: Trigger): boolean {
  return (
    t.type.type === "ceasefire" &&
    VIOLATED.test(doc.body.slice(Math.max(t.sentence.start, t.start - 30), t.start))
  );
}

/** "a charm offensive", "a diplomatic offensive": the noun names a campaign, not force. */
const FIGURATIVE =
  /\b(?:charm|diplomatic|media|propaganda|public[\s\u00a0]+relations|PR|legal|trade|peace)[\s\u00a0]+$/iu;

function figurative(doc: EntityDoc, t: Trigger): boolean {
  return (
    t.via === "noun" &&
    t.type.type === "military-attack" &&
    FIGURATIVE.test(doc.body.slice(Math.max(0, t.start - 25), t.start))
  );
}

/** Is this trigger no event at all (a body's name, a wish, a demand, a negated act, a topic, a passage)? */
/** "during a family visit to Grodno", "a private trip": a visit of one's own is no diplomatic act. */
const PRIVATE_BEFORE =
  /\b(?:family|private|personal|holiday|school|study|tourist|religious|pilgrimage)[\s\u00a0]+$/iu;

/** "to visit relatives", "visiting their families", "visit the graves": people one visits for oneself. */
const PRIVATE_OBJECT =
  /^[\s\u00a0]+(?:(?:their|his|her|its|the|family|close)[\s\u00a0]+)*(?:relatives|relations|kin|family|families|friends|graves|shrines?|markets?)\b/iu;

function privateVisit(doc: EntityDoc, t: Trigger): boolean {
  if (t.type.type !== "visit") return false;
  if (t.via === "verb" && PRIVATE_OBJECT.test(doc.body.slice(t.end, t.end + 40))) return true;
  return PRIVATE_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 20), t.start));
}

export function notAnEvent(doc: EntityDoc, t: Trigger): boolean {
  return (
    namesOrganisation(doc, t) ||
    privateVisit(doc, t) ||
    custodyTransfer(doc, t) ||
    wishedFor(doc, t) ||
    demanded(doc, t) ||
    demandedAct(doc, t) ||
    negatedVerb(doc, t) ||
    topicOnly(doc, t) ||
    noIntrusion(doc, t) ||
    figurative(doc, t) ||
    violatedTruce(doc, t) ||
    deniedAct(doc, t) ||
    tollOfNamedAct(doc, t) ||
    settingOfKilling(doc, t) ||
    linesMeet(doc, t) ||
    hypotheticalAttack(doc, t) ||
    habitualAct(doc, t) ||
    hazardToll(doc, t) ||
    figurativeAttack(doc, t) ||
    measureStrike(doc, t) ||
    genericMention(doc, t) ||
    unrealisedAct(doc, t) ||
    countedSeries(doc, t) ||
    recurringRate(doc, t) ||
    threatenedNoun(doc, t) ||
    stipulatedTerm(doc, t)
  );
}
