// A city that seats an international body stands for that body, not for its host state, in an
// article that names the body ("A European Commission spokeswoman said Brussels was …": the EU).
// Without the body named the city stays its state's capital.
import type { Knowledge } from "../knowledge/knowledge.ts";
import { type ActorSeed, type Candidate, internationalSeed } from "./gazetteer.ts";

/**
 * Candidates with each capital metonym that is the seat of a body named (itself or an organ) in the
 * article given to that body, and the seeds of the bodies that gained a mention so.
 */
export function remapSeatMetonyms(
  body: string,
  k: Knowledge,
  candidates: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const named = new Set(candidates.map((c) => c.actorId));
  const seats = new Map<string, string>();
  for (const org of k.international) {
    if (!org.seat) continue;
    const organNamed = k.international.some((o) => o.partOf === org.id && named.has(o.id));
    if (named.has(org.id) || organNamed) seats.set(org.seat, org.id);
  }
  if (seats.size === 0) return { candidates: [...candidates], seeds: [] };
  const remapped = candidates.map((c) => {
    if (c.kind !== "alias" && c.kind !== "possessive") return c;
    const text = body.slice(c.start, c.end).replace(/[’']s?$/u, "");
    const seat = seats.get(text);
    return seat && c.actorId.startsWith("country:") ? { ...c, actorId: seat } : c;
  });
  const seeds = [...new Set(seats.values())].flatMap((id) => internationalSeed(k, id) ?? []);
  return { candidates: remapped, seeds };
}
