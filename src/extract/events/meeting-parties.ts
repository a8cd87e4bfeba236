// Parties of a gathering named after its venue: "talks in Belgrade between Serbian and Montenegrin
// ministers", "a meeting in Geneva with Iran". The plain "between" rule reaches only a few
// characters past the noun; a capitalised place phrase may stand in between.

import type { ActorMention, EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";
import { afterPreposition } from "./participants.ts";

const VENUE_THEN_PARTIES = new RegExp(
  `^${WS}+(?:in|at)${WS}+(?:the${WS}+)?\\p{Lu}[\\p{L}’'-]*(?:${WS}+\\p{Lu}[\\p{L}’'-]*){0,2}${WS}+(?:between|with)${WS}`,
  "u",
);

const GATHERINGS = new Set(["meeting", "summit"]);

/** The parties after "in <Place> between|with" right after a gathering noun. */
export function partiesAfterVenue(doc: EntityDoc, t: Trigger): ActorMention[] {
  if (t.via !== "noun" || !GATHERINGS.has(t.type.type)) return [];
  if (!VENUE_THEN_PARTIES.test(doc.body.slice(t.end, t.end + 60))) return [];
  return afterPreposition(doc, t, "between|with", 40);
}
