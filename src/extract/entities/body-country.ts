// The country of a state body named by its own capitalised title without a country before it
// ("the Federal Criminal Court", "the Federal Office of Justice"): the strongest cue the text gives,
// in this order — the seat written right after it ("… in Bern"), the place frame that opens its
// sentence ("In Bern, the Federal Office of Justice said …"), an earlier mention of its head noun
// with a country ("a Swiss court refused … The Federal Criminal Court ruled …"); failing those, the
// story's home country.

import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Span } from "../types.ts";
import { type Candidate, PLACE_FRAME, placeCountry, SEAT_AFTER, sentenceOpening } from "./gazetteer.ts";

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
