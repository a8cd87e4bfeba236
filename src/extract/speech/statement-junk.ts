// Statements that are fragments of a sentence rather than something said: a preposition with a
// place or time ("in Geneva"), a pronoun with a modal ("it would"), a lone
// actor's name, a single word that condemns nothing, and the same words stored twice for one speaker.
import type { EntityDoc } from "../doc.ts";
import { FINITE_VERB } from "../text/patterns.ts";
import { phrasesRegex } from "../text/text.ts";
import type { Relation } from "../types.ts";
import type { FoundStatement } from "./statements.ts";

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu) ?? [];

const PREPOSITION = /^(?:in|at|on|for|from|to|with|over|since|until|during|after|before|by|near)$/;
const PRONOUN_MODAL =
  /^(?:it|they|he|she|we|this)[\s\u00a0]+(?:would|will|could|should|might|may|can|must|had|has|was|is)[\s\u00a0.,]*$/iu;

/** A clause: a finite verb, or a pronoun subject ("it seizes …"). */
const CLAUSE_SIGN = new RegExp(`\\b${FINITE_VERB}\\b|^(?:it|they|he|she|we)[\\s\\u00a0]`, "iu");
/**
 * Irregular past tenses that FINITE_VERB (shared) leaves out, after a subject word: "its air defences
 * shot down two drones" is a clause, not an object. Kept here so other stages' readings are untouched.
 */
