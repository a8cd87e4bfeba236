// A state's head of mission ("Ambassador Ana Ruiz", "Ruritania’s chargé d’affaires, Ana Ruiz") heads
// its embassy, so when the article names that embassy as a body ("Ruritania’s embassy in Lima said")
// the envoy belongs to it: the most specific body the text ties them to (test/corpus/README.md),
// as a minister belongs to a ministry the article names (portfolio-posts.ts). A post at an
// international body ("ambassador to the United Nations") or a roving one ("special envoy") is no post
// at the embassy, and without the embassy in the article the envoy keeps their state.
import type { EntityDoc } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";

/** Titles of the head of a state's mission abroad. */
const HEAD_OF_MISSION = /\b(?:ambassador|charg[eé]\s+d[’']affaires)\b/iu;
/** Posts that are not at the state's embassy. */
const NOT_AT_EMBASSY =
  /\b(?:special|roving|former)\b|\bto\s+the\s+(?:u\.?n\b|united\s+nations|\p{L}+\s+union)/iu;

/** The affiliations with heads of mission moved from their state to its embassy named in the article. */
export function embassyPosts(doc: EntityDoc, affiliations: readonly Affiliation[]): Affiliation[] {
  return affiliations.map((a) => {
    if (!a.targetId.startsWith("country:") || !HEAD_OF_MISSION.test(a.role) || NOT_AT_EMBASSY.test(a.role))
      return a;
    const embassy = `org:${a.targetId.slice("country:".length)}:embassy`;
    return doc.actors.has(embassy) ? { ...a, targetId: embassy } : a;
  });
}
