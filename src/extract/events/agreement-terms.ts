// Acts an agreement or plan only provides for: "a pact that provides for joint patrols, intelligence
// sharing and the handover of suspects", "an accord allowing for joint exercises", "the plan, which
// envisages talks among all parties". The terms are what the text undertakes; the signing is the act,
// and a term becomes an event only where the article tells it as planned or done on its own.
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

/** "provides for", "allowing for", "envisages", "sets out": a text's verb of stipulating. */
const STIPULATES = new RegExp(
  `\\b(?:provid(?:e|es|ed|ing)${WS}+for|allow(?:s|ed|ing)?${WS}+for|envisag(?:e|es|ed|ing)|envision(?:s|ed|ing)?|foresee(?:s|ing)?|foresaw|set(?:s|ting)?${WS}+out|lay(?:s|ing)?${WS}+out|laid${WS}+out)${WS}+`,
  "giu",
);

/** A clause break or a verb of its own ends the list of terms. */
const LIST_END = /[;:“”"]|\b(?:said|says|will|would|has|have|had|was|were|is|are|which|who|but)\b/iu;

/** Is the trigger one of the acts a text provides for, in the list right after the stipulating verb? */
export function stipulatedTerm(doc: EntityDoc, t: Trigger): boolean {
  if (t.intent || t.via === "named") return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 120), t.start);
  const last = [...before.matchAll(STIPULATES)].pop();
  if (!last) return false;
  const list = before.slice((last.index ?? 0) + last[0].length);
  return !LIST_END.test(list);
}
