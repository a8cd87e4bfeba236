// Background told in a relative clause: "Niger, which announced in January that it would leave the
// bloc, …", "the minister, who said last year that …". The speech act is an earlier one the story
// recalls about its antecedent, not speech of the present story, so it gives no statement.
import type { EntityDoc } from "../doc.ts";
import { MONTH_PATTERN, WS } from "../text/patterns.ts";

/** ", which|who (also|had|has) " right before the verb. */
const RELATIVE_OPENING = new RegExp(
  `,${WS}+(?:which|who)${WS}+(?:(?:also|had|has|have|previously|once|repeatedly|first)${WS}+){0,2}$`,
  "iu",
);
/**
 * A time that places the act before the story: "in January", "in 2023", "last year", "earlier this
 * year", "two years ago", "in March 2021", "months ago". "on Monday" or "this week" do not.
 */
const EARLIER_TIME = new RegExp(
  `^(?:${WS}+[\\p{Ll}’'-]+){0,3}?${WS}+(?:in${WS}+(?:early${WS}+|late${WS}+|mid-)?(?:${MONTH_PATTERN}|(?:19|20)\\d\\d\\b)|last${WS}+(?:year|month|spring|summer|autumn|winter|decade)\\b|earlier${WS}+this${WS}+(?:year|decade)\\b|(?:\\w+${WS}+)?(?:years?|months|decades?)${WS}+ago\\b|(?:since|back${WS}+in)${WS})`,
  "iu",
);

/** Is the statement's reporting verb, at `at`, in a relative clause telling an earlier act? */
export function isBackgroundRelative(doc: EntityDoc, at: number, verb: string): boolean {
  if (!RELATIVE_OPENING.test(doc.body.slice(Math.max(0, at - 40), at))) return false;
  if (!doc.body.startsWith(verb, at)) return false;
  return EARLIER_TIME.test(doc.body.slice(at + verb.length, at + verb.length + 60));
}
