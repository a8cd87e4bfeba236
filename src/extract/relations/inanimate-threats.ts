// "Uzbekistan said the closure threatened the railway project": a reported clause whose subject is a
// thing (a closure, a ban, the dispute), not a party, uses "threaten" for "endanger". Nobody in it
// threatens anybody, so the statement keeps its words but loses its stance (and targets) before any
// relation is read from it. A party as subject ("the ministry threatened", "Ruritania threatened",
// "it threatened") keeps the threat.
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";

/** A determiner-led subject of up to five words right before "threaten(s|ed)" or "endanger(s|ed)". */
const THING_THREATENS = new RegExp(
  `^(?:the|this|that|these|those|such|its|their|his|her|our|any|an?)${WS}+((?:[\\p{L}’'-]+${WS}+){0,4}?)` +
    `(?:(?:would|could|will|may|might|can)${WS}+(?:also${WS}+|further${WS}+|seriously${WS}+)?)?` +
    `(?:threaten(?:s|ed)?|endanger(?:s|ed)?|jeopardi[sz](?:es|ed))${WS}`,
  "iu",
);
/** Subject words that name a party (an acting body or people), never a thing. */
const PARTY_WORD =
  /\b(?:government|ministry|minister|junta|army|military|navy|regime|country|state|authorit(?:y|ies)|president|leader(?:ship)?|group|rebels?|militants?|fighters?|movement|side|administration|embassy|agency|forces?|troops|kingdom|republic|bloc|alliance|union|council|coalition|officials?|police|party|parties|guards?|neighbou?rs?|capital|cabinet|office|service|command|spokes\p{L}*|commander|chief|king|prime)\b/iu;

/** Whether a statement's clause says a thing, not a party, threatens or endangers something. */
export function isThingThreat(doc: EntityDoc, st: FoundStatement): boolean {
  const m = THING_THREATENS.exec(st.text);
  if (!m || PARTY_WORD.test(m[1] ?? "")) return false;
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  const start = sentence ? doc.body.indexOf(st.text, sentence.start) : -1;
  if (start < 0) return false;
  // A named actor inside the subject ("the Chinese coast guard") makes it a party.
  return !doc.mentions.some((x) => x.start >= start && x.end <= start + m[0].length);
}

/** Clears the threat of every statement whose subject is a thing. Mutates statements. */
export function dropThingThreats(doc: EntityDoc, statements: readonly FoundStatement[]): void {
  for (const st of statements) {
    if (st.stance !== "threaten" || !isThingThreat(doc, st)) continue;
    delete st.stance;
    st.targetIds = [];
  }
}