const IRREGULAR_PAST =
  /(?<!\b(?:the|a|an|its|their|his|her|this|that|of|in|on|for|to|with|and))(?<=[\p{L}’'])[\s\u00a0]+(?:shot[\s\u00a0]+(?:down|dead)|struck|flew|sank|stole|threw|drew|wrote|spoke|fled|built|spent|sold|lost|bought|chose|drove|hid|shook|swept|swore|tore|beat|blew|dealt|dug|fed|found|got|heard|laid|lent|rang|slept|stuck|swung|taught|thought|understood|went|withdrew|overran|underwent|upheld|withheld|became|forbade|overtook|sped|hung|rode|woke|froze)[\s\u00a0]/u;
/** Complements that are what the guide counts without a clause: "X of …", "X to …", "X as …". */
const OBJECT_COMPLEMENT = /[\s\u00a0](?:of|to|as|for)[\s\u00a0]/u;
/** "X against …" after a warning. */
const WARNED_AGAINST = /[\s\u00a0]against[\s\u00a0]/u;
/** An infinitive clause ("to keep the border open"). */
const TO_INFINITIVE =
  /^to[\s\u00a0]+(?!(?:the|a|an|its|their|his|her|this|that|these|those|all|both)[\s\u00a0])\p{Ll}/u;
/** Appeals take a bare object as what they ask for ("called for talks", "demanded a withdrawal"). */
const APPEAL_VERB = /^(?:call|urg|demand|appeal|press)/i;

/**
 * "announced the exercises a day after …", "welcomed the agreement", "denied any involvement": a
 * reported act with a noun-phrase object only. The act may be an event or a relation; its object is
 * no statement. Criticism, accusations and threats keep theirs ("condemned Iran’s move"): the object
 * is what they are about.
 */
function isObjectOnly(doc: EntityDoc, st: FoundStatement): boolean {
  // The cheap tests first: the body searches below are needed only for a plain paraphrase.
  if (st.kind !== "paraphrase" || st.stance || APPEAL_VERB.test(st.verb)) return false;
  // "reaffirmed that the treaty covers …": what follows "that" is a clause.
  const textAt = doc.body.indexOf(st.text, st.at);
  const thatClause = textAt > st.at && /\bthat[\s\u00a0]*$/i.test(doc.body.slice(st.at, textAt));
  // "The helicopter flew in on Monday, the ministry said": a clause before its reporting verb is
  // what was said, whatever its verb (irregular pasts such as "flew" are no FINITE_VERB).
  const leadAt = doc.body.lastIndexOf(st.text, st.at);
  const leading = leadAt >= 0 && leadAt + st.text.length <= st.at && textAt < 0;
  return (
    !thatClause &&
    !leading &&
    !CLAUSE_SIGN.test(st.text) &&
    !IRREGULAR_PAST.test(st.text) &&
    // "vowed to keep the border open", "threatened to close it": a vow's or threat's infinitive is
    // what was said. (A promise or pledge "to join patrols" is an intended act, read as an event.)
    !(/^(?:vow|threat)/i.test(st.verb) && TO_INFINITIVE.test(st.text)) &&
    !OBJECT_COMPLEMENT.test(st.text) &&
    // "warned Kenya against closing the border": a warning's "against" carries what was said.
    !(/^warn/i.test(st.verb) && WARNED_AGAINST.test(st.text))
  );
}

const actorNameSets = new WeakMap<EntityDoc["actors"], Set<string>>();

/** The names of the article's actors, gathered once per article (not per statement). */
function actorNames(doc: EntityDoc): Set<string> {
  let names = actorNameSets.get(doc.actors);
  if (!names) {
    names = new Set([...doc.actors.values()].map((a) => a.name));
    actorNameSets.set(doc.actors, names);
  }
  return names;
}

/** The condition a source speaks on, not what it said. */
const ANONYMITY =
  /^(?:not[\s\u00a0]+to[\s\u00a0]+be[\s\u00a0]+(?:named|identified|quoted)(?:,?[\s\u00a0]+(?:because|as|since)[\s\u00a0][^“”"]*)?|(?:to[\s\u00a0]+)?(?:remain|stay)[\s\u00a0]+anonymous|anonymity)[\s\u00a0.,]*$/iu;
/** "X as its own territory", "X as part of its territory": the object of a territorial claim. */
const TERRITORIAL_CLAIM =
  /^(?:[\p{L}’'-]+[\s\u00a0]+){1,4}as[\s\u00a0]+(?:(?:its|their)[\s\u00a0]+(?:own|territory|sovereign)|part[\s\u00a0]+of)\b/iu;
/** A protest's object: "against …", "over …". */
const AGAINST_OBJECT = /^(?:against|over)[\s\u00a0]/iu;

/** Is the statement a fragment that says nothing on its own? */
function isFragment(doc: EntityDoc, st: FoundStatement): boolean {
  const w = words(st.text);
  if (w.length === 0) return true;
  // A quoted fragment may be all that is kept of its clause ("said X would respond “in due course”").
  if (
    st.kind === "paraphrase" &&
    w.length <= 4 &&
    PREPOSITION.test(w[0] ?? "") &&
    !TO_INFINITIVE.test(st.text)
  )
    return true;
  if (PRONOUN_MODAL.test(st.text.trim())) return true;
  // "a source said, asking not to be named", "declined to be identified": a condition of anonymity,
  // with its reason ("asked not to be named because he was not authorised to speak").
  if (ANONYMITY.test(st.text)) return true;
  // "China claims Taiwan as its own territory": a claim to land, not a claim that something is so.
  if (/^claim/i.test(st.verb) && TERRITORIAL_CLAIM.test(st.text)) return true;
  // "protested against the decision": the protest is an act (an event), "against …" no words said.
  if (st.kind === "paraphrase" && /^(?:protest|complain)/i.test(st.verb) && AGAINST_OBJECT.test(st.text))
    return true;
  const bare = st.text.replace(/^the[\s\u00a0]+/iu, "").replace(/[\s\u00a0.,;:!?]+$/u, "");
  if (actorNames(doc).has(bare)) return true;
  // One word is a statement only when it condemns or praises ("“reckless”"), which quotes do.
  return (
    w.length === 1 &&
    st.kind === "paraphrase" &&
    !phrasesRegex(doc.knowledge.criticismWords, "iu").test(st.text)
  );
}

/**
 * The statements worth keeping (no fragments, each speaker's words once), numbered again from 1,
 * and the relations with their statement references renumbered. Runs after relations are read, so
 * "X criticized Y" still relates X to Y though the bare "Y" is no statement.
 */
export function dropJunkStatements<S extends FoundStatement>(
  doc: EntityDoc,
  statements: readonly S[],
  relations: readonly Relation[],
): { statements: S[]; relations: Relation[] } {
  const seen = new Set<string>();
  const kept = statements.filter((st) => {
    if (isFragment(doc, st) || isObjectOnly(doc, st)) return false;
    const key = `${st.speakerId}\u0000${words(st.text).join(" ")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const ids = new Map(
    kept.map((st, n) => [st.id, st.id.replace(/\/statement\/\d+$/, `/statement/${n + 1}`)]),
  );
  return {
    statements: kept.map((st) => ({ ...st, id: ids.get(st.id) ?? st.id })),
    relations: relations.map((r) => ({
      ...r,
      statementIds: r.statementIds.flatMap((id) => {
        const renamed = ids.get(id);
        return renamed ? [renamed] : [];
      }),
    })),
  };
}
