// A post read after a person's name across a coordination or a relative clause belongs to someone
// else: "Samoa’s police minister, Leota Afa, and New Zealand’s defence minister, …" gives Leota no
// post in New Zealand, nor does "Prime Minister Sione Latu, who signed the pact with Australian
// Defence Minister …" make him Australian. Such posts (their role opens with "and", "who", …) are
// dropped; a person left without a post who is introduced as "<State>’s <title>, NAME" gets that
// state with that title, as when nothing follows the name.
import type { EntityDoc } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";
import { WS } from "../text/patterns.ts";

/** A role that opens with a conjunction or a relative pronoun was read across a clause boundary. */
const MISREAD_ROLE = /^(?:and|or|but|who|whom|whose|which|while|with)\b/iu;
/** "<possessive> police minister, " right before the name: the title words after the possessive. */
const TITLE_BEFORE_NAME = new RegExp(
  `^${WS}+((?:\\p{Ll}[\\p{Ll}-]*${WS}+){0,3}\\p{Ll}[\\p{Ll}-]*),${WS}+$`,
  "u",
);

/** The last word of a title of office ("police minister", "national security adviser"). */
const OFFICE =
  /\b(?:minister|secretary|advis[eo]r|spokes(?:man|woman|person)|ambassador|envoy|chief|commander|director|governor|president)$/u;

/** The post "<State>’s <title>, NAME" told right before a name mention. */
function titleBefore(doc: EntityDoc, personId: string): Affiliation | undefined {
  for (const [i, m] of doc.mentions.entries()) {
    if (m.actorId !== personId || m.kind !== "name") continue;
    // The possessive state, or a body of a state the title opens with ("Samoa’s police minister").
    const owner = doc.mentions[i - 1];
    const actor = owner && owner.end >= m.start - 60 ? doc.actors.get(owner.actorId) : undefined;
    const state = actor?.kind === "Country" && owner?.kind === "possessive" ? actor.id : actor?.countryId;
    if (!owner || !state || !doc.actors.has(state)) continue;
    const title = TITLE_BEFORE_NAME.exec(doc.body.slice(owner.end, m.start))?.[1];
    if (!title || !(OFFICE.test(title) || doc.knowledge.roles.some((r) => title.includes(r.title)))) continue;
    return {
      personId,
      targetId: state,
      role: actor?.kind === "Country" ? title : `${doc.body.slice(owner.start, owner.end)} ${title}`,
      speaksFor: /\bspokes/u.test(title),
      span: { start: owner.start, end: m.end },
    };
  }
  return undefined;
}

/** The affiliations without posts misread across a clause boundary, and the posts told before the name instead. */
export function misreadPosts(doc: EntityDoc, affiliations: readonly Affiliation[]): Affiliation[] {
  const kept = affiliations.filter((a) => !MISREAD_ROLE.test(a.role.trim()));
  const dropped = new Set(affiliations.filter((a) => !kept.includes(a)).map((a) => a.personId));
  for (const personId of dropped) {
    if (kept.some((a) => a.personId === personId)) continue;
    const post = titleBefore(doc, personId);
    if (post) kept.push(post);
  }
  return kept;
}
