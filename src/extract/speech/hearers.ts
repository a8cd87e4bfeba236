// Who a speaker "told": the hearer family of wire copy. A hearer is never part of the reported clause
// ("told state television the closure was illegal" reports "the closure was illegal"), and a hearer
// followed only by circumstances ("…, X told Reuters by telephone.") leaves no clause at all.
import { WEEKDAY_PATTERN, WS } from "../text/patterns.ts";

const W = `${WS}+`;
/** Groups of people addressed: "reporters", "lawmakers", "the crowd", "foreign diplomats". */
const PEOPLE = `(?:(?:foreign|visiting|local|western|senior|fellow|\\p{Lu}\\p{Ll}+)${W})?(?:reporters|journalists|correspondents|the${W}press|lawmakers|legislators|parliament|parliamentarians|senators|deputies|diplomats|envoys|ambassadors|delegates|supporters|residents|troops|soldiers|students|investors|the${W}crowd|a${W}crowd|an${W}audience|the${W}audience|the${W}nation|the${W}(?:national${W})?assembly|the${W}(?:upper|lower)${W}house|the${W}cabinet|(?:a|the)${W}(?:(?:regular|weekly|daily|joint|televised|brief)${W}){0,2}(?:news${W}|press${W}|media${W})?(?:briefing|conference))`;
/** Outlets named by kind: "state television", "the state news agency", "a local radio station". */
const OUTLET_KIND = `(?:(?:the|a|an)${W})?(?:(?:state|state-run|state-owned|state-controlled|public|national|local|regional|private|independent|pro-government|official|government|government-run|online)${W}){0,2}(?:television|TV|radio|broadcaster|media|news${W}agency|wire${W}service|newspaper|daily|weekly|magazine|(?:radio|television|TV)${W}(?:station|channel)|news${W}(?:website|channel|outlet|portal))`;
/** A named hearer, maybe after its kind: "Reuters", "the BBC", "The Associated Press", "the daily Nation". */
const NAMED = `(?:(?:the|The)${W})?\\p{Lu}[\\p{L}.’'&-]*(?:${W}\\p{Lu}[\\p{L}.’'&-]*){0,3}`;
const HEARER_CORE = `(?:${PEOPLE}|${OUTLET_KIND}(?:${W}${NAMED})?|${NAMED})`;
/** Circumstances after a hearer: "by telephone", "in an interview", "on Monday", "late on Friday". */
const CIRCUMSTANCE = `(?:${W}(?:(?:speaking${W})?on${W}(?:the${W})?condition${W}of${W}anonymity|by${W}(?:tele)?phone|over${W}the${W}(?:tele)?phone|in${W}(?:a|an)${W}(?:[\\p{Ll}-]+${W}){0,2}(?:interview|briefing|statement|address|call|conference)|at${W}(?:a|an)${W}(?:[\\p{Ll}-]+${W}){0,2}(?:briefing|conference|rally|news${W}conference|press${W}conference)|(?:(?:late|early)${W})?on${W}${WEEKDAY_PATTERN}|on${W}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)${W}(?:morning|afternoon|evening|night)|in${W}\\p{Lu}\\p{Ll}+(?:${W}\\p{Lu}\\p{Ll}+)?|later|earlier|separately|again))*`;

/** What may open a reported clause right after the hearer (no "that"). */
const CLAUSE_OPENING = `(?:(?:the|a|an|its|their|his|her|it|they|he|she|we|there|this|these|those|no|some|all|both|none|only|any)\\b|\\p{Lu}|\\d)`;

/** "told" + hearer + circumstances + the opening of a reported clause. */
const HEARER_THEN_CLAUSE = new RegExp(
  `^${W}${HEARER_CORE}${CIRCUMSTANCE}(?=${W}(?!that${WS})${CLAUSE_OPENING})`,
  "u",
);
/** "told" + hearer + circumstances + "that" (the clause opens after it). */
const HEARER_THEN_THAT = new RegExp(`^${W}${HEARER_CORE}${CIRCUMSTANCE}${W}that(?=${W})`, "u");
/** "told" + hearer + circumstances, then the clause ends (a comma, a full stop, a quotation mark). */
const HEARER_THEN_END = new RegExp(`^${W}${HEARER_CORE}${CIRCUMSTANCE}(?=${WS}*(?:[,.;!?“”"]|$))`, "u");

/**
 * Where a "told" clause starts after a hearer: the offset after the hearer when a clause opening
 * follows it; `null` when the hearer and its circumstances end the clause; `undefined` otherwise.
 */
export function afterHearer(rest: string): number | null | undefined {
  const clause = HEARER_THEN_CLAUSE.exec(rest);
  if (clause) return clause[0].length;
  return HEARER_THEN_END.test(rest) ? null : undefined;
}

/**
 * "told a regular news conference in Lima on Monday that …": the offset of "that" closing a hearer
 * and its circumstances (too long for the plain "that" reader), else undefined.
 */
export function hearerBeforeThat(rest: string): number | undefined {
  const m = HEARER_THEN_THAT.exec(rest);
  return m ? m[0].length : undefined;
}

/** Length of "told"'s hearer and circumstances at the start of `rest` (0 when there is none). */
export function hearerLength(rest: string): number {
  return HEARER_THEN_END.exec(rest)?.[0].length ?? 0;
}
