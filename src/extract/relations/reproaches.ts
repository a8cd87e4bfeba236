// Reproaches that are criticism only in a dispute (implicit-stances.ts reads them against the
// speaker side's adversary): the other side is told it breaks rules ("the toll breaches the treaty",
// "runs against the spirit of the accord", "imposed without consultation"), behaves badly ("behaves as if the law stops at its
// shores", "cannot behave like a burglar", "has shown no good faith"), owes something ("owes their
// families an answer"), accuses without proof ("has produced no evidence") or treats the speaker's
// country as a field for its agents ("is not a playground for foreign spies"), or that its act
// "distorts" a market, acted without consulting the speaker's side ("had never consulted Lima") or
// threatens the peace or livelihoods of others.
import { WS } from "../text/patterns.ts";

const W = WS;

const REPROACH_FULL = new RegExp(
  [
    `\\b(?:breach(?:es|ed|ing)|flout(?:s|ed|ing)|in${W}+breach${W}+of)\\b`,
    `\\b(?:runs?|ran|running|goes|went|going)${W}+(?:counter${W}+to|against${W}+the${W}+(?:spirit|letter|commitments?|promises?|principles?))\\b`,
    `\\bagainst${W}+the${W}+spirit${W}+of\\b`,
    `\\bwithout${W}+(?:any${W}+)?(?:prior${W}+)?consultation\\b`,
    `\\b(?:behaves?|behaved|behaving|acts?|acted|acting)${W}+(?:as${W}+if|as${W}+though|like${W}+an?${W}+(?:burglar|thief|bully|gangster|pirate|occupier|colonial))\\b`,
    `\\b(?:cannot|can${W}*not|can[’']t)${W}+(?:behave${W}+like|call${W}+(?:itself|himself|herself|themselves)${W}+an?)\\b`,
    `\\b(?:show(?:s|ed|n)?|act(?:s|ed)?${W}+in)${W}+(?:no${W}+good|bad)${W}+faith\\b`,
    `\\bowes?${W}+(?:[\\p{L}’']+${W}+){0,3}an?${W}+(?:answer|apology|explanation)\\b`,
    `\\b(?:produced|provided|presented|offered|shown|given|has|have)${W}+no${W}+(?:evidence|proof)\\b`,
    `\\bnot${W}+(?:be${W}+)?a${W}+playground\\b`,
    `\\bdistort(?:s|ing)\\b`,
    `\\b(?:not|never|neither)${W}+(?:(?:been|properly|even|once|formally)${W}+){0,2}(?:consulted|notified)\\b`,
    `\\bthreaten(?:s|ed|ing)?${W}+the${W}+(?:peace|security|stability|safety|livelihoods?)${W}+of\\b`,
  ].join("|"),
  "iu",
);

/** Stems every reproach holds: a quick test that spares most statements the full pattern. */
const STEMS =
  /breach|flout|against|counter|consult|notified|threaten|behav|act|can|faith|owe|evidence|proof|playground|distort/iu;

/** Whether the text holds a reproach. */
export const REPROACH = { test: (text: string): boolean => STEMS.test(text) && REPROACH_FULL.test(text) };
