// The country of a state body named by its own capitalised title without a country before it
// ("the Federal Criminal Court", "the Federal Office of Justice"): the strongest cue the text gives,
// in this order — the seat written right after it ("… in Bern"), the place frame that opens its
// sentence ("In Bern, the Federal Office of Justice said …"), an earlier mention of its head noun
// with a country ("a Swiss court refused … The Federal Criminal Court ruled …"); failing those, the
// story's home country.

import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Span } from "../types.ts";
import { type Candidate, PLACE_FRAME, placeCountry, SEAT_AFTER, sentenceOpening } from "./gazetteer.ts";
import { findRole } from "./role-phrases.ts";

/** The head noun of a title: the first word of "Office of …", else the last word. */
function headNoun(title: string): string | undefined {
  const words = title.split(/[\s\u00a0]+/);
  const of = words.findIndex((w) => /^(?:of|for|on)$/.test(w));
  return (of > 0 ? words[of - 1] : words.at(-1))?.toLowerCase();
}

/** The country of the place frame opening the sentence of `at`, when no country is named after it. */
function framedPlace(body: string, k: Knowledge, countries: readonly Candidate[], at: number) {
  const open = sentenceOpening(body, at);
  const m = PLACE_FRAME.exec(body.slice(open, at));
  const place = m?.[1];
  if (!m || !place) return undefined;
  const frameEnd = open + m[0].length;
  if (countries.some((c) => c.start >= frameEnd && c.end <= at && c.actorId.startsWith("country:")))
    return undefined;
  return placeCountry(k, place);
}

/**
 * "a Swiss court", "Swiss courts", "Ruritania’s highest court": the latest country reference before
 * `at` that qualifies the same head noun (a word of rank may come between).
 */
function headAntecedent(body: string, countries: readonly Candidate[], head: string, at: number) {
  const re = new RegExp(`^[\\s\\u00a0]+(?:\\p{Ll}+[\\s\\u00a0]+)?${head}s?(?![\\p{L}])`, "iu");
  const before = countries.filter(
    (c) => c.end <= at && c.actorId.startsWith("country:") && re.test(body.slice(c.end, c.end + 40)),
  );
  const latest = before.reduce<Candidate | undefined>((a, c) => (a && a.start > c.start ? a : c), undefined);
  return latest?.actorId.slice("country:".length).toUpperCase();
}

/** The ISO code of the country a state body's title at `span` belongs to (see the file comment). */
export function stateBodyCountry(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  span: Span,
  home: string | undefined,
): string | undefined {
  const title = body.slice(span.start, span.end);
  const seat = SEAT_AFTER.exec(body.slice(span.end, span.end + 40))?.[1];
  const head = headNoun(title);
  return (
    (seat ? placeCountry(k, seat) : undefined) ??
    framedPlace(body, k, countries, span.start) ??
    (head ? headAntecedent(body, countries, head, span.start) : undefined) ??
    home
  );
}

/** Words of the holders' titles this cue reads ("interior minister", "defence secretary", "police chief"). */
const HOLDER_WORD = /(?<![\p{L}])(?:[Mm]inister|[Ss]ecretary|[Cc]hief)(?![\p{L}])/u;

/** A country reference, then up to three words that may hold a role title ("Italian Interior Minister"). */
const TITLE_AFTER = /^[\s\u00a0]+((?:\p{L}[\p{L}-]*[\s\u00a0]+){0,2}\p{L}[\p{L}-]*)/u;

/**
 * "Italian Interior Minister X will visit on Monday, the interior ministry said": a bare body whose
 * kind a holder's title names ("interior minister" → ministry-of-interior), in a sentence that ties
 * that holder to one country, is that country's. Holders of two countries leave it open.
 */
export function holderCountry(
  body: string,
  k: Knowledge,
  countries: readonly Candidate[],
  hit: Span,
  key: string,
): string | undefined {
  const open = sentenceOpening(body, hit.start);
  const close = body.slice(hit.end, hit.end + 400).search(/[.!?](?:[\s\u00a0]|$)|\n/u);
  const end = close < 0 ? Math.min(body.length, hit.end + 400) : hit.end + close;
  // Only a sentence holding a holder's title can name one.
  if (!HOLDER_WORD.test(body.slice(open, end))) return undefined;
  const owners = new Set<string>();
  for (const c of countries) {
    if (c.start < open || c.end > end || !c.actorId.startsWith("country:")) continue;
    if (c.start < hit.end && c.end > hit.start) continue;
    const words = TITLE_AFTER.exec(body.slice(c.end, c.end + 48))?.[1]?.split(/[\s\u00a0]+/) ?? [];
    const phrases = words.map((_, i) => words.slice(0, i + 1).join(" "));
    if (phrases.some((p) => HOLDER_WORD.test(p) && findRole(p, k)?.org === key))
      owners.add(c.actorId.slice("country:".length).toUpperCase());
  }
  return owners.size === 1 ? [...owners][0] : undefined;
}
