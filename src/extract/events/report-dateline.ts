// Where the dateline ends. Wire copy opens "CITY, Mon. D (Agency) —" and, for a city readers may not
// place, "CITY, Country, Mon. D (Agency) —" or "CITY, State, Mon D —"; either way the date is the
// report's, and the region after the city is no subject of the lead.

import { DATELINE_OPENING } from "../entities/gazetteer.ts";

/** "TOWN, Some Country, Mon. D (Agency) —": a dateline with a region (one to three capitalised words) after the city. */
const REGION_DATELINE =
  /^[\s\u00a0]*\p{Lu}[\p{Lu}’'.\s\u00a0-]*,[\s\u00a0]+\p{Lu}[\p{L}’'.-]*(?:[\s\u00a0]+(?:and[\s\u00a0]+|of[\s\u00a0]+|the[\s\u00a0]+)?\p{Lu}[\p{L}’'.-]*){0,2},[\s\u00a0]+\p{Lu}\p{Ll}{2,8}\.?[\s\u00a0]+\d{1,2}(?:[\s\u00a0]*\([^)]{1,40}\))?[\s\u00a0]*[—–:-]+[\s\u00a0]*/u;

/** The length of the dateline that opens the text (0 when there is none). */
export function datelineLength(text: string): number {
  return (DATELINE_OPENING.exec(text) ?? REGION_DATELINE.exec(text))?.[0].length ?? 0;
}
