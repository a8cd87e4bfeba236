// A plural post followed by its holders, each with their state: "the two countries’ defence ministers,
// Finland’s Mikko Laaksonen and Estonia’s Kadri Tamm". The list itself says each name is a person
// holding the post for the state named before it (its ministry when the story names it). The state
// may follow the name too: "The foreign ministers, Anna Berg of Sweden and Tomas Lind of Norway, …".
import type { Knowledge, RoleInfo } from "../knowledge/knowledge.ts";
import { execAll } from "../text/text.ts";
import type { Span } from "../types.ts";
import type { Candidate } from "./gazetteer.ts";
import { findRole } from "./role-phrases.ts";

const WS = "[\\s\\u00a0]";
/** "the two countries’ defence ministers, ", "their foreign ministers, ": a plural post, then a comma. */
const PLURAL_POST = new RegExp(
  `\\b(?:[Tt]he|[Tt]heir)${WS}+(?:(?:two|three|four|both)${WS}+)?(?:(?:countries|nations|sides|governments)[’']${WS}+)?((?:\\p{Ll}+${WS}+){0,2}\\p{Ll}+s),${WS}+`,
  "gu",
);
/** Between two holders: a comma, "and", or both. */
const SEPARATOR = /^(?:,[\s\u00a0]+and[\s\u00a0]+|,[\s\u00a0]+|[\s\u00a0]+and[\s\u00a0]+)/;

export interface PluralHolder {
  role: RoleInfo;
  /** The state named before the holder's name. */
  state: string;
  /** The plural post's words ("defence ministers"). */
  phrase: Span;
}

type Holder = { name: Span; state: string; end: number };

/** "Chile’s Raul Ortega": a possessive state, then a name. */
function ownerFirst(body: string, at: number, names: readonly Span[], candidates: readonly Candidate[]) {
  const owner = candidates.find(
    (c) => c.start === at && c.kind === "possessive" && c.actorId.startsWith("country:"),
  );
  const gap = owner ? /^[\s\u00a0]+/.exec(body.slice(owner.end))?.[0].length : undefined;
  const name = owner && gap ? names.find((n) => n.start === owner.end + gap) : undefined;
  return owner && name ? ({ name, state: owner.actorId, end: name.end } satisfies Holder) : undefined;
}

/** "Raul Ortega of Chile": a name, then "of" and a state named in full. */
function nameFirst(body: string, at: number, names: readonly Span[], candidates: readonly Candidate[]) {
  const name = names.find((n) => n.start === at);
  const of = name ? /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?/.exec(body.slice(name.end)) : null;
  const state =
    name && of
      ? candidates.find(
          (c) => c.start === name.end + of[0].length && c.kind === "name" && c.actorId.startsWith("country:"),
        )
      : undefined;
  return name && state ? ({ name, state: state.actorId, end: state.end } satisfies Holder) : undefined;
}

/** Holders listed from `from`: "<State>’s <Name>" joined by commas and "and". */
function listed(body: string, from: number, names: readonly Span[], candidates: readonly Candidate[]) {
  const found: { name: Span; state: string }[] = [];
  let cursor = from;
  for (;;) {
    const at = found.length > 0 ? cursor + (SEPARATOR.exec(body.slice(cursor))?.[0].length ?? 0) : cursor;
    const holder = ownerFirst(body, at, names, candidates) ?? nameFirst(body, at, names, candidates);
    if (!holder) break;
    found.push({ name: holder.name, state: holder.state });
    cursor = holder.end;
  }
  return found;
}

/** Name candidates (by start) that a plural post lists with their states; lists of one are left out. */
export function pluralHolders(
  body: string,
  k: Knowledge,
  names: readonly Span[],
  candidates: readonly Candidate[],
): Map<number, PluralHolder> {
  const holders = new Map<number, PluralHolder>();
  for (const m of execAll(PLURAL_POST, body)) {
    const plural = m[1] ?? "";
    const from = (m.index ?? 0) + m[0].length;
    const list = listed(body, from, names, candidates);
    if (list.length < 2) continue;
    const role = findRole(plural.replace(/s$/u, ""), k);
    if (!role?.government) continue;
    const start = (m.index ?? 0) + m[0].indexOf(plural);
    for (const { name, state } of list)
      holders.set(name.start, { role, state, phrase: { start, end: start + plural.length } });
  }
  return holders;
}
