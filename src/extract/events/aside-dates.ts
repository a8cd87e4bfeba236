// "Peru's president, who took office in 2021, visited Chile on Tuesday": a date inside a closed
// relative clause (or other comma aside) dates that clause's verb, never the trigger after the aside.
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

/** ", who took office in" / ", which opened in": an open relative clause reaching the date. */
const OPEN_RELATIVE = new RegExp(`,${WS}+(?:who|which|whose)${WS}[^,;:“”"]*$`, "iu");

/** Does a comma close the relative clause holding the date before the trigger? */
export function dateInAside(doc: EntityDoc, t: Trigger, dateStart: number, dateEnd: number): boolean {
  if (t.start < dateEnd) return false;
  const gap = doc.body.slice(dateEnd, t.start);
  if (!gap.includes(",")) return false;
  return OPEN_RELATIVE.test(doc.body.slice(t.sentence.start, dateStart));
}
