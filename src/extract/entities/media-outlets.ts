// News outlets cited as sources ("Al Jazeera reported", "the Kyiv Independent said", "Dawn newspaper
// reported"): a capitalised name holding a media word, or one named before "newspaper", "daily",
// "channel" …, is an organisation (`org:<slug of name>`), never a person.

import { slugify } from "../text/ids.ts";
import { WS } from "../text/patterns.ts";
import { capitalFirst, execAll, findAll, phrasesRegex, squash } from "../text/text.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";
import { NOT_NAME } from "./names.ts";

/** Words that make a capitalised name an outlet's ("Sky News", "Global Times", "Der Spiegel"). */
export const MEDIA_WORD =
  /(?:^|[\s\u00a0])(?:News|Times|Post|Daily|Radio|Television|TV|Gazette|Gazeta|Journal|Herald|Tribune|Independent|Pravda|Monde|Spiegel|Zeitung|Jazeera|Arabiya|Telegraph|Guardian|Express|Mail|Chronicle|Observer|Mirror|Courier|Insider|Weekly|Magazine|Dispatch|Bulletin|Broadcasting|Kommersant|Izvestia|Vedomosti|Meduza|Haaretz|País|Pais|Nikkei)(?=$|[\s\u00a0])/u;

const NAME = "\\p{Lu}[\\p{L}’'&-]*(?:[\\s\\u00a0]+(?:de|of|the|&)?[\\s\\u00a0]*\\p{Lu}[\\p{L}’'&-]*){0,4}";
/** A name as the source of a report: "X reported", "X said on …", "according to X", "told X". */
const SOURCE = capitalFirst(
  new RegExp(
    `(?<![\\p{L}’'-])(${NAME})(?=${WS}+(?:reported|reports|said|says|quoted|cited|published|broadcast|aired)(?![\\p{L}]))|(?<=(?:according${WS}+to|told)${WS}+(?:the${WS}+)?)(${NAME})`,
    "gu",
  ),
);
/** "Dawn newspaper", "the Kommersant daily", "Al Mayadeen channel": the kind names the outlet. */
const KIND_AFTER = capitalFirst(
  new RegExp(
    `(?<![\\p{L}’'-])(${NAME})${WS}+(?:newspaper|daily|weekly|broadcaster|channel|television|TV|news${WS}+site|website|radio)(?![\\p{L}])`,
    "gu",
  ),
);

/** Capitalised words after "told" that are no outlets: pronoun-like words and titles. */
const NOT_OUTLET = new Set(["Him", "Her", "Them", "Me", "Us", "President", "Minister", "Mr", "Mrs", "Ms"]);

/** Platforms that carry channels and accounts but are no outlets. */
const PLATFORM =
  /^(?:Telegram|WhatsApp|YouTube|Facebook|Twitter|X|Instagram|TikTok|WeChat|Weibo|VK|Signal|Rumble)$/;

/** Bodies a speaker tells that are no outlets ("told Parliament"). */
const HEARER_BODY = /^(?:Parliament|Congress|Senate|Cabinet|Council|Court|Assembly|Reporters|Journalists)$/;

/**
 * "told Reuters", "told Yle": one capitalised word as the hearer is an outlet unless it is someone's
 * surname (the word closes a longer capitalised name somewhere in the article: "Anna Berg … told Berg").
 */
function toldOutlet(body: string, word: string): boolean {
  if (!/^\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{1,4})$/u.test(word) || HEARER_BODY.test(word) || NOT_OUTLET.has(word))
    return false;
  return !new RegExp(`\\p{Lu}[\\p{L}’'.-]*[\\s\\u00a0]+${word}(?![\\p{L}])`, "u").test(body);
}

/** No known actor overlaps [start, end). */
function isFree(known: readonly Candidate[], start: number, end: number): boolean {
  return !known.some((t) => t.start < end && start < t.end);
}

export function findMediaOutlets(
  body: string,
  known: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const names = new Set<string>();
  for (const m of execAll(SOURCE, body)) {
    const name = (m[1] ?? m[2] ?? "").replace(/^(?:The|A)[\s\u00a0]+/, "");
    const start = (m.index ?? 0) + (m[0].length - name.length);
    if (name.includes(" ") || MEDIA_WORD.test(name)) {
      if (MEDIA_WORD.test(name) && isFree(known, start, start + name.length)) names.add(squash(name));
    } else if (m[2] && toldOutlet(body, name) && isFree(known, start, start + name.length)) names.add(name);
  }
  for (const m of execAll(KIND_AFTER, body)) {
    const name = (m[1] ?? "").replace(/^(?:The|A)[\s\u00a0]+/, "");
    const start = (m.index ?? 0) + m[0].indexOf(name);
    const first = name.split(/[\s\u00a0]+/)[0] ?? "";
    if (NOT_NAME.has(first) || !isFree(known, start, start + name.length)) continue;
    // "Peru's television"; "its Telegram channel", "a YouTube channel": an owner's or a platform's.
    if (/[’']s$/.test(name) || PLATFORM.test(name)) continue;
    if (/\b(?:its|their|his|her|our|my|a|an)[\s\u00a0]+$/i.test(body.slice(Math.max(0, start - 7), start)))
      continue;
    names.add(squash(name));
  }
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  if (names.size === 0) return { candidates, seeds };
  for (const hit of findAll(phrasesRegex(names), body)) {
    if (!isFree(known, hit.start, hit.end)) continue;
    const name = squash(hit.text);
    const id = `org:${slugify(name)}`;
    candidates.push({ start: hit.start, end: hit.end, actorId: id, kind: "name" });
    seeds.push({ id, kind: "Organization", name, orgType: "media" });
  }
  return { candidates, seeds };
}
