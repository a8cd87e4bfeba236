// Shapes of personal names, shared by person detection and coreference.
import { MONTH_NAMES, WEEKDAY_NAMES } from "../text/patterns.ts";

/** One capitalised name word: "Ana", "O’Neill", "Jae-in", "McDonald", "Fa’asavalu" (not "Peru’s"). */
export const NAME_TOKEN =
  "\\p{Lu}[\\p{Ll}\\p{M}]*(?:(?:['’-]?\\p{Lu}|-\\p{Ll}|['’](?=\\p{Ll}{2}))[\\p{Ll}\\p{M}]*)*";

/** Capitalised words that start sentences or name things other than people. */
export const NOT_NAME = new Set(
  `The A An He She It They We I You This That These Those But However And Or Meanwhile Also In On At
  Furthermore Moreover Its Their His Her Our My There Here According While When After Before As Still Yet So If
  Although Despite During For From With Without By To Of Under Over Between Among Since Until Then Now Today
  Government Ministry Foreign Affairs Defense Defence Forces Army Navy Force
  Office Department State Council Committee Parliament Agency Bank Games Olympic Olympics Summit
  Association Nations Union Organization Organisation Republic Kingdom Federation Party Court Self-Defense
  North South East West Northern Southern Eastern Western Central Southeast Asian European African Pacific
  Atlantic Arctic Ocean Sea Gulf Strait Island Islands Chief Cabinet Senior Deputy Vice Acting
  Former Mr Mrs Ms Dr Prof Sen Gen Rep Amb News Times Post Press Daily Reuters Twitter Facebook
  Arab Latin Nordic Baltic Balkan Caribbean Islamic Muslim Christian Jewish Catholic Orthodox
  Operation Hurricane Typhoon Cyclone Storm Festival Spring Day Eve Accords Agreement Initiative Forum
  Prize Cup Games Mosque Church Temple Cathedral Crossing
  Leaders Officials Sources Teams Workers Residents Analysts Experts Authorities Groups Members Lawmakers
  Activists Officers Troops Soldiers Protesters Witnesses Diplomats Investigators Prosecutors Rebels
  Militants Fighters Villagers Farmers Students Journalists Critics Supporters Voters Observers Monitors
  College School Academy Awards Award Series Museum Hospital Stadium Airport Station Bridge Port Square
  Palace Street Avenue Road Highway Dam Canal Market Hotel Prison Camp Base Airbase`
    .split(/\s+/)
    .concat(WEEKDAY_NAMES, MONTH_NAMES),
);

/** Lower-case particles inside surnames ("Ursula von der Leyen", "Luiz da Silva"). */
export const PARTICLES =
  "von|van|der|den|de|del|della|dela|delos|da|di|du|dos|das|los|las|bin|binti|bint|ben|ibn|al|el|la|le|ter|zu";

/** A particle opening a name part, alone or joined by a hyphen ("da", "al-Obaidi"). */
const PARTICLE_OPENING = new RegExp(`^(?:${PARTICLES})(?:-|$)`, "u");

/**
 * A word as it is written inside a name: a particle capitalised only because it opens a sentence
 * ("Al-Obaidi said", "Da Costa Belo said") is the lower-case particle of "Haider al-Obaidi".
 */
export function asInName(word: string): string {
  const lower = word.charAt(0).toLowerCase() + word.slice(1);
  return PARTICLE_OPENING.test(lower) ? lower : word;
}

/**
 * Is `part` a shorter run of consecutive words of `full` ("López Obrador" of "Andrés Manuel López
 * Obrador")? Its first word may be a particle capitalised at a sentence start ("Da Costa Belo").
 */
export function isNamePart(part: readonly string[], full: readonly string[]): boolean {
  if (part.length === 0 || part.length >= full.length) return false;
  for (let i = 0; i + part.length <= full.length; i++)
    if (part.every((w, j) => w === full[i + j] || (j === 0 && asInName(w) === full[i]))) return true;
  return false;
}

/**
 * A ship's name follows its type or hull prefix, and may look like a titled person ("the minehunter
 * Admiral Cowan", "the frigate Almirante Brown", "HMS Prince Albert"): text ending like this before a
 * name means the name is a vessel's.
 */
export const VESSEL_BEFORE =
  /(?:\b(?:ship|vessel|tanker|frigate|destroyer|corvette|cruiser|submarine|minehunter|minesweeper|icebreaker|carrier|patrol[\s\u00a0]+boat|patrol[\s\u00a0]+ship|cutter|trawler|freighter|ferry|yacht|warship|flagship|tugboat|tug|dredger|landing[\s\u00a0]+ship|gunboat|schooner|barge)[\s\u00a0]+|\b(?:HMS|USS|INS|HMAS|HMNZS|HMCS|EML|KRI|BRP|ARA|TCG|RFS|PNS|MV|MT|SS)[\s\u00a0]+)(?:\p{Lu}[\p{L}.-]*[\s\u00a0]+){0,2}$/u;
