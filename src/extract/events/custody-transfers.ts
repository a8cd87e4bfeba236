// "The crews would be handed over to the Public Prosecutor's Office", "police handed the suspects to
// prosecutors": passing people held to a prosecutor or a court of the holding state keeps them held;
// it is a step of the case, no release (a handover to another state stays a release or extradition).
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

/** Verbs of handing over that the release lexicon reads. */
const HANDING = /^(?:hand(?:s|ed|ing)?|transferr?(?:s|ed|ing)?)\b/iu;

/** Up to 40 characters of object, then "to" a prosecutor or court, bare or named ("the Public Prosecutor's Office"). */
const TO_PROSECUTION = new RegExp(
  `^[^,;:.“”"]{0,40}?\\bto${WS}+(?:the${WS}+|a${WS}+)?(?:\\p{Lu}\\p{Ll}+${WS}+)?(?:prosecutors?|prosecution|Prosecutor(?:[’']s)?(?:${WS}+(?:General(?:[’']s)?|Office))*|courts?|judges?|magistrates?|(?:the${WS}+)?judiciary)\\b`,
  "u",
);

/** Is the trigger a handover of people held to the prosecution or the courts? */
export function custodyTransfer(doc: EntityDoc, t: Trigger): boolean {
  if (t.type.type !== "release" || t.via !== "verb" || !HANDING.test(t.text)) return false;
  return TO_PROSECUTION.test(doc.body.slice(t.end, t.sentence.end));
}
