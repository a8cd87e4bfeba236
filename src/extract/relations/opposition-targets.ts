// Domestic opposition against its own government: "Opposition legislator X criticised the government
// for …", "The opposition Free Party accused the government of …". "The government" is then the
// speaker's own state (test/corpus/README.md: from the speaker to the target), never the foreign
// party the dispute is with; the speaker's other stances told in the same sentence ("… and said it had
// wasted a year") answer the same government. With no state of its own in view, the misread targets
// are dropped.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { stateOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

/** The statement's object is the government itself ("the government of …", "the country’s government for …"). */
const THE_GOVERNMENT = new RegExp(
  `^(?:the${WS}+(?:country[’']s${WS}+|nation[’']s${WS}+)?)?government${WS}+(?:of|for|over)\\b`,
  "iu",
);
/** "opposition" in the speaker's role or right before the speaker in the sentence. */
const OPPOSITION = /\bopposition\b/iu;

/** The speaker's own state: the one their post belongs to, or the demonym their party's name opens with. */
function ownState(
  doc: EntityDoc,
  affiliations: readonly Affiliation[],
  speakerId: string,
): string | undefined {
  for (const a of affiliations)
    if (a.personId === speakerId) {
      const state = stateOf(doc, a.targetId);
      if (doc.actors.get(state)?.kind === "Country") return state;
    }
  const actor = doc.actors.get(speakerId);
  if (actor?.kind !== "Organization") return actor?.countryId;
  const first = actor.name.split(/\s+/u)[0] ?? "";
  for (const c of doc.knowledge.countries.values()) {
    const id = `country:${c.iso2.toLowerCase()}`;
    if (doc.actors.has(id) && c.demonyms.includes(first)) return id;
  }
  return undefined;
}

/** Whether the speaker is told as the opposition, by role or in the words before its mention. */
function inOpposition(doc: EntityDoc, affiliations: readonly Affiliation[], st: FoundStatement): boolean {
  if (affiliations.some((a) => a.personId === st.speakerId && OPPOSITION.test(a.role))) return true;
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  if (!sentence) return false;
  const mention = mentionsIn(doc, sentence.start, st.at).find((m) => m.actorId === st.speakerId);
  return mention !== undefined && OPPOSITION.test(doc.body.slice(sentence.start, mention.start));
}

const KIND = { criticize: "CRITICIZES", accuse: "ACCUSES", threaten: "THREATENS" } as const;

/**
 * Retargets the opposition's stances against "the government" to its own state, and adds them from the
 * speaker alone: a national party speaks for no government (stances.ts would read the state as its own
 * side). Mutates statements.
 */
export function oppositionTargets(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  affiliations: readonly Affiliation[],
  out: RelationSet,
): void {
  for (const st of statements) {
    if (!st.stance || !THE_GOVERNMENT.test(st.text) || !inOpposition(doc, affiliations, st)) continue;
    const state = ownState(doc, affiliations, st.speakerId);
    const sentence = st.evidence[0]?.sentence;
    const same = statements.filter(
      (o) => o.speakerId === st.speakerId && o.stance && o.evidence[0]?.sentence === sentence,
    );
    for (const o of same) {
      o.targetIds = state ? [state] : [];
      if (!state || !o.stance) continue;
      if (!o.aboutIds.includes(state)) o.aboutIds = [...o.aboutIds, state];
      out.add(KIND[o.stance], o.speakerId, state, { statementIds: [o.id], evidence: o.evidence });
    }
  }
}
