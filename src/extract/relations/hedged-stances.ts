// A stance verb that is negated, conditional, only expected or withheld states no stance: "did not
// criticise", "has never accused", "could threaten", "would condemn … if", "is expected to condemn",
// "stopped short of condemning", "denied that it had accused". Such statements keep their words but
// lose their stance before any relation is read from them.
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";

const ADVERB = String.raw`(?:(?:also|still|yet|even|publicly|openly|formally|explicitly|directly|ever)\s+)?`;
/** What before a stance verb takes the stance back. */
const HEDGE_BEFORE = new RegExp(
  String.raw`\b(?:not|never|n[’']t|no\s+longer|` +
    "(?:would|could|may|might|should|can|must)|" +
    "(?:expected|likely|unlikely|set|poised|due|plans?|planned|planning|wants?|wanted|hopes?|hoped|" +
    String.raw`seeks?|sought|refused|refuses|declined|declines|reluctant|ready|prepared|willing|asked|urged|pressed)\s+to|` +
    String.raw`stopped\s+short\s+of|(?:refrained|refrains|avoided|avoids)(?:\s+from)?|instead\s+of|rather\s+than|without)` +
    String.raw`\s+${ADVERB}$`,
  "iu",
);
/** The speaker denies the stance the clause reports ("denied that it had accused …", "denies accusing"). */
const DENIAL_AT = /^(?:denied|denies|deny|denying)\b/iu;
const STANCE_WORD = /\b(?:accus|critici[sz]|condemn|threaten|denounc|blam)/iu;
/** A stance verb at the statement's offset (a quotation's offset is no verb to hedge). */
const STANCE_VERB_AT =
  /^(?:accus|critici[sz]|condemn|threaten|denounc|blam|slam|lambast|rebuk|decr|protest|complain|alleg|suspect)/iu;

/** "threatened to join/help/back X": an act taken with the party, no threat against it. */
const THREAT_WITH =
  /^(?:threatened|threatens|threatening|threaten)[\s\u00a0]+to[\s\u00a0]+(?:join|help|back|support|assist|follow|side)\b/iu;

/** Whether the stance of a statement read at its verb is taken back by the words around the verb. */
export function isHedged(doc: EntityDoc, st: FoundStatement): boolean {
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  if (!sentence || st.at < sentence.start || st.at >= sentence.end) return false;
  if (THREAT_WITH.test(doc.body.slice(st.at, st.at + 40))) return true;
  if (DENIAL_AT.test(doc.body.slice(st.at, st.at + 10)) && STANCE_WORD.test(st.text)) return true;
  if (!STANCE_VERB_AT.test(doc.body.slice(st.at, st.at + 12))) return false;
  return HEDGE_BEFORE.test(doc.body.slice(Math.max(sentence.start, st.at - 60), st.at));
}

/** Clears the stance (and so the targets) of every hedged statement. Mutates statements. */
export function dropHedgedStances(doc: EntityDoc, statements: readonly FoundStatement[]): void {
  for (const st of statements) {
    if (!st.stance || !isHedged(doc, st)) continue;
    delete st.stance;
    st.targetIds = [];
  }
}
