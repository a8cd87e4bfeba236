// Acts a party only wishes, offers or asks to be part of, which nobody has done or set:
// - joining someone's act one is ready for or hopes for ("was ready to take part in a joint inquiry",
//   "hoped to join future drills"): the act named is no event of its own;
// - an act one asks leave to do ("had asked to visit the detainees", "requested permission to
//   inspect"): a request, not the act;
// - an act only helped with by a possible or offered step ("could send engineers to help
//   investigate"): the step, if anything, is the event (aid), not the act it would help.
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

/** A wish or readiness of the subject, then "to" ("ready to", "hoped to", "would like to"). */
const WISH = `(?:ready|prepared|willing|keen|eager|hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|want(?:s|ed|ing)?|would${WS}+like|seek(?:s|ing)?|sought)`;

/** "ready to take part in a joint", "hoped to join future": a wish to join, then the act noun's modifiers. */
const JOIN_WISHED = new RegExp(
  `\\b${WISH}${WS}+to${WS}+(?:take${WS}+part${WS}+in|join|participate${WS}+in|be${WS}+part${WS}+of|be${WS}+involved${WS}+in)(?:${WS}+(?:the|a|an|any|future|further|new|joint|possible|such|international|independent|\\p{Ll}+-\\p{Ll}+))*${WS}+$`,
  "iu",
);

/** "had asked to visit", "requested permission to inspect", "sought access to": the subject's own request. */
const ASKED_TO = new RegExp(
  `\\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|sought|seek(?:s|ing)?|appl(?:y|ies|ied|ying))(?:${WS}+(?:permission|access|leave|approval))?${WS}+to${WS}+$`,
  "iu",
);

/** A possible or offered step earlier in the clause, then "to help (to)" before the act. */
const HELP_OFFERED = new RegExp(
  `\\b(?:could|might|may|ready${WS}+to|willing${WS}+to|prepared${WS}+to|offer(?:s|ed|ing)?${WS}+to)${WS}+[^,;:.“”"]{1,50}?${WS}to${WS}+help(?:${WS}+to)?${WS}+$`,
  "iu",
);

/** Is the trigger an act only wished to be joined, asked leave for, or helped by a possible step? */
export function wishedAct(doc: EntityDoc, t: Trigger): boolean {
  if (t.intent) return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 90), t.start);
  if (t.via === "noun") return JOIN_WISHED.test(before);
  if (t.via !== "verb") return false;
  return ASKED_TO.test(before.slice(-40)) || HELP_OFFERED.test(before);
}
