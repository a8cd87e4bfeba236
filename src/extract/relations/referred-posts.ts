// Posts at a body the text names again only by a noun or a pronoun: "A spokesperson for the bloc, Ruth
// Banda, said …", "The agency’s representative in Asia, Ana Lind, said …", "X, the directorate’s
// director,", "The Guards’ navy commander, Rear Admiral X,", "Its spokesman, X, said …". The person is
// affiliated with the body the noun or pronoun refers to (test/corpus/README.md: the most specific body
// the text ties them to) instead of a state guessed from the reporting context; a spokesperson also
// speaks for it. "The bloc" is the latest bloc named before; another noun is the latest body whose name
// has that head word or is of that kind (speech/definite-body.ts); "its" is the body the sentence, or
// the sentence before, is about.
import { type ActorMention, type EntityDoc, inQuote, mentionsIn, sentenceOf } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";
import { bodyByHead } from "../speech/definite-body.ts";
import { WS } from "../text/patterns.ts";
import type { Sentence } from "../types.ts";
import { isBlocLike } from "./bloc-like.ts";

const BLOC = /^(?:bloc|alliance|grouping|union|community|organi[sz]ation)$/u;
/** The post: lower-case words, maybe with a place ("Terengganu director"), ending in a lower-case word. */
const ROLE = `((?:[\\p{L}-]+${WS}+){0,3}?(?:spokes(?:man|woman|person)|\\p{Ll}[\\p{Ll}-]*))`;
/** Where or for whom the post is held ("representative in Lebanon", "coordinator for the Pacific"). */
const ROLE_TAIL = `(?:${WS}+(?:for|in|at|to|on)${WS}+(?:the${WS}+)?[\\p{L}-]+(?:${WS}+\\p{Lu}[\\p{L}-]*){0,2})?`;
/** The body's noun with its possessive ("the agency’s", "the Guards’"). */
const NOUN_OWNER = `\\b[Tt]he${WS}+(\\p{L}+?)(?:[’']s|(?<=s)[’'])`;
/** "the general staff": lower-case words; the last is the body's head noun. */
const NOUN_PHRASE = `((?:\\p{Ll}+${WS}+){0,2}\\p{Ll}+)`;
/** A rank or honorific between the post and the name ("Rear Admiral", "Brig. Gen."). */
const RANK = `(?:\\p{Lu}[\\p{L}.-]*${WS}+){0,3}`;

interface Reference {
  /** The body's noun, or undefined for "its"/"their". */
  noun?: string;
  role: string;
  at: number;
}

/** "The agency’s director, ", "Its spokesman, ", "A spokesperson for the bloc, " right before a name. */
const BEFORE_NAME = [
  new RegExp(`${NOUN_OWNER}${WS}+${ROLE}${ROLE_TAIL},${WS}+${RANK}$`, "u"),
  new RegExp(`\\b(?:[Ii]ts|[Tt]heir)${WS}+${ROLE}${ROLE_TAIL},${WS}+${RANK}$`, "u"),
  new RegExp(
    `\\b(?:[Aa]n?|[Tt]he)${WS}+${ROLE}${WS}+(?:for|of)${WS}+the${WS}+${NOUN_PHRASE},?${WS}+${RANK}$`,
    "u",
  ),
];
/** ", the agency’s director", ", its spokesman", ", a spokesman for the bloc" right after a name. */
const AFTER_NAME = [
  new RegExp(`^,${WS}+the${WS}+(\\p{L}+?)(?:[’']s|(?<=s)[’'])${WS}+${ROLE}(?![\\p{L}-])`, "u"),
  new RegExp(`^,${WS}+its${WS}+${ROLE}(?![\\p{L}-])`, "u"),
  new RegExp(
    `^,${WS}+(?:an?|the)${WS}+${ROLE}${WS}+(?:for|of)${WS}+the${WS}+${NOUN_PHRASE}(?![\\p{L}-])`,
    "u",
  ),
];

/** Role words that are no post ("a critic of the bloc", "a member of the alliance"). */
const NO_POST =
  /\b(?:critic|opponent|member|observer|supporter|friend|enemy|fan|neighbou?r|partner|ally)s?\b/u;

const lastWord = (phrase: string) => phrase.split(/[\s\u00a0]+/u).pop() ?? phrase;

/** How the name at `m` is tied to a body by a noun or a pronoun, if it is. */
function referenceAt(doc: EntityDoc, m: ActorMention): Reference | undefined {
  const before = doc.body.slice(Math.max(0, m.start - 100), m.start);
  for (const [i, re] of BEFORE_NAME.entries()) {
    const hit = re.exec(before);
    if (!hit) continue;
    const at = m.start - hit[0].length;
    if (i === 0 && hit[1] && hit[2]) return { noun: hit[1], role: hit[2], at };
    if (i === 1 && hit[1]) return { role: hit[1], at };
    if (i === 2 && hit[1] && hit[2]) return { noun: lastWord(hit[2]), role: hit[1], at };
  }
  const after = doc.body.slice(m.end, m.end + 100);
  for (const [i, re] of AFTER_NAME.entries()) {
    const hit = re.exec(after);
    if (!hit) continue;
    if (i === 0 && hit[1] && hit[2]) return { noun: hit[1], role: hit[2], at: m.start };
    if (i === 1 && hit[1]) return { role: hit[1], at: m.start };
    if (i === 2 && hit[1] && hit[2]) return { noun: lastWord(hit[2]), role: hit[1], at: m.start };
  }
  return undefined;
}

const isBody = (doc: EntityDoc, m: ActorMention | undefined): m is ActorMention =>
  m !== undefined && doc.actors.get(m.actorId)?.kind === "Organization";

