// "The government said …", "The junta has accused …", "the authorities said", "the island nation’s
// government said", "the government in Lima said": a state's government
// named by a bare noun speaks for the state (guide: a country speaks for its government). Which state
// is the one in focus: a state named earlier in the same sentence, else the state of whoever spoke in
// the previous sentence of the paragraph, else the state that sentence opens with, else the state
// the story's lead opens with.
import type { ActorMention, EntityDoc } from "../doc.ts";
import { inQuote, mentionsIn } from "../doc.ts";
import type { Sentence } from "../types.ts";

const GOVERNMENT_SUBJECT =
  /(?:^|[”"][\s\u00a0]*|,[\s\u00a0]+)[Tt]he[\s\u00a0]+(?:(?:[\p{L}-]+[\s\u00a0]+){0,2}(?:nation|country|island|kingdom|archipelago|republic)[’']s[\s\u00a0]+)?(?:(?:military|transitional|interim|federal|national|central|ruling|new|civilian|military-led|army-backed)[\s\u00a0]+)?(government|junta|authorities|regime|administration|cabinet)[\s\u00a0]+(?:in[\s\u00a0]+(\p{Lu}[\p{L}-]*(?:[\s\u00a0]+\p{Lu}[\p{L}-]*)?)[\s\u00a0]+)?(?:(?:also|later|then|again|has|have|had|previously|repeatedly|on[\s\u00a0]+\p{Lu}\p{Ll}+day)[\s\u00a0]+){0,2}$/u;

/** The state an actor stands for: a country itself, or the country of a body or person. */
export function stateOfActor(doc: EntityDoc, id: string | undefined): string | undefined {
  const actor = id ? doc.actors.get(id) : undefined;
  const state = actor?.kind === "Country" ? actor.id : actor?.countryId;
  return state && doc.actors.has(state) ? state : undefined;
}

/** The first state named outside quotations between `from` and `to`. */
function firstState(doc: EntityDoc, from: number, to: number): string | undefined {
  for (const m of mentionsIn(doc, from, to)) {
    if (m.kind === "possessive" || inQuote(doc, m.start)) continue;
    const state = stateOfActor(doc, m.actorId);
    if (state) return state;
  }
  return undefined;
}

/** "In Kampala, the government said": a sentence-opening place frame right before the noun. */
const PLACE_FRAME =
  /^(?:In|From|Speaking[\s\u00a0]+in)[\s\u00a0]+(\p{Lu}[\p{L}-]*(?:[\s\u00a0]+\p{Lu}[\p{L}-]*)?),[\s\u00a0]*$/u;

/** The state whose capital or name a place frame opening the sentence names, if it is in the story. */
function framedState(doc: EntityDoc, s: Sentence, nounPhraseStart: number): string | undefined {
  const place = PLACE_FRAME.exec(doc.body.slice(s.start, nounPhraseStart + 1))?.[1];
  return place ? stateOfPlace(doc, place) : undefined;
}

/** The state in the story whose capital or name `place` is. */
function stateOfPlace(doc: EntityDoc, place: string): string | undefined {
  for (const c of doc.knowledge.countries.values()) {
    if (c.capital !== place && !c.names.includes(place)) continue;
    const id = `country:${c.iso2.toLowerCase()}`;
    return doc.actors.has(id) ? id : undefined;
  }
  return undefined;
}

/** The government noun right before the verb at `verbStart`, as a mention of the state in focus. */
export function governmentSubject(
  doc: EntityDoc,
  s: Sentence,
  verbStart: number,
  /** Who spoke in the previous sentence of the paragraph: its state comes before that sentence's first. */
  previousSpeaker?: string,
): ActorMention | undefined {
  const m = GOVERNMENT_SUBJECT.exec(doc.body.slice(s.start, verbStart));
  const noun = m?.[1];
  if (!m || !noun) return undefined;
  const at = s.start + m.index + m[0].indexOf(noun);
  const prev = doc.sentences[s.index - 1];
  const lead = doc.sentences[0];
  // "The government in Lima said": the capital names the state.
  const placed = m[2] ? stateOfPlace(doc, m[2]) : undefined;
  if (m[2] && !placed) return undefined;
  const state =
    placed ??
    firstState(doc, s.start, s.start + m.index) ??
    framedState(doc, s, s.start + m.index) ??
    stateOfActor(doc, previousSpeaker) ??
    (prev && prev.paragraph === s.paragraph ? firstState(doc, prev.start, prev.end) : undefined) ??
    (lead ? firstState(doc, lead.start, lead.end) : undefined);
  if (!state) return undefined;
  return { actorId: state, kind: "alias", start: at, end: at + noun.length, sentence: s.index, text: noun };
}
