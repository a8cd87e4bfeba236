// A person tied only to a state whose title names a portfolio ("Interior Cabinet Secretary", "Principal
// Secretary for Foreign Affairs", "Home Secretary") belongs to that state's ministry for the portfolio
// when the article names the ministry: the most specific body the text ties them to
// (test/corpus/README.md). Titles with no portfolio ("President", "Prime Minister") keep the state.
import type { EntityDoc } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";

/** Title words that name a portfolio under another word than the ministry's id uses. */
const SYNONYMS: Record<string, string> = {
  home: "interior",
  defence: "defense",
  overseas: "foreign",
  external: "foreign",
};
/** Slug words that name no portfolio. */
const FILLER = new Set([
  ...["and", "of", "affairs", "the", "for", "public", "national", "state", "heavy", "general"],
  // Words of a title that name no portfolio ("Prime Minister", "Cabinet Secretary", "Deputy Chief").
  ...["prime", "minister", "cabinet", "secretary", "deputy", "vice", "first", "chief", "office", "senior"],
]);

/** The portfolio words of a ministry id ("org:ke:ministry-of-foreign-affairs" → ["foreign"]). */
export function portfolioWords(id: string): string[] {
  const slug = /^org:[a-z]{2}:ministry-of-(.+)$/u.exec(id)?.[1];
  return slug ? slug.split("-").filter((w) => !FILLER.has(w)) : [];
}

export const titleWords = (role: string) =>
  new Set(
    role
      .toLowerCase()
      .split(/[^a-z]+/u)
      .map((w) => SYNONYMS[w] ?? w),
  );

/** The affiliations with state-only posts that name a portfolio moved to the named ministry. */
export function portfolioPosts(doc: EntityDoc, affiliations: readonly Affiliation[]): Affiliation[] {
  const ministries = [...doc.actors.keys()].filter((id) => portfolioWords(id).length > 0);
  if (ministries.length === 0) return [...affiliations];
  return affiliations.map((a) => {
    if (!a.targetId.startsWith("country:")) return a;
    const words = titleWords(a.role);
    const state = a.targetId.slice("country:".length);
    const ministry = ministries.find(
      (id) => id.startsWith(`org:${state}:`) && portfolioWords(id).some((w) => words.has(w)),
    );
    return ministry ? { ...a, targetId: ministry } : a;
  });
}
