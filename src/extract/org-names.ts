// Organisations missing from the knowledge base, recognised by the shape of their names:
// capitalised words ending in an organisation head noun ("East African Community") or a name
// introduced as an armed group ("the al-Shabaab militant group"). Ids are `org:<slug of name>`.
import type { ActorSeed, Candidate } from "./gazetteer.ts";
import { slugify } from "./ids.ts";
import type { Knowledge } from "./knowledge.ts";
import { findAll, phrasesRegex, SpanIndex, squash } from "./text.ts";
import type { Span } from "./types.ts";

const WS = "[\\s\\u00a0]";
const CAP = "\\p{Lu}[\\p{L}’'-]*";
const LEADING_ARTICLE = /^(?:The|A|An)[\s\u00a0]+/;

export function findNamedOrgs(
  body: string,
  k: Knowledge,
  taken: readonly Span[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const found = new Map<string, { name: string; orgType?: string }>();
  const takenIndex = new SpanIndex(taken);
  const named = new RegExp(
    `(?<![\\p{L}])(?:${CAP}${WS}+(?:(?:of|for|and|the|on)${WS}+)*)+(?:${k.nameHeads.join("|")})(?![\\p{L}])`,
    "gu",
  );
  // A longer name may contain a known alias ("Regional Water Security Council" ⊃ "Security Council"):
  // only a known span reaching outside the name blocks it.
  const blocked = (span: Span) =>
    takenIndex.overlaps(span) &&
    taken.some((t) => t.start < span.end && span.start < t.end && (t.start < span.start || t.end > span.end));
  for (const hit of findAll(named, body)) {
    const name = squash(hit.text.replace(LEADING_ARTICLE, ""));
    const start = hit.end - hit.text.replace(LEADING_ARTICLE, "").length;
    if (!name.includes(" ") || blocked({ start, end: hit.end })) continue;
    found.set(name, { name });
  }
  const armed = new RegExp(
    `(?<![\\p{L}])((?:[\\p{Ll}]+-)?${CAP}(?:${WS}+${CAP})*)${WS}+(?:${k.armedGroupWords.join("|")})${WS}+(?:group|movement|organi[sz]ation|network|militia)`,
    "gu",
  );
  for (const m of body.matchAll(armed)) {
    const name = squash(m[1] ?? "");
    if (name && !LEADING_ARTICLE.test(`${name} `)) found.set(name, { name, orgType: "armed group" });
  }
  const candidates: Candidate[] = [];
  const seeds: ActorSeed[] = [];
  if (found.size === 0) return { candidates, seeds };
  for (const hit of findAll(phrasesRegex(found.keys()), body)) {
    if (blocked(hit)) continue;
    const org = found.get(squash(hit.text));
    if (!org) continue;
    const id = `org:${slugify(org.name)}`;
    candidates.push({ start: hit.start, end: hit.end, actorId: id, kind: "name" });
    seeds.push({ id, kind: "Organization", name: org.name, orgType: org.orgType ?? "organization" });
  }
  return { candidates, seeds };
}

/**
 * Acronyms introduced in parentheses right after an organisation's name ("the Regional Water
 * Council (RWC)"): every later standalone use of the acronym is an alias mention of that organisation.
 */
export function findIntroducedAcronyms(body: string, orgs: readonly Candidate[]): Candidate[] {
  const result: Candidate[] = [];
  const seen = new Set<string>();
  const taken = new SpanIndex(orgs);
  for (const c of orgs) {
    if (!c.actorId.startsWith("org:")) continue;
    const m = /^[\s\u00a0]*\((\p{Lu}[\p{Lu}\d&-]{1,9})\)/u.exec(body.slice(c.end, c.end + 16));
    const acronym = m?.[1];
    if (!acronym || seen.has(acronym)) continue;
    seen.add(acronym);
    for (const hit of findAll(phrasesRegex([acronym]), body)) {
      if (taken.overlaps(hit) || hit.start < c.end) continue;
      result.push({ start: hit.start, end: hit.end, actorId: c.actorId, kind: "alias" });
    }
  }
  return result;
}
