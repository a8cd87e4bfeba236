// Names introduced with "known as": "Indonesia’s Maritime Security Agency, known locally as Bakamla,",
// "The agency, known as Bakamla, said". Like an acronym in parentheses, the name is an alias of the
// organisation it follows (named, or referred to by a definite head word of its name), and every
// later standalone use of it is a mention of that organisation.

import { WS } from "../text/patterns.ts";
import { execAll, findAll, phrasesRegex, SpanIndex } from "../text/text.ts";
import type { Candidate } from "./gazetteer.ts";

const KNOWN_AS = new RegExp(
  `,${WS}+(?:(?:locally|widely|commonly|also|officially)${WS}+)?(?:known|called)${WS}+(?:locally${WS}+)?(?:by${WS}+its${WS}+(?:\\p{L}+${WS}+)?(?:acronym|initials|name)${WS}+)?as${WS}+(\\p{Lu}[\\p{L}’'-]+(?:${WS}+\\p{Lu}[\\p{L}’'-]+){0,3})(?=[,.;])`,
  "gu",
);

/** "The agency", "the service": a definite head word right before the comma. */
const DEFINITE_HEAD = /(?:^|[^\p{L}])[Tt]he[\s\u00a0]+(\p{Ll}+)[\s\u00a0]*$/u;

/** Generic heads that stand for any organisation whose name has one of these words. */
const GENERIC: Record<string, RegExp> = {
  agency: /\b(?:agency|service|bureau|office|authority|directorate)\b/i,
  service: /\b(?:service|agency)\b/i,
  force: /\b(?:force|forces|guard)\b/i,
};

/**
 * `names` maps each organisation id to its name. Returns alias candidates for the introduction and
 * for every later standalone use of the introduced name.
 */
export function findKnownAsNames(
  body: string,
  orgs: readonly Candidate[],
  names: ReadonlyMap<string, string>,
): Candidate[] {
  const result: Candidate[] = [];
  if (!body.includes(" as ")) return result;
  const taken = new SpanIndex(orgs);
  for (const m of execAll(KNOWN_AS, body)) {
    const name = m[1];
    const at = m.index ?? 0;
    if (!name) continue;
    const owner = ownerBefore(body, at, orgs, names);
    if (!owner) continue;
    for (const hit of findAll(phrasesRegex([name]), body)) {
      if (hit.start < at || taken.overlaps(hit)) continue;
      result.push({ start: hit.start, end: hit.end, actorId: owner, kind: "alias" });
    }
  }
  return result;
}

/** The organisation right before the comma at `at`: a named one, or the latest one a "the <head>" fits. */
function ownerBefore(
  body: string,
  at: number,
  orgs: readonly Candidate[],
  names: ReadonlyMap<string, string>,
): string | undefined {
  // "Kenya’s Coast Guard Service, known as …": the candidate may stop short of the name's last words.
  const named = orgs.find(
    (c) =>
      c.end <= at &&
      c.end >= at - 40 &&
      c.actorId.startsWith("org:") &&
      /^(?:[\s\u00a0]+\p{Lu}[\p{L}-]*)*$/u.test(body.slice(c.end, at)),
  );
  if (named) return named.actorId;
  const head = DEFINITE_HEAD.exec(body.slice(Math.max(0, at - 30), at))?.[1];
  if (!head) return undefined;
  const word = GENERIC[head] ?? new RegExp(`\\b${head}\\b`, "i");
  const earlier = orgs.filter(
    (c) => c.end <= at && c.actorId.startsWith("org:") && word.test(names.get(c.actorId) ?? ""),
  );
  return earlier.at(-1)?.actorId;
}
