// Unnamed sources. An unnamed official of a named body speaks for that body ("an official at the
// Ruritanian embassy said", "a senior Ruritanian military official said", "a ministry spokesman,
// speaking on condition of anonymity, said"); one with only a nationality speaks for that state
// ("a senior Ruritanian official said"; the guide's "officials" stand for their country). Also "The
// broadcaster quoted an unnamed official as saying …" with the outlet named only by a definite noun:
// the official speaks for the state of the outlet the noun refers back to. (An outlet named in the
// sentence itself is handled by speakers.ts, unnamedSourceState.)
import { type ActorMention, type EntityDoc, mentionsIn } from "../doc.ts";
import type { Sentence } from "../types.ts";
import { bodyByHead } from "./definite-body.ts";
import { stateOfActor } from "./government-subject.ts";

/** "the <head> quoted|cited an unnamed official as " right before "saying". */
const UNNAMED_AS =
  /\b[Tt]he[\s\u00a0]+(\p{Ll}+)[\s\u00a0]+(?:quoted|cited)[\s\u00a0]+(?:an?[\s\u00a0]+|two[\s\u00a0]+|several[\s\u00a0]+)?(?:(?:unnamed|unidentified|anonymous|senior|government|security|military)[\s\u00a0]+){1,2}(?:official|officials|source|sources|officer|officers)[\s\u00a0]+as[\s\u00a0]+$/u;

export function unnamedOfficialSpeaker(
  doc: EntityDoc,
  s: Sentence,
  verbStart: number,
): ActorMention | undefined {
  const m = UNNAMED_AS.exec(doc.body.slice(s.start, verbStart));
  const head = m?.[1];
  if (!m || !head) return undefined;
  const at = s.start + m.index + m[0].indexOf(head);
  const outlet = bodyByHead(doc, s, head, at);
  const state = outlet && doc.actors.get(outlet.actorId)?.countryId;
  return outlet && state && doc.actors.has(state) ? { ...outlet, actorId: state } : undefined;
}

/**
 * An unnamed source as the subject right before the verb, opening the sentence or closing the clause
 * (", a … official said"): a count word, maybe a rank, up to three words naming its nationality or
 * body (group 1), the noun, maybe "at|of|from|with|for|in" and the body it serves (group 2), maybe an
 * aside (", who declined to be named,", ", speaking on condition of anonymity,").
 */
const UNNAMED_SUBJECT =
  /(?:^|[,;—–][\s\u00a0]+|\b(?:and|but)[\s\u00a0]+)((?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)[\s\u00a0]+(?:(?:senior|junior|top|high-ranking|local|mid-level)[\s\u00a0]+)?((?:[\p{L}’'-]+[\s\u00a0]+){0,3})(?:officials?|officers?|sources?|diplomats?|spokes(?:man|woman|person)|representatives?)(?:[\s\u00a0]+(?:at|of|from|with|for|in)[\s\u00a0]+([^,;“”"]{2,80}?))?(?:,[^,;“”"]*,)?)[\s\u00a0]+(?:(?:also|later|privately)[\s\u00a0]+)?$/u;

/** The lower-case head noun of a body ("ministry", "embassy") as the last word of the words before the noun. */
const BODY_HEAD =
  /(?:^|[\s\u00a0])(ministry|embassy|army|navy|police|agency|service|office|secretariat|mission|commission)[\s\u00a0]+$/u;

/**
 * Who an unnamed source right before the verb speaks for: the body named in its phrase (a mention,
 * else a body named earlier under its head noun), else the state of its nationality word. None for a
 * named official ("A Ruritanian military official, Colonel X, said") or a source of no side.
 */
export function unnamedOfficialSubject(
  doc: EntityDoc,
  s: Sentence,
  before: string,
): ActorMention | undefined {
  // A plain substring test first: most clauses name no unnamed source and skip the regex scan.
  if (!/officer|official|source|diplomat|spokes|representative/.test(before)) return undefined;
  const m = UNNAMED_SUBJECT.exec(before);
  const [, phrase = "", words = "", served] = m ?? [];
  if (!m) return undefined;
  const from = s.start + m.index + m[0].indexOf(phrase);
  const found = mentionsIn(doc, from, from + phrase.length);
  if (found.some((x) => x.actorId.startsWith("person:") && x.kind !== "pronoun")) return undefined;
  const named = found.filter((x) => x.kind !== "pronoun" && x.kind !== "possessive");
  // The whole phrase is the subject: a closing attribution reads the clause before its comma.
  const asSubject = (x: ActorMention, actorId = x.actorId): ActorMention => ({
    ...x,
    actorId,
    start: from,
    end: from + phrase.length,
    text: phrase,
  });
  const body = named.find((x) => doc.actors.get(x.actorId)?.kind === "Organization");
  if (body) return asSubject(body);
  const head = BODY_HEAD.exec(words)?.[1];
  const wordsEnd = from + phrase.indexOf(words) + words.length;
  const byHead = head ? bodyByHead(doc, s, head, wordsEnd - head.length - 1) : undefined;
  if (byHead || served !== undefined) return byHead && asSubject(byHead);
  const nationality = named.find((x) => x.start < wordsEnd);
  const state = stateOfActor(doc, nationality?.actorId);
  return nationality && state ? asSubject(nationality, state) : undefined;
}
