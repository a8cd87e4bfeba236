// "have held six rounds of talks since 2019", "dozens of raids so far this year": a counted run of
// acts up to now is a tally, not one act, and its "since" date is when the run began.
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

/** A count of more than one ("six", "12", "several", "dozens of"), with "rounds of" or "more" after it. */
const COUNT_BEFORE = new RegExp(
  `\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens${WS}+of|hundreds${WS}+of|several|many|multiple|numerous|a${WS}+series${WS}+of|a${WS}+number${WS}+of|\\d+)${WS}+(?:(?:rounds?|sessions?|waves?)${WS}+of${WS}+|more${WS}+|such${WS}+)?(?:\\p{Ll}+${WS}+)?$`,
  "iu",
);

/** The run reaches up to now: "since 2019", "so far", "to date", "this year" later in the clause. */
const UP_TO_NOW = new RegExp(
  `^[^,;:“”"]{0,80}?\\b(?:since|so${WS}+far|to${WS}+date|thus${WS}+far|in${WS}+recent${WS}+(?:years|months|weeks))\\b`,
  "iu",
);

/** Is the trigger one of a counted run of acts reaching up to now? */
export function countedSeries(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "noun") return false;
  if (!COUNT_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 40), t.start))) return false;
  return UP_TO_NOW.test(doc.body.slice(t.end, t.sentence.end));
}
