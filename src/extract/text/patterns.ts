// Regex fragments and word lists shared by the extractors, so that "whitespace", "a month" or "a
// weekday" means the same thing everywhere. News copy puts no-break spaces and line breaks between
// words, so a space in a pattern is always one of these, never a literal " ".

/** One whitespace character, no-break space included. */
export const WS = "[\\s\\u00a0]";
/** A run of whitespace, no-break spaces included. */
export const WS_RUN = `${WS}+`;

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Sunday first, as `Date.getUTCDay()` counts. */
export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** A month name or its dotted abbreviation ("Jan.", "Sept."), as one capturing group. */
// Abbreviations without a full stop only before a day number ("Dec 30"), never alone ("Mar del Plata").
export const MONTH_PATTERN = `(${MONTH_NAMES.join("|")}|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=[\\s\\u00a0]+\\d{1,2}\\b))`;

/** A weekday name, as one capturing group. */
export const WEEKDAY_PATTERN = `(${WEEKDAY_NAMES.join("|")})`;

/**
 * Finite verbs and auxiliaries that show a clause (not a bare noun phrase): be/have/do forms,
 * modals, common irregular past forms and any "-ed" word. No capture group.
 */
export const FINITE_VERB =
  "(?:had|has|have|was|were|is|are|would|will|could|should|may|might|must|can|did|does|remained|remains|" +
  "broke|made|took|gave|came|began|held|kept|left|met|paid|sent|set|told|won|saw|meant|stood|brought|fought|" +
  "caught|sought|led|fell|rose|grew|knew|ran|put|hit|showed|\\p{Ll}+ed)";

// Entities stage (round 11, part two).
/**
 * One hyphenated modifier of control or make-up before a state body: "Taliban-run", "junta-led",
 * "military-controlled", "three-member", "army-appointed". No capture group; no surrounding blanks.
 */
export const CONTROL_MODIFIER =
  "(?:\\p{L}[\\p{L}.]*|\\d+)-(?:run|led|controlled|dominated|appointed|installed|member|strong)";
