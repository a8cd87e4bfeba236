// A bare state broadcaster in an attribution frame ("told state radio") is the speaking side's
// (test/corpus/README.md). When the speaker of the frame is a named person, that person's own state
// (read from their title or apposition: "her Ruritanian counterpart, X") says whose broadcaster it
// is, better than the countries the sentence happens to name: "X, speaking to state radio, said
// Osterlich had lost …", "“…,” presidency spokesman X told state television".

import type { Knowledge } from "../knowledge/knowledge.ts";
import { type ActorSeed, type Candidate, nationalSeed } from "./gazetteer.ts";
import type { Affiliation } from "./people.ts";

const BROADCASTER = /^org:([a-z]{2}):state-broadcaster$/;

/** The person's tag before the frame: "X told ", "X, speaking afterwards to ", "X said in an interview with ". */
const TAG_BEFORE = /^,?[\s\u00a0]+(?:[\p{Ll},]+[\s\u00a0]+){0,6}$/u;

/** An opening frame before its subject: "Speaking to state radio on Monday, Foreign Minister X said". */
const FRAME_BEFORE_SUBJECT = /^[^“”".;:,]{0,40},[\s\u00a0]+(?:\p{Lu}[\p{L}-]*[\s\u00a0]+){0,3}$/u;

/** The person speaking in the frame around the broadcaster mention `b`, if one is named there. */
function frameSpeaker(body: string, people: readonly Candidate[], b: Candidate): Candidate | undefined {
  const before = people.filter((p) => p.end <= b.start && b.start - p.end <= 60).at(-1);
  if (before && TAG_BEFORE.test(body.slice(before.end, b.start))) return before;
  const opening = /(?:^|[.!?\n][”"’]?[\s\u00a0]*)(?:[A-Z]\p{Ll}+ing[\s\u00a0]+(?:to|on|with)[\s\u00a0]+)$/u;
  if (!opening.test(body.slice(Math.max(0, b.start - 40), b.start))) return undefined;
  const after = people.find((p) => p.start >= b.end && p.start - b.end <= 80);
  return after && FRAME_BEFORE_SUBJECT.test(body.slice(b.end, after.start)) ? after : undefined;
}

/** The one state a person is tied to, directly or through a national body; none when two. */
function personState(
  personId: string,
  affiliations: readonly Affiliation[],
  seeds: ReadonlyMap<string, ActorSeed>,
): string | undefined {
  const states = new Set<string>();
  for (const a of affiliations) {
    if (a.personId !== personId) continue;
    const state = a.targetId.startsWith("country:") ? a.targetId : seeds.get(a.targetId)?.countryId;
    if (state) states.add(state.slice("country:".length));
  }
  return states.size === 1 ? [...states][0] : undefined;
}

/**
 * The candidates with every bare state broadcaster whose frame has a named speaker given to that
 * speaker's state, and the seeds of the broadcasters so gained.
 */
export function speakerBroadcasters(
  body: string,
  k: Knowledge,
  candidates: readonly Candidate[],
  affiliations: readonly Affiliation[],
  seeds: ReadonlyMap<string, ActorSeed>,
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const kind = k.nationalKinds.find((x) => x.key === "state-broadcaster");
  const people = candidates.filter((c) => c.actorId.startsWith("person:"));
  const gained: ActorSeed[] = [];
  if (!kind || people.length === 0) return { candidates: [...candidates], seeds: gained };
  const remapped = candidates.map((c) => {
    const iso = BROADCASTER.exec(c.actorId)?.[1];
    if (!iso || !/^state[\s\u00a0]/iu.test(body.slice(c.start, c.end))) return c;
    const speaker = frameSpeaker(body, people, c);
    const state = speaker ? personState(speaker.actorId, affiliations, seeds) : undefined;
    if (!state || state === iso) return c;
    const seed = nationalSeed(k, kind, state.toUpperCase());
    gained.push(seed);
    return { ...c, actorId: seed.id };
  });
  return { candidates: remapped, seeds: gained };
}
