// Act nouns that are only the content of a threat, a warning or a risk: "threatened Peru with
// sanctions", "warned of clashes", "the threat of an invasion", "could face expulsion", "the risk of
// a border closure". CAMEO files these as a threat (13) or a warning, never as the act itself, so no
// event is read from the noun. ("threatened to impose sanctions" is read in unrealised-acts.ts.)
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

/** Words that may stand between the threat and the act noun ("the threat of new, tougher sanctions"). */
const FILLER = `(?:${WS}+(?:the|a|an|new|further|more|tougher|fresh|possible|punitive|retaliatory|economic|wider|full-scale|renewed|military|its|their))*`;

const THREAT_FRAME = new RegExp(
  "\\b(?:" +
    // "threatened Peru with sanctions", "threatening the crew with arrest"
    `threat(?:en|ens|ened|ening)(?:${WS}+[^,;:.“”"]{1,40}?)?${WS}+with` +
    // "warned of clashes", "warning about an invasion"
    `|warn(?:s|ed|ing)?${WS}+(?:of|about|against)` +
    // "could face sanctions", "would face expulsion"
    `|(?:could|would|might|may|will|to)${WS}+face` +
    // "the threat of", "threats of", "the risk of", "the prospect of", "fears of", "the spectre of"
    `|(?:threats?|risks?|prospects?|fears?|spectre|specter|danger)${WS}+of` +
    `)${FILLER}${WS}+$`,
  "iu",
);

/** Is the trigger an act named only as what is threatened, warned of or risked? */
export function threatenedNoun(doc: EntityDoc, t: Trigger): boolean {
  if (t.via === "named" || t.intent) return false;
  return THREAT_FRAME.test(doc.body.slice(Math.max(t.sentence.start, t.start - 80), t.start));
}
