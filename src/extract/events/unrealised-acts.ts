// Trigger words for acts that did not happen and are not planned either:
// - a hostile act only threatened or warned of ("threatened to close the border", "warned it could
//   expel diplomats"): CAMEO files that as a threat (13), not as the act;
// - a hostile act only possible ("Chile might impose sanctions", "could close the border") or only on a
//   condition ("would expel diplomats if the violations continued");
// - a hostile act one is only ready or able to do ("ready to deploy troops", "has the capacity to
//   strike"; readiness to give aid or to talk reads as a plan);
// - an event noun modifying another noun ("the sanctions regime", "aid workers", "the talks process"),
//   a signed text among them ("a fisheries cooperation accord": the signing is the act);
// - an open question ("whether it would expel"), an act demanded to stop ("urged X to stop harassing"),
//   an act blocked by another ("has blocked new sanctions") and a standing state ("remain deployed").
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";
import { wishedAct } from "./wished-acts.ts";

/** CAMEO roots 11 (disapprove) to 20 (mass violence): the conflictual acts one threatens. */
function hostile(t: Trigger): boolean {
  const root = Number(t.type.cameo.slice(0, 2));
  return root >= 11 && root <= 20;
}

/** "threatened on Tuesday to", "the threat to", "threatening that it would": the act is the threat's content. */
const THREAT_BEFORE = new RegExp(
  `\\bthreat(?:s|en|ens|ened|ening)?\\b[^,;:.“”"]{0,50}?\\b(?:to|could|might|may|would|will)(?:${WS}+\\p{Ll}+ly)?(?:${WS}+be)?${WS}+$`,
  "iu",
);
/** "warned that it would retaliate and could expel": a warning names a possible act. */
const WARNING_BEFORE = new RegExp(
  `\\bwarn(?:s|ed|ing)?\\b[^;:.“”"]{0,60}?\\b(?:could|might|may|would)(?:${WS}+\\p{Ll}+ly)?(?:${WS}+be)?${WS}+$`,
  "iu",
);
/** "could close", "might soon impose", "could be expelled" (but "may have violated" is an allegation). */
const MODAL_BEFORE = new RegExp(`\\b(?:could|might|may)(?:${WS}+\\p{Ll}+ly)?(?:${WS}+be)?${WS}+$`, "iu");

/** The last lowercase word of a text, with the space before it ("to impose " → "to "). */
const LAST_WORD = new RegExp(`\\p{Ll}[\\p{Ll}-]*${WS}+$`, "u");

const threatOrModal = (before: string) =>
  THREAT_BEFORE.test(before) || WARNING_BEFORE.test(before) || MODAL_BEFORE.test(before.slice(-30));

function threatenedOrPossible(doc: EntityDoc, t: Trigger): boolean {
  if (!hostile(t) || t.intent) return false;
  let before = doc.body.slice(Math.max(t.sentence.start, t.start - 90), t.start);
  if (threatOrModal(before)) return true;
  // "threatened to impose new sanctions", "threatened to retaliate and close": the modal stands a few words back.
  for (let words = 0; words < 3; words++) {
    const last = LAST_WORD.exec(before);
    // "may have violated" is an allegation of a past act, not a possibility.
    if (!last || /^ha(?:ve|s|d)\b/.test(last[0])) return false;
    before = before.slice(0, last.index);
    if (threatOrModal(before)) return true;
  }
  return false;
}

/** "would expel", "will consider closing", "would be forced to impose": the verb a condition governs. */
const CONDITIONED_BEFORE = new RegExp(
  `\\b(?:would|will|’d|'d)(?:${WS}+\\p{Ll}+ly)?(?:${WS}+(?:consider|weigh|not${WS}+hesitate${WS}+to|be${WS}+forced${WS}+to|have${WS}+to|respond${WS}+by))?${WS}+$`,
  "iu",
);
/** "would impose new sanctions", "will order the expulsion of": the act as object of a conditioned verb. */
const CONDITIONED_NOUN_BEFORE = new RegExp(
  `\\b(?:would|will|’d|'d)(?:${WS}+\\p{Ll}+ly)?${WS}+\\p{Ll}+(?:${WS}+(?:new|further|more|the|a|an|its|fresh|tougher|additional))*${WS}+$`,
  "iu",
);
/** "… if the violations continue", "… unless Moscow withdraws": the condition in the same clause (no comma before it). */
const CONDITION_AFTER = /^[^,;:“”"]{0,80}?\b(?:if|unless)\b/u;

/** "said it would expel diplomats if the violations continued": a hostile act only on a condition is a threat. */
function conditionalAct(doc: EntityDoc, t: Trigger): boolean {
  if (!hostile(t) || t.intent || t.via === "named") return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 50), t.start);
  // "would impose sanctions": the act may be the object of the conditioned verb, read as verb or noun.
  const governed = CONDITIONED_BEFORE.test(before) || CONDITIONED_NOUN_BEFORE.test(before);
  return governed && CONDITION_AFTER.test(doc.body.slice(t.end, t.sentence.end));
}

