// "Officers who searched the house found two rifles", "Investigators seized his laptop": wire copy
// tells the steps of a police operation with the force unnamed, after naming it once. A taking done
// in the past by such an unnamed force is someone's act, even undated and placeless.
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { armedGroupSubject } from "./armed-agents.ts";
import type { Trigger } from "./event-triggers.ts";

/** Acts of taking people or things that a force does in an operation. */
const OPERATION_ACTS = new Set(["arrest", "seizure", "raid", "release", "expulsion"]);

/** Is the trigger a past taking whose subject is an unnamed force ("officers", "police", "troops")? */
export function unnamedForceTaking(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb" || t.form !== "past" || !OPERATION_ACTS.has(t.type.type)) return false;
  return armedGroupSubject(doc, t);
}

// "Some 40 migrants were sent back on Monday", "60 tonnes of fish were confiscated": a counted object
// as the subject of a passive.
const COUNTED_LEAD = new RegExp(
  `(?:^|[\\s\\u00a0(])(?:\\d[\\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several)${WS}+(?:[\\p{L}-]+${WS}+){0,4}$`,
  "iu",
);
const PASSIVE_GAP = new RegExp(
  `^(?:${WS}+of${WS}+[^,;.“”"]{1,40}?)?(?:,[^,;.“”"]{1,60},)?${WS}+(?:were|was|had${WS}+been)${WS}+(?:\\p{Ll}+ly${WS}+)?$`,
  "u",
);

/**
 * Is the trigger a passive whose subject is its counted object, the act's agent unsaid? Undated,
 * only things seized tell one act (people taken undated are left to the counted-passive rule).
 */
export function countedObjectPassive(doc: EntityDoc, t: Trigger, dated: boolean): boolean {
  const o = t.object;
  if (t.via !== "verb" || t.form !== "past" || !o || o.end > t.start || o.referring) return false;
  const gap = doc.body.slice(o.end, t.start);
  // "have been seized since 2019": a running toll, no one act.
  if (!PASSIVE_GAP.test(gap) || /\b(?:have|has)\b/u.test(gap)) return false;
  if (!dated && t.type.type !== "seizure") return false;
  return COUNTED_LEAD.test(doc.body.slice(Math.max(t.sentence.start, o.start - 50), o.start));
}