/**
 * What a sentence (up to `end`) is about: its first mention outside quotations, past a leading "In
 * <place>," frame; "Ruritania’s defence ministry" is the ministry, not the state.
 */
function subjectOf(doc: EntityDoc, s: Sentence, end: number): ActorMention | undefined {
  const frame = /^[\s\u00a0]*In[\s\u00a0]+[^,]{1,40},/u.exec(doc.body.slice(s.start, end))?.[0].length ?? 0;
  // "the Taliban-run ministry": a name inside a compound modifier is not what the sentence is about.
  const ms = mentionsIn(doc, s.start + frame, end).filter(
    (x) =>
      !inQuote(doc, x.start) &&
      doc.actors.get(x.actorId)?.kind !== "Person" &&
      !/^-\p{Ll}/u.test(doc.body.slice(x.end, x.end + 2)),
  );
  const [first, next] = ms;
  if (first?.kind === "possessive" && isBody(doc, next)) {
    const between = doc.body.slice(first.end, next.start);
    // "Ruritania’s Junta-run defence ministry": modifiers, maybe a hyphenated one, between the two.
    if (/^[\s\u00a0]+(?:(?:[\p{Ll}-]+|\p{Lu}\p{L}*-\p{Ll}+)[\s\u00a0]+){0,3}$/u.test(between)) return next;
  }
  return first;
}

/** What the text at `at` is about: the subject of its own sentence, else of one of the two before. */
function recentSubject(doc: EntityDoc, at: number): ActorMention | undefined {
  const i = sentenceOf(doc, at).index;
  for (let j = i; j >= Math.max(0, i - 2); j--) {
    const s = doc.sentences[j];
    const subject = s ? subjectOf(doc, s, j === i ? at : s.end) : undefined;
    if (subject) return subject;
  }
  return undefined;
}

/** The body a reference at `ref.at` names. */
function referredBody(doc: EntityDoc, ref: Reference): ActorMention | undefined {
  const subject = recentSubject(doc, ref.at);
  // "Its spokesman": the body the text is about ("Chile … Its foreign minister" is the state's, read before).
  if (!ref.noun) return isBody(doc, subject) ? subject : undefined;
  const noun = ref.noun.toLowerCase();
  if (BLOC.test(noun)) {
    const bloc = mentionsIn(doc, 0, ref.at)
      .filter((x) => isBlocLike(doc, x.actorId))
      .pop();
    if (bloc) return bloc;
  }
  // "the Guards’": the head word in the singular, as names have it ("Revolutionary Guard Corps").
  const head = /\p{Lu}/u.test(ref.noun) && /s$/u.test(ref.noun) ? ref.noun.slice(0, -1) : ref.noun;
  // The body the text is about, when the noun fits it, before any other body of that kind.
  if (
    isBody(doc, subject) &&
    (nameHas(doc, subject.actorId, head) || (AGENCY.test(noun) && agencyLike(doc, subject.actorId)))
  )
    return subject;
  const found = bodyByHead(doc, sentenceOf(doc, ref.at), head, ref.at);
  if (isBody(doc, found)) return found;
  // "the agency’s director" after "the World Food Programme": an international body not a bloc.
  if (!AGENCY.test(noun)) return undefined;
  return mentionsIn(doc, 0, ref.at)
    .filter((x) => isBody(doc, x) && !doc.actors.get(x.actorId)?.countryId && agencyLike(doc, x.actorId))
    .pop();
}

/** Nouns for a body of any name ("the agency", "the organisation"). */
const AGENCY = /^(?:agency|organi[sz]ation|body|programme|program)$/u;
/** Heads of the names of international agencies, which a bloc's name has not. */
const AGENCY_NAME =
  /\b(?:Organi[sz]ation|Programme|Program|Fund|Agency|Office|Authority|Service|Directorate|Bureau|Department|Administration|Inspectorate|Secretariat|Commissioner|Committee|Bank|Mission|Institute|Cent(?:re|er)|Red[\s\u00a0]+(?:Cross|Crescent))\b/u;
const nameHas = (doc: EntityDoc, id: string, word: string) => {
  const actor = doc.actors.get(id);
  const re = new RegExp(`\\b${word}\\b`, "iu");
  return !!actor && [actor.name, ...actor.aliases].some((n) => re.test(n));
};
const agencyLike = (doc: EntityDoc, id: string) => AGENCY_NAME.test(doc.actors.get(id)?.name ?? "");

/** The affiliations with posts at bodies named by a noun or pronoun added, replacing a guessed state. */
export function referredPosts(doc: EntityDoc, affiliations: readonly Affiliation[]): Affiliation[] {
  const out = [...affiliations];
  for (const m of doc.mentions) {
    if (doc.actors.get(m.actorId)?.kind !== "Person" || m.kind !== "name") continue;
    const ref = referenceAt(doc, m);
    if (!ref || NO_POST.test(ref.role)) continue;
    const body = referredBody(doc, ref);
    if (!body) continue;
    const own = out.filter((a) => a.personId === m.actorId);
    if (own.some((a) => a.targetId === body.actorId)) continue;
    // A state guessed for the post gives way, and so does a body read from the same phrase ("the
    // Guards’ navy commander" is no post in a navy); a body the text names elsewhere stays.
    const start = Math.min(ref.at, m.start);
    const same = (a: Affiliation) => a.targetId.startsWith("country:") || a.span.start >= start - 1;
    if (!own.every(same)) continue;
    for (const a of own) out.splice(out.indexOf(a), 1);
    out.push({
      personId: m.actorId,
      targetId: body.actorId,
      role: ref.role.trim(),
      speaksFor: /^spokes/u.test(ref.role.trim().split(/\s+/u).pop() ?? ""),
      span: { start, end: m.end },
    });
  }
  return out;
}
