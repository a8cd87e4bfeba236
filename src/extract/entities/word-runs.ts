// A quick necessary test before a phrase-list scan: every letter-and-digit run of a phrase stands
// as a whole run in any text its phrase regex matches (the regex's edges and the phrase's own
// spaces and punctuation bound it), so a list none of whose phrases has all its runs in the body
// cannot match, and its scan over the body can be skipped without changing any result.

const RUN = /[\p{L}\p{N}]+/gu;

/** The body's letter-and-digit runs as written, and folded for case-insensitive lists. */
export interface BodyRuns {
  exact: Set<string>;
  folded: Set<string>;
}

/** The latest body's runs: the gazetteer asks twice per article (one entry, so bounded). */
let latest: { body: string; runs: BodyRuns } | undefined;

export function bodyRuns(body: string): BodyRuns {
  if (latest?.body === body) return latest.runs;
  const runs = readRuns(body);
  latest = { body, runs };
  return runs;
}

function readRuns(body: string): BodyRuns {
  const exact = new Set<string>();
  RUN.lastIndex = 0;
  for (let m = RUN.exec(body); m !== null; m = RUN.exec(body)) exact.add(m[0]);
  RUN.lastIndex = 0;
  // Under /iu, "ſ" folds to "s" and the Kelvin sign to "k"; toLowerCase does the rest for ASCII runs.
  const folded = new Set<string>();
  for (const run of exact) folded.add(run.toLowerCase().replace(/ſ/g, "s"));
  return { exact, folded };
}

/**
 * Per phrase, the runs to look for. For a case-insensitive list only ASCII runs are tested (folded);
 * a phrase with another run is always kept (its folding is left to the regex).
 */
export function phraseRuns(phrases: readonly string[], fold: boolean): string[][] {
  return phrases.map((phrase) => {
    const runs = phrase.match(RUN) ?? [];
    if (!fold) return runs;
    return runs.every((r) => /^[A-Za-z0-9]+$/.test(r)) ? runs.map((r) => r.toLowerCase()) : [];
  });
}

/** Can some phrase of the list occur in the body? (False only when none can.) */
export function mayOccur(runs: readonly string[][], body: BodyRuns, fold: boolean): boolean {
  const words = fold ? body.folded : body.exact;
  return runs.some((phrase) => phrase.every((r) => words.has(r)));
}
