// Entity recognition and coreference: countries, organisations and people, every mention kept
// with its kind, plus the person → organisation/country affiliations read from role phrases.
import type { ActorMention, Doc, EntityDoc } from "../doc.ts";
import { sentenceAt } from "../text/sentences.ts";
import { squash } from "../text/text.ts";
import { wordIndex } from "../text/word-index.ts";
import type { Actor } from "../types.ts";
import { blocOrgans } from "./bloc-organs.ts";
import { findCamelCaseOrgs } from "./camel-case-orgs.ts";
import { findIntroducedCompanies } from "./company-names.ts";
import {
  type ActorSeed,
  type Candidate,
  DATELINE_OPENING,
  findCountryMentions,
  findInternationalOrgs,
  findNationalOrgs,
  resolveOverlaps,
} from "./gazetteer.ts";
import { mergeGlossed } from "./glossed-bodies.ts";
import { findIntroducedGroups } from "./introduced-groups.ts";
import { findKnownAsNames } from "./known-as.ts";
import { findMediaOutlets } from "./media-outlets.ts";
import { findNamedBroadcasters } from "./named-broadcasters.ts";
import { findNationalSocieties } from "./national-societies.ts";
import { findNewsAgencies } from "./news-agencies.ts";
import { findIntroducedAcronyms, findNamedOrgs } from "./org-names.ts";
import { findShapedOrgs } from "./org-shapes.ts";
import { type Affiliation, findPeople } from "./people.ts";
import { remapSeatMetonyms } from "./seat-metonyms.ts";
import { armyAsArmedForces } from "./single-military.ts";
import { speakerBroadcasters } from "./speaker-broadcasters.ts";

export interface EntityResult {
  doc: EntityDoc;
  affiliations: Affiliation[];
}