/** "ready to", "prepared to", "has the capacity to", "is able to": a readiness, no act and no plan. */
const READY_TO = new RegExp(
  `\\b(?:ready|prepared|willing|able|unable|capable|capacity|capability|ability|readiness|willingness)${WS}+to(?:${WS}+\\p{Ll}+ly)?${WS}+$`,
  "iu",
);

/** "ready to host talks": a meeting noun after the verb that would hold it. */
const HOLDING_VERB = new RegExp(
  `\\b(?:host|hold|convene|organi[sz]e|facilitate|mediate|broker)(?:${WS}+(?:new|fresh|direct|further|the|a|an))*${WS}+$`,
  "iu",
);

function onlyReady(doc: EntityDoc, t: Trigger): boolean {
  if (t.intent) return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 60), t.start);
  // A hostile act within reach; aid one is ready to give is read as planned (test/corpus conventions).
  if (t.via === "verb") return hostile(t) && READY_TO.test(before);
  // "was ready to host talks between the two": the offer of a venue is no meeting yet.
  const verb = HOLDING_VERB.exec(before);
  return verb !== null && READY_TO.test(before.slice(0, verb.index));
}

/** "whether Serbia would expel", "declined to say whether": an open question, no act. */
const WHETHER_BEFORE = new RegExp(
  `\\bwhether\\b[^,;:.“”"]{0,60}\\b(?:would|will|could|might|may|should|can|to)(?:${WS}+\\p{Ll}+ly)?(?:${WS}+be)?${WS}+$`,
  "iu",
);

/** "called on Caracas to stop harassing ships": the act demanded to end, no new act. */
const STOP_DEMANDED = new RegExp(
  `\\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?${WS}+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|demand(?:s|ed|ing)?|told)${WS}+[^,;.“”"]{1,40}?${WS}+to${WS}+(?:stop|halt|cease|end|refrain${WS}+from)${WS}+$`,
  "iu",
);

/** "has blocked new sanctions", "vetoed a ceasefire resolution": an act stopped or refused by another. */
const BLOCKED = new RegExp(
  `\\b(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)?|resist(?:s|ed|ing)?|stymie[sd]?)(?:${WS}+(?:new|further|any|more|the|a|tougher|proposed|planned|\\p{Lu}[\\p{L}.]*(?:${WS}+\\p{Lu}[\\p{L}.]*)*))*${WS}+$`,
  "u",
);

/** "troops remain deployed", "forces stay stationed": a standing state, not an act. */
const REMAIN_BEFORE = new RegExp(`\\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)${WS}+$`, "iu");

function questionedOrStopped(doc: EntityDoc, t: Trigger): boolean {
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 90), t.start);
  // "asked whether the delays were linked to a planned visit": only the question's own verb is open.
  if (WHETHER_BEFORE.test(before) || STOP_DEMANDED.test(before)) return true;
  if (BLOCKED.test(before.slice(-50))) return true;
  return t.via === "verb" && t.form === "past" && REMAIN_BEFORE.test(before.slice(-20));
}

/** Nouns an event noun can modify: the head is a body, a rule, a place or a measure, not the act. */
const MODIFIED = new RegExp(
  `^${WS}+(?:regimes?|relief|evasion|busting|polic(?:y|ies)|committees?|panels?|agenc(?:y|ies)|groups?|organi[sz]ations?|workers?|officials?|chiefs?|programm?es?|budgets?|cuts|dependence|dependency|process|table|format|teams?|areas?|zones?|season|records?|figures|architecture|track|fatigue|experts?|monitors?|laws?|legislation|warrants?|tribunal|court)\\b`,
  "iu",
);

/**
 * "a fisheries cooperation accord", "a military assistance agreement", "an extradition treaty": the
 * noun names what the signed text covers; the signing is the act (a truce's text is the truce).
 */
const AGREEMENT_HEAD = new RegExp(
  `^${WS}+(?:agreements?|accords?|treat(?:y|ies)|deals?|pacts?|memorand(?:um|a|ums)|protocols?|conventions?|charters?|MoUs?|arrangements?|compacts?)\\b`,
  "u",
);

function nounAsModifier(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "noun") return false;
  const after = doc.body.slice(t.end, t.end + 24);
  return MODIFIED.test(after) || (t.type.type !== "ceasefire" && AGREEMENT_HEAD.test(after));
}

/** Is the trigger an act only threatened, possible, within reach, or a noun modifying another? */
export function unrealisedAct(doc: EntityDoc, t: Trigger): boolean {
  return (
    threatenedOrPossible(doc, t) ||
    conditionalAct(doc, t) ||
    onlyReady(doc, t) ||
    nounAsModifier(doc, t) ||
    questionedOrStopped(doc, t) ||
    wishedAct(doc, t)
  );
}
