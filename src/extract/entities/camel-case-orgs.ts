// Company names written as one word with an inner capital ("ExxonMobil", "PetroChina"): no person's
// name has that shape once surname prefixes ("McCarthy", "DeSantis", "MacArthur") are set aside, so
// every such word is an organisation, `org:<slug of name>`.

import { slugify } from "../text/ids.ts";
import { execAll, SpanIndex } from "../text/text.ts";
import type { ActorSeed, Candidate } from "./gazetteer.ts";

/** A first part of four or more letters, then a capitalised second part. */
const CAMEL = /(?<![\p{L}\p{N}’'-])\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}-])/gu;
/** Platforms and apps are places where things are posted, not actors. */
const PLATFORM = /^(?:WhatsApp|YouTube|TikTok|WeChat|LinkedIn|FaceTime|PlayStation)$/;

export function findCamelCaseOrgs(
  body: string,
  known: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const candidates: Candidate[] = [];
  const seeds = new Map<string, ActorSeed>();
  // Most articles hold no lower-to-upper letter pair: skip the scan.
  if (!/\p{Ll}\p{Lu}/u.test(body)) return { candidates, seeds: [] };
  const taken = new SpanIndex(known);
  for (const m of execAll(CAMEL, body)) {
    const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
    if (PLATFORM.test(m[0]) || taken.overlaps(span)) continue;
    const id = `org:${slugify(m[0])}`;
    candidates.push({ ...span, actorId: id, kind: "name" });
    if (!seeds.has(id)) seeds.set(id, { id, kind: "Organization", name: m[0], orgType: "company" });
  }
  return { candidates, seeds: [...seeds.values()] };
}
