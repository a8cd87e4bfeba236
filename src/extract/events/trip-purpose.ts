// "arrived in Lima on Tuesday for a two-day state visit", "is due in Lima on Thursday for talks":
// the trip's date, written before the purpose phrase, is the date of the visit or talks it names.
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

/** Visits, talks and summits: the purposes a trip is made for. */
const PURPOSES = new Set(["visit", "meeting", "summit"]);

/** "for", then at most three modifiers ("for a two-day state", "for further"). */
const FOR_GAP = new RegExp(`^${WS}+for(?:${WS}+[\\p{L}\\d-]+){0,3}?${WS}+$`, "u");

/** A verb of arrival or travel, or "due in" / "expected in", earlier in the clause. */
const TRIP_BEFORE = new RegExp(
  `\\b(?:arriv(?:e|es|ed|ing)|travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|land(?:s|ed|ing)?|(?:due|expected)${WS}+in|(?:was|were|is|are|be)${WS}+in)\\b[^,;:“”"]*$`,
  "iu",
);

/** Is the date (ending at `dateEnd`) the date of the trip made for the trigger's visit or talks? */
export function tripPurpose(doc: EntityDoc, t: Trigger, dateStart: number, dateEnd: number): boolean {
  if (t.via !== "noun" || !PURPOSES.has(t.type.type) || t.start < dateEnd) return false;
  if (!FOR_GAP.test(doc.body.slice(dateEnd, t.start))) return false;
  return TRIP_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, dateStart - 80), dateStart));
}
