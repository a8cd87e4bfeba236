// Statements: direct quotes with their speaker, reported speech ("X suggested that …",
// "according to X, …"), and accusations/criticism attributed to a state or organisation
// ("Chile’s decision was condemned by Peru, saying that …" → Peru criticizes Chile).
import type { EntityDoc } from "../doc.ts";
import { FINITE_VERB } from "../text/patterns.ts";
import { isBackgroundRelative } from "./background-relative.ts";
import { accordingToStatement, paraphraseStatement } from "./paraphrase-statements.ts";
import { quoteStatement } from "./quote-statements.ts";
import { type FoundStatement, sentenceScope, startRun } from "./statement-run.ts";

export type { FoundStatement } from "./statement-run.ts";

/** Rejecting, denying or defending (CAMEO 120, 016, 052): acts that can take a bare object. */
const REBUTTAL_CAMEO = new Set(["120", "016", "052"]);
/** A determiner and at most two words ("the report", "the exercise", "these allegations"). */
const BARE_NOUN_PHRASE = /^(?:the|these|those|this|that|its|their|such)[\s\u00a0]+\S+(?:[\s\u00a0]+\S+)?$/i;

/**
 * "X rejected the report.", "Y defended the exercise.": the act (an event or relation) says nothing
 * new; its object alone is no statement. The content, if any, follows in its own clause.
 */
function isBareRebuttal(st: FoundStatement): boolean {
  return st.kind === "paraphrase" && REBUTTAL_CAMEO.has(st.cameo) && BARE_NOUN_PHRASE.test(st.text.trim());
}

/** A finite verb, an opening "to <verb>" or a quotation in a reported text: it holds words said. */
const HOLDS_CLAUSE = new RegExp(
  // "the disputed island": an "-ed" word after a determiner is an adjective.
  `(?:^|[\\s\\u00a0])(?<!(?:the|a|an|its|their|his|her|of)[\\s\\u00a0])${FINITE_VERB}(?![\\p{L}])|^to[\\s\\u00a0]+\\p{Ll}|[“”"]`,
  "u",
);

/**
 * "The group claimed the attack", "Ruritania claims most of the island": a claim whose object is a
 * noun phrase (responsibility, possession) reports no words; "claimed the vote was rigged" does.
 */
function isClaimOfObject(st: FoundStatement): boolean {
  return st.kind === "paraphrase" && /^claim/i.test(st.verb) && !HOLDS_CLAUSE.test(st.text);
}

export function extractStatements(doc: EntityDoc, articleId: string): FoundStatement[] {
  const run = startRun(doc);
  for (const s of doc.sentences) {
    const scope = sentenceScope(run, s);
    // Quotes first: a reporting verb a quote uses is not read again as reported speech.
    for (const q of scope.quotes) quoteStatement(run, scope, q);
    for (const cue of scope.cues) paraphraseStatement(run, scope, cue);
    accordingToStatement(run, scope);
  }
  return run.found
    .filter(
      (st) => !isBareRebuttal(st) && !isClaimOfObject(st) && !isBackgroundRelative(run.doc, st.at, st.verb),
    )
    .sort((a, b) => a.at - b.at)
    .map((st, n) => ({ ...st, id: `${articleId}/statement/${n + 1}` }));
}
