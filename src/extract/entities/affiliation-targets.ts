// Where a role phrase that names no body or state of its own points: a body word inside it ("a
// ministry spokesman"), an earlier unnamed holder of the same post ("Osterlich’s ambassador … Ambassador
// X"), the story's home state, and the most specific body of that state the story names ("Foreign
// Minister X" → the foreign ministry when it appears).

import type { Knowledge, RoleInfo } from "../knowledge/knowledge.ts";
import { execAll } from "../text/text.ts";
import type { Span } from "../types.ts";
import type { Candidate } from "./gazetteer.ts";
import { findRole } from "./role-phrases.ts";

const NATIONAL = /^org:([a-z]{2}):(.+)$/;

/** Body words a post may be written with instead of the body's name, and the ids they stand for. */
const BODY_WORDS: [RegExp, RegExp][] = [
  [/(?<![\p{L}])ministry(?![\p{L}])/iu, /^org:[a-z]{2}:ministry-/],
  [/(?<![\p{L}])embassy(?![\p{L}])/iu, /^org:[a-z]{2}:embassy$/],
];

/**
 * "a ministry spokesman", "ministry spokesman Rear Admiral X": a body word inside the role phrase or
 * right before it, with no body named there, is the latest such body named before.
 */
export function bodyWordOwner(
  body: string,
  phrase: Span,
  candidates: readonly Candidate[],
): string | undefined {
  const text = body.slice(Math.max(0, phrase.start - 12), phrase.end);
  for (const [word, id] of BODY_WORDS) {
    if (!word.test(text)) continue;
    const latest = candidates.filter((c) => c.end <= phrase.start && id.test(c.actorId)).pop();
    if (latest) return latest.actorId;
  }
  return undefined;
}

/** Nouns for a bloc or alliance in "the bloc’s secretary-general". */
const BLOC_NOUN = "bloc|alliance|group|grouping|union|council|commission|organi[sz]ation";
const BLOC_POSSESSIVE = new RegExp(`\\b[Tt]he[\\s\\u00a0]+(?:${BLOC_NOUN})[’']s[\\s\\u00a0]+`, "gu");

/**
 * "Osterlich’s ambassador … Ambassador X", "the bloc’s secretary-general said … Secretary-General X":
 * an earlier holder of the same post named without a name is the same person; the post's owner is
 * the owner of that mention (a country, or the latest international body for "the bloc").
 */
export function earlierUnnamedHolder(
  body: string,
  role: RoleInfo,
  phrase: Span,
  candidates: readonly Candidate[],
): string | undefined {
  const before = body.slice(0, phrase.start);
  for (const c of candidates) {
    if (c.end > phrase.start || !c.actorId.startsWith("country:")) continue;
    const gap = /^[\s\u00a0]+/.exec(before.slice(c.end, c.end + 4))?.[0].length;
    if (gap && unnamedTitle(before, c.end + gap, role.title)) return c.actorId;
  }
  let owner: number | undefined;
  for (const m of execAll(BLOC_POSSESSIVE, before))
    if (unnamedTitle(before, (m.index ?? 0) + m[0].length, role.title)) owner = m.index;
  if (owner === undefined) return undefined;
  const at = owner;
  return candidates.filter((c) => c.end <= at && /^org:[a-z-]+$/.test(c.actorId)).pop()?.actorId;
}

/** The post's title at `at`, in any case, not followed by a name ("ambassador on Thursday"). */
function unnamedTitle(text: string, at: number, title: string): boolean {
  const rest = text.slice(at, at + title.length + 40);
  if (rest.slice(0, title.length).toLowerCase() !== title.toLowerCase()) return false;
  return !/^[\p{L}]|^[\s\u00a0,]+\p{Lu}/u.test(rest.slice(title.length));
}

/**
 * The most specific body the story ties the post to: a title that implies a body kind ("Foreign
 * Minister" → the foreign ministry, "lawmaker" → parliament) affiliates with that state's body when
 * the story names it, else with the state; "Government spokesman" speaks for the state itself.
 */
export function mostSpecific(
  target: string,
  role: RoleInfo,
  phraseText: string,
  candidates: readonly Candidate[],
): string {
  const iso = target.startsWith("country:") ? target.slice("country:".length) : NATIONAL.exec(target)?.[1];
  if (!iso) return target;
  if (/\bgovernment\b/i.test(phraseText)) return `country:${iso}`;
  // "Ruritania’s police minister": a minister for a uniformed service serves the state, not in it.
  const minister = /\bminister\b/.test(role.title) && UNIFORMED.test(target);
  if (!target.startsWith("country:") && !minister) return target;
  const body = role.org
    ? `org:${iso}:${role.org}`
    : (ministryOfTitle(phraseText, iso) ?? officeOfTitle(role, iso) ?? missionOfTitle(role, phraseText, iso));
  const fallback = minister ? `country:${iso}` : target;
  return body && candidates.some((c) => c.actorId === body) ? body : fallback;
}

