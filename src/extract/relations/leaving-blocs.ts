// MEMBER_OF from a stated intention to leave a bloc: "Mali will leave ECOWAS", "Guinea’s decision to
// quit the bloc", "the three Sahel states have said they will leave ECOWAS". Only a state that is
// still a member can leave, so a planned or threatened exit states membership (test/corpus/README.md:
// "only where the text says so"). A past exit ("left", "withdrew") is not read: it ended membership.
import { type ActorMention, type EntityDoc, evidence, inQuote, mentionsIn, sentenceOf } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { listFrom } from "./actor-lists.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

/** A modal or "to" and an exit verb in its base form, then the bloc ("would leave the bloc"). */
const LEAVE = new RegExp(
  `\\b(?:will|would|shall|could|might|may|must|to|’ll|'ll)${WS}+(?:(?:not|also|soon|eventually|formally|now|then)${WS}+)*` +
    `(?:leave|quit|exit|withdraw${WS}+from|pull${WS}+out${WS}+of|walk${WS}+out${WS}+of)${WS}+(?:the${WS}+)?`,
  "giu",
);

/** A subject that names no one: the state is the statement's speaker or the sentence's subject. */
const ANAPHOR = new RegExp(
  `(?:^|\\b)(?:it|they|we|(?:the|his|her|its|our|their)${WS}+(?:country|countries|government|junta|regime|military${WS}+government))` +
    `(?:${WS}+(?:said|says|has${WS}+said|had${WS}+said|have${WS}+said|announced|warned|insisted))?${WS}*$`,
  "iu",
);

/** "the three Sahel states": a counted group of states named together earlier. */
const COUNTED = new RegExp(
  `\\bthe${WS}+(two|three|four|five|six)${WS}+(?:[\\p{L}-]+${WS}+)?(?:states|countries|nations|governments|juntas|neighbou?rs)\\b`,
  "iu",
);
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

const isBloc = (doc: EntityDoc, id: string) =>
  id.startsWith("org:") && /intergovernmental|alliance/.test(doc.actors.get(id)?.orgType ?? "");

/** The state an actor stands for: a country, or the country of a national body. */
function stateOf(doc: EntityDoc, id: string): string | undefined {
  const actor = doc.actors.get(id);
  if (actor?.kind === "Country") return id;
  return actor?.kind === "Organization" && actor.countryId ? actor.countryId : undefined;
}

/** The last list of exactly `n` distinct states that ends before `before`. */
function lastGroup(doc: EntityDoc, n: number, before: number): ActorMention[] {
  let found: ActorMention[] = [];
  for (const m of doc.mentions) {
    if (m.start >= before) break;
    if (!m.actorId.startsWith("country:")) continue;
    const list = listFrom(doc, m.start, before).filter((x) => x.actorId.startsWith("country:"));
    if (list.length === n && new Set(list.map((x) => x.actorId)).size === n) found = list;
  }
  return found;
}

/** The state of the statement that holds `at`, by its speaker's side. */
function speakerState(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  at: number,
): string | undefined {
  for (const st of statements) {
    const start = startOf(doc, st);
    if (start === undefined || at < start || at > start + st.text.length) continue;
    return stateOf(doc, sideOf(doc, voiceOf, st.speakerId));
  }
  return undefined;
}

/** Who is leaving: a counted group, an anaphor's referent, else the nearest state before the verb. */
function leavers(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  at: number,
): string[] {
  const sentence = sentenceOf(doc, at);
  const before = doc.body.slice(sentence.start, at);
  const counted = COUNTED.exec(before);
  if (counted) {
    const group = lastGroup(
      doc,
      NUMBERS[counted[1]?.toLowerCase() ?? ""] ?? 0,
      sentence.start + counted.index,
    );
    return group.map((m) => m.actorId);
  }
  const outside = mentionsIn(doc, sentence.start, at).filter((m) => !inQuote(doc, m.start));
  if (ANAPHOR.test(before)) {
    const own = speakerState(doc, statements, voiceOf, at);
    const first = outside.map((m) => stateOf(doc, m.actorId)).find((s) => s !== undefined);
    const state = own ?? first;
    return state ? [state] : [];
  }
  const nearest = outside.reverse().find((m) => doc.actors.get(m.actorId)?.kind !== "Person");
  const state = nearest ? stateOf(doc, nearest.actorId) : undefined;
  return state ? [state] : [];
}

export function leavingBlocs(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  out: RelationSet,
): void {
  for (const m of execAll(LEAVE, doc.body)) {
    const end = (m.index ?? 0) + m[0].length;
    const bloc = doc.mentions.find((x) => x.start === end && isBloc(doc, x.actorId));
    if (!bloc) continue;
    const ev = [evidence(doc, m.index ?? 0, bloc.end)];
    for (const state of leavers(doc, statements, voiceOf, m.index ?? 0))
      out.add("MEMBER_OF", state, bloc.actorId, { evidence: ev });
  }
}
