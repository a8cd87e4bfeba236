// The state a titled official named without one belongs to, read from the discourse when the role
// phrase and the reporting verbs say nothing: where the official speaks ("In Lomé, government
// spokesman X said", "Trade Minister X told reporters in Accra") and which state the text is about
// just before ("Chile’s interior ministry said … . Interior Minister X added"). Wire copy moves from
// one side to the other by paragraph; the story's home state is only the last resort (people.ts).

import type { Knowledge } from "../knowledge/knowledge.ts";
import { sentenceAt } from "../text/sentences.ts";
import type { Sentence, Span } from "../types.ts";
import { type Candidate, placeCountry } from "./gazetteer.ts";

/** One to three capitalised words of a place ("Port Moresby", "Port of Spain"). */
const PLACE = "(\\p{Lu}[\\p{L}’'-]*(?:[\\s\\u00a0]+(?:of[\\s\\u00a0]+)?\\p{Lu}[\\p{L}’'-]*){0,2})";
/** "In Lomé, …" opening the sentence. */
const OPENING_PLACE = new RegExp(`^[\\s\\u00a0]*In[\\s\\u00a0]+${PLACE},`, "u");
/** "… said in Accra", "… told a news conference in Quito", "speaking in Lima". */
const SPOKEN_IN = new RegExp(
  `\\b(?:said|says|told|tells|speaking|spoke|announced|added|warned)\\b[^.;:“”"]{0,50}?[\\s\\u00a0]in[\\s\\u00a0]+${PLACE}`,
  "u",
);

/** The state whose capital (or seat, or name) `place` or its leading words are. */
function capitalState(k: Knowledge, place: string): string | undefined {
  const words = place.split(/[\s\u00a0]+/u);
  for (let n = words.length; n > 0; n--) {
    const iso = placeCountry(k, words.slice(0, n).join(" "));
    if (iso) return `country:${iso.toLowerCase()}`;
  }
  return undefined;
}

/**
 * Where the official at `name` speaks: a capital opening their sentence ("In Lomé, …") or one their
 * own reporting verb names ("X told reporters in Accra"), before any later clause of the sentence.
 */
export function speakingPlace(
  body: string,
  k: Knowledge,
  sentences: readonly Sentence[],
  name: Span,
): string | undefined {
  const s = sentences[sentenceAt(sentences, name.start)];
  if (!s) return undefined;
  const opening = OPENING_PLACE.exec(body.slice(s.start, name.start));
  if (opening?.[1]) return capitalState(k, opening[1]);
  const spoken = SPOKEN_IN.exec(body.slice(name.end, Math.min(s.end, name.end + 120)));
  return spoken?.[1] ? capitalState(k, spoken[1]) : undefined;
}

/**
 * Frames before a sentence's subject ("In Kabul, ", "On Tuesday, ", "Hours later, "). A sentence
 * opening with a quotation has no subject there: the quoted words are someone's, not the narrator's.
 */
const FRAME =
  /^[\s\u00a0]*(?:(?:In|On|At|Later|Earlier|Meanwhile|Separately|Hours[\s\u00a0]+later)\b[^,.;“”"]{0,30},[\s\u00a0]+)?/u;

/** Nouns after a demonym that make it the state acting ("Ruritanian officials", "the Ruritanian side"). */
const STATE_NOUN =
  /^[\s\u00a0]+(?:government|officials?|authorities|leaders?|side|delegation|president|prime[\s\u00a0]+minister|foreign|state)\b/u;

/** The state a sentence is about: the country or national body opening it, before `end`. */
function sentenceState(
  body: string,
  s: Sentence,
  candidates: readonly Candidate[],
  end: number,
): string | undefined {
  const from = s.start + (FRAME.exec(body.slice(s.start, end))?.[0].length ?? 0);
  const first = candidates.find((c) => c.start >= from && c.end <= end);
  if (!first || !/^(?:[Tt]he[\s\u00a0]+)?$/u.test(body.slice(from, first.start))) return undefined;
  // "The Ruritanian boat had entered …": a demonym before a thing is no state acting.
  if (first.kind === "demonym" && !STATE_NOUN.test(body.slice(first.end, first.end + 30))) return undefined;
  if (first.actorId.startsWith("country:")) return first.actorId;
  const iso = /^org:([a-z]{2}):/.exec(first.actorId)?.[1];
  return iso ? `country:${iso}` : undefined;
}

/**
 * The state the text is about just before the role phrase at `at`: the one opening the same
 * sentence, else the nearest of the two sentences before that opens with a country or national body.
 */
export function recentState(
  body: string,
  candidates: readonly Candidate[],
  sentences: readonly Sentence[],
  at: number,
): string | undefined {
  const i = sentenceAt(sentences, at);
  for (let j = i; j >= Math.max(0, i - 2); j--) {
    const s = sentences[j];
    const state = s ? sentenceState(body, s, candidates, j === i ? at : s.end) : undefined;
    if (state) return state;
  }
  return undefined;
}