/** Uniformed services, whose "minister" is a member of the government, not of the service. */
const UNIFORMED =
  /^org:[a-z]{2}:(?:police|army|navy|air-force|coast-guard|armed-forces|border-guard|gendarmerie)$/;

/** Words before "Minister" that name no ministry ("Prime Minister", "Deputy Minister"). */
const NOT_PORTFOLIO = /^(?:prime|deputy|vice|state|junior|senior|first|chief|cabinet|former|acting)$/;

/**
 * "Deputy Economy Minister X", "Energy Minister X": a portfolio word before "Minister" names the
 * ministry the story may call "the economy ministry" (org:<iso>:ministry-of-economy).
 */
function ministryOfTitle(phraseText: string, iso: string): string | undefined {
  // "Interior Secretary X" heads or runs the ministry too, as a minister does.
  const word = /(\p{L}+)[\s\u00a0]+(?:minister|secretary)(?![\p{L}])/iu.exec(phraseText)?.[1]?.toLowerCase();
  if (!word || NOT_PORTFOLIO.test(word)) return undefined;
  return `org:${iso}:ministry-of-${word}`;
}

/** A prime minister's own office ("according to his office"), when the story names it. */
function officeOfTitle(role: RoleInfo, iso: string): string | undefined {
  return role.title === "prime minister" ? `org:${iso}:office-of-the-prime-minister` : undefined;
}

/**
 * A state's head of mission ("Ruritania’s ambassador, X") serves in its embassy, when the story names it;
 * a post at an international body ("ambassador to the United Nations") or a roving or past one is not there.
 */
const HEAD_OF_MISSION = /^(?:ambassador|charg[eé] d[’']affaires)$/;
const NOT_AT_EMBASSY =
  /\b(?:special|roving|former)\b|\bto\s+the\s+(?:u\.?n\b|united\s+nations|\p{L}+\s+union)/iu;
function missionOfTitle(role: RoleInfo, phraseText: string, iso: string): string | undefined {
  if (!HEAD_OF_MISSION.test(role.title) || NOT_AT_EMBASSY.test(phraseText)) return undefined;
  return `org:${iso}:embassy`;
}

/** Posts held abroad or at talks: never given the home state by default. */
export const FOREIGN_POSTS =
  /^(?:ambassador|envoy|special envoy|consul|consul general|diplomat|senior diplomat|counterpart|charg[eé] d[’']affaires)$/;

/**
 * "Costa, a former trade minister of Peru, …", "Costa, a retired army general, …": a later appositive
 * post of a person already named ties them to the body or state it names as well (former posts count).
 * Only a post that names its body or state; a bare post adds nothing.
 */
export function laterPosts(
  body: string,
  k: Knowledge,
  mentions: readonly Candidate[],
  candidates: readonly Candidate[],
): { personId: string; targetId: string; role: RoleInfo; span: Span }[] {
  const posts: { personId: string; targetId: string; role: RoleInfo; span: Span }[] = [];
  for (const m of mentions) {
    if (m.kind !== "short-name") continue;
    const apposition = /^,[\s\u00a0]+((?:a|an|the)[\s\u00a0][^,.;:“”"()]{2,80}?)(?=,|\.|;)/.exec(
      body.slice(m.end, m.end + 100),
    );
    const text = apposition?.[1];
    const role = text ? findRole(text, k) : undefined;
    if (!text || !role) continue;
    const start = m.end + (apposition?.[0].indexOf(text) ?? 0);
    // "a former ambassador to Peru": the place a post is held at is not whom it serves.
    const to = /[\s\u00a0]to[\s\u00a0]/u.exec(text);
    const end = start + (to ? to.index : text.length);
    const inside = candidates.filter((x) => x.start >= start && x.end <= end);
    const target = (inside.find((x) => x.actorId.startsWith("org:")) ?? inside[0])?.actorId;
    if (target && !target.startsWith("person:"))
      posts.push({
        personId: m.actorId,
        targetId: target,
        role,
        span: { start: m.start, end: start + text.length },
      });
  }
  return posts;
}
