// "accused the junta of bombing villages": a stance against a state's rulers named by a common noun
// ("the junta", "the regime", "the military government", "the generals in Naypyitaw") is against the
// state the article tied that noun to ("Myanmar’s military government", "the Malian junta"), or the
// state whose capital follows ("the government in Kabul").
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";

const RULERS = `junta|regime|military${WS}+government|military${WS}+rulers|generals|government|authorities`;
/** A statement opening with a definite rulers noun, maybe placed at a capital ("the generals in X"). */
const RULERS_OBJECT = new RegExp(
  `^[Tt]he${WS}+(${RULERS})(?:${WS}+in${WS}+(\\p{Lu}[\\p{L}-]+(?:${WS}+\\p{Lu}[\\p{L}-]+)?))?\\b`,
  "u",
);

/** The country whose capital is `name`. */
function capitalOf(doc: EntityDoc, name: string): string | undefined {
  for (const c of doc.knowledge.countries.values())
    if (c.capital === name) return `country:${c.iso2.toLowerCase()}`;
  return undefined;
}

const MILITARY_NOUNS = `junta|regime|military${WS}+government|military${WS}+rulers|generals`;
const MILITARY = new RegExp(`^(?:${MILITARY_NOUNS})$`, "iu");

/** The state last tied to the noun before `before`: "<State>’s <noun>" or "the <Demonym> <noun>". */
export function tiedState(doc: EntityDoc, noun: string, before: number): string | undefined {
  // The names of military rulers stand for each other ("Myanmar’s military government" … "the junta").
  const words = MILITARY.test(noun)
    ? MILITARY_NOUNS
    : noun
        .toLowerCase()
        .split(/[\s\u00a0]+/)
        .join(`${WS}+`);
  const re = new RegExp(`^(?:[’']s)?${WS}+(?:${words})\\b`, "iu");
  // The mention may already include the noun ("Myanmar’s military government" read as the state).
  const within = new RegExp(`${WS}(?:${words})$`, "iu");
  const tied = doc.mentions.filter(
    (m) =>
      m.end <= before &&
      m.actorId.startsWith("country:") &&
      (re.test(doc.body.slice(m.end, m.end + 30)) || within.test(doc.body.slice(m.start, m.end))),
  );
  return tied.pop()?.actorId;
}

/** Gives targetless stances against "the junta …" the state meant. Mutates statements. */
export function regimeReferences(doc: EntityDoc, statements: readonly FoundStatement[]): void {
  for (const st of statements) {
    if (!st.stance || st.targetIds.length > 0) continue;
    const m = RULERS_OBJECT.exec(st.text);
    if (!m?.[1]) continue;
    // "the government" alone is too often the speaker's own: only with a capital or a tie made before.
    const state = m[2] ? capitalOf(doc, m[2]) : tiedState(doc, m[1], st.at);
    if (!state || !doc.actors.has(state)) continue;
    st.targetIds = [state];
    if (!st.aboutIds.includes(state)) st.aboutIds = [...st.aboutIds, state];
  }
}
