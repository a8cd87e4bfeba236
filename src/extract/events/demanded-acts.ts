// Acts another party is only urged to take, beyond the bare demanded verb that non-events.ts reads:
// - a meeting or other act noun the demanded verb would open ("called on France to restart talks",
//   "urged Peru to resume negotiations with Chile", "pressed both sides to return to the table for talks",
//   "urged both sides to set up a joint inquiry");
// - an act the urged party is asked to let happen ("called on X to let a mission visit",
//   "urged Y to allow inspectors to enter"), also when coordinated ("… to restart talks and to let …").
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

/** "urged France to", "called on both sides to", "asked Lima to": a demand on another party. */
const DEMAND_TO = new RegExp(
  `\\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?${WS}+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|encourag(?:e|es|ed|ing)|appeal(?:s|ed|ing)?${WS}+to|told)${WS}+[^,;:.“”"]{1,40}?${WS}to${WS}`,
  "iu",
);

/** "to resume", "and to restart the", "to return to direct": a verb opening an act noun, and its modifiers. */
const OPENING_VERB = new RegExp(
  `\\bto${WS}+(?:\\p{Ll}+ly${WS}+)?(?:resume|restart|reopen|return${WS}+to|hold|open|start|begin|launch|enter(?:${WS}+into)?|engage${WS}+in|come${WS}+back${WS}+to|set${WS}+up|establish|form|create|conduct|carry${WS}+out)(?:${WS}+(?:the|a|an|new|fresh|direct|further|formal|serious|meaningful|peace|border|their|its|joint|independent|full|thorough|impartial|credible|transparent|international|\\p{Ll}+-\\p{Ll}+))*${WS}+$`,
  "iu",
);

/** "to let a ministerial mission", "and to allow inspectors to": the act another is asked to permit. */
const LET_HAPPEN = new RegExp(
  `\\bto${WS}+(?:let|allow|permit)${WS}+[^,;:.“”"]{1,50}?${WS}+(?:to${WS}+)?$`,
  "iu",
);

/** Is the trigger an act only demanded of another party, through the verb that would open or allow it? */
export function demandedAct(doc: EntityDoc, t: Trigger): boolean {
  if (t.intent || t.via === "named") return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 160), t.start);
  const demand = DEMAND_TO.exec(before);
  if (!demand) return false;
  // A clause break after the demand ends its reach ("…; the two sides then resumed talks").
  const after = before.slice(demand.index);
  if (/[;“”"]/.test(after)) return false;
  return t.via === "noun" ? OPENING_VERB.test(after) : LET_HAPPEN.test(after);
}
