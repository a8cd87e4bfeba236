// "Chilean Defence Minister Paula Soto and her Argentine counterpart, Luis Vera": a counterpart holds
// the same portfolio in the other state, so when the article names that state's ministry for it, the
// counterpart belongs to the ministry (the most specific body the text ties them to,
// test/corpus/README.md), else to the state the entity stage gave them.
import type { EntityDoc } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";
import { portfolioWords, titleWords } from "./portfolio-posts.ts";

const COUNTERPART = /\bcounterparts?\b/iu;

/** The portfolio words of the post held by the person the counterpart answers to (nearest before, close by). */
function antecedentPortfolio(affiliations: readonly Affiliation[], c: Affiliation): Set<string> | undefined {
  const before = affiliations.filter(
    (a) =>
      a !== c && a.personId !== c.personId && a.span.end <= c.span.start && c.span.start - a.span.end < 300,
  );
  const last = before.sort((a, b) => a.span.end - b.span.end).pop();
  if (!last || COUNTERPART.test(last.role)) return undefined;
  // The antecedent's ministry, or the portfolio its title names ("Defence Minister").
  const ministry = portfolioWords(last.targetId);
  return ministry.length > 0 ? new Set(ministry) : titleWords(last.role);
}

/** The affiliations with counterparts moved from their state to its ministry of the same portfolio. */
export function counterpartPosts(doc: EntityDoc, affiliations: readonly Affiliation[]): Affiliation[] {
  const ministries = [...doc.actors.keys()].filter((id) => portfolioWords(id).length > 0);
  if (ministries.length === 0) return [...affiliations];
  return affiliations.map((c) => {
    if (!COUNTERPART.test(c.role) || !c.targetId.startsWith("country:")) return c;
    const words = antecedentPortfolio(affiliations, c);
    if (!words) return c;
    const state = c.targetId.slice("country:".length);
    const ministry = ministries.find(
      (id) => id.startsWith(`org:${state}:`) && portfolioWords(id).some((w) => words.has(w)),
    );
    return ministry ? { ...c, targetId: ministry } : c;
  });
}