/** Surface form without the possessive ending, for the alias list. */
const bare = (text: string) => squash(text.replace(/[’']s$/u, ""));

/**
 * Organisations missing from the knowledge base, each finder seeing what the earlier ones found:
 * names ending in a head noun, names introduced by an acronym or an apposition, news outlets,
 * one-word company names with an inner capital, companies introduced by their kind, groups introduced
 * by the name they are given ("a group calling itself …").
 */
function findUnknownOrgs(
  body: string,
  k: Doc["knowledge"],
  known: readonly Candidate[],
): { candidates: Candidate[]; seeds: ActorSeed[] } {
  const named = findNamedOrgs(body, k, known);
  const shaped = findShapedOrgs(body, k, resolveOverlaps([...known, ...named.candidates]));
  const outlets = findMediaOutlets(
    body,
    resolveOverlaps([...known, ...named.candidates, ...shaped.candidates]),
  );
  const found = [named, shaped, outlets, blocOrgans(body, known), findNationalSocieties(body, known)];
  const camel = findCamelCaseOrgs(body, resolveOverlaps([...known, ...found.flatMap((f) => f.candidates)]));
  found.push(camel);
  found.push(
    findIntroducedCompanies(body, resolveOverlaps([...known, ...found.flatMap((f) => f.candidates)])),
  );
  found.push(findIntroducedGroups(body, resolveOverlaps([...known, ...found.flatMap((f) => f.candidates)])));
  return { candidates: found.flatMap((f) => f.candidates), seeds: found.flatMap((f) => f.seeds) };
}

/** One actor per seeded id with its mentions and the distinct surface forms as aliases. */
function actorsOf(
  mentions: readonly ActorMention[],
  seeds: ReadonlyMap<string, ActorSeed>,
): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  for (const m of mentions) {
    const seed = seeds.get(m.actorId);
    if (!seed) continue;
    let actor = actors.get(m.actorId);
    if (!actor) {
      const {
        gender: _gender,
        nameParts: _parts,
        ...plain
      } = seed as ActorSeed & { gender?: string; nameParts?: string[] };
      actor = { ...plain, aliases: [], mentions: [] };
      actors.set(m.actorId, actor);
    }
    const { actorId: _id, ...mention } = m;
    actor.mentions.push(mention);
    const alias = bare(m.text);
    if (
      m.kind !== "pronoun" &&
      m.kind !== "title" &&
      alias !== actor.name &&
      !actor.aliases.includes(alias)
    ) {
      actor.aliases.push(alias);
    }
  }
  return actors;
}

/** Every seed by id, the first one of an id winning (the finders' order is their priority). */
function firstSeeds(lists: readonly (readonly ActorSeed[])[]): Map<string, ActorSeed> {
  const seeds = new Map<string, ActorSeed>();
  for (const list of lists) for (const seed of list) if (!seeds.has(seed.id)) seeds.set(seed.id, seed);
  return seeds;
}

/** Organisations plus the names introduced for them: "(RWC)" acronyms and "known as" names. */
function withIntroducedNames(body: string, named: Candidate[], orgSeeds: readonly ActorSeed[]): Candidate[] {
  const names = new Map(orgSeeds.map((s) => [s.id, s.name]));
  return resolveOverlaps([
    ...named,
    ...findIntroducedAcronyms(body, named),
    ...findKnownAsNames(body, named, names),
  ]);
}

/**
 * The wire agency of a dateline ("LIMA, March 5 (Andina) — ") is the byline, not an actor: its
 * mention there is dropped (guide: test/corpus/README.md); later mentions in the text stay.
 */
function withoutByline(body: string, candidates: Candidate[]): Candidate[] {
  const dateline = DATELINE_OPENING.exec(body)?.[0] ?? "";
  const open = dateline.indexOf("(");
  if (open < 0) return candidates;
  const close = dateline.indexOf(")", open);
  return candidates.filter((c) => !(c.start > open && c.end <= close && c.actorId.startsWith("org:")));
}

export function extractEntities(doc: Doc): EntityResult {
  const { body, knowledge: k } = doc;
  const countries = findCountryMentions(body, k);
  const words = wordIndex(doc);
  const found = findInternationalOrgs(body, k, words);
  const international = { ...found, candidates: withoutByline(body, found.candidates) };
  const national = findNationalOrgs(body, k, countries.candidates, words);
  const gazetted = resolveOverlaps([
    ...national.candidates,
    ...international.candidates,
    ...countries.candidates,
  ]);
  const agencies = findNewsAgencies(body, gazetted);
  const broadcasters = findNamedBroadcasters(body, gazetted);
  const known = resolveOverlaps([...gazetted, ...agencies.candidates, ...broadcasters.candidates]);
  const unknown = findUnknownOrgs(body, k, known);
  const named = mergeGlossed(body, resolveOverlaps([...known, ...unknown.candidates]), countries.candidates);
  const gazetteer = withIntroducedNames(body, named, [
    ...national.seeds,
    ...international.seeds,
    ...agencies.seeds,
    ...broadcasters.seeds,
    ...unknown.seeds,
  ]);
  const people = findPeople(body, k, gazetteer, doc.quotes, doc.sentences);
  const seated = remapSeatMetonyms(body, k, resolveOverlaps([...gazetteer, ...people.candidates]));
  const seeds = firstSeeds([
    countries.seeds,
    international.seeds,
    national.seeds,
    agencies.seeds,
    broadcasters.seeds,
    unknown.seeds,
    people.seeds,
    seated.seeds,
  ]);
  const military = armyAsArmedForces(body, seated.candidates);
  const spoken = speakerBroadcasters(body, k, military, people.affiliations, seeds);
  for (const seed of spoken.seeds) if (!seeds.has(seed.id)) seeds.set(seed.id, seed);
  const candidates = spoken.candidates;
  const mentions = candidates.map((c) => ({
    actorId: c.actorId,
    kind: c.kind,
    start: c.start,
    end: c.end,
    sentence: sentenceAt(doc.sentences, c.start),
    text: body.slice(c.start, c.end),
  }));
  const actors = actorsOf(mentions, seeds);
  // Organisations bound to a country make that country an actor even if it is never named alone.
  for (const a of [...actors.values()]) {
    if (a.countryId && !actors.has(a.countryId)) {
      const seed = seeds.get(a.countryId) ?? countries.seeds.find((s) => s.id === a.countryId);
      if (seed) actors.set(a.countryId, { ...seed, aliases: [], mentions: [] });
    }
  }
  return {
    doc: { ...doc, actors, mentions, appositives: people.appositives },
    affiliations: people.affiliations.filter((a) => actors.has(a.personId)),
  };
}
