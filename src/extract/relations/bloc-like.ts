// Which organisations are blocs that states can be members of. Known bodies carry their type in
// seed/knowledge/organisations.json; a body not listed there ("the Andean Community", "the East
// African Community") is a bloc when it belongs to no state and its name is headed like one.
import type { EntityDoc } from "../doc.ts";

const BLOC_TYPES = /intergovernmental|alliance/;
/** Head words of bloc names; "Community" and "Union" cover most regional groupings. */
const BLOC_NAME =
  /\b(?:Community|Union|Alliance|League|Association|Organi[sz]ation|Commonwealth|Pact|Bloc|Council|Forum|Group(?:ing)?|Conference|Initiative|Partnership|Cooperation|Treaty)\b/u;

export function isBlocLike(doc: EntityDoc, id: string): boolean {
  const actor = doc.actors.get(id);
  if (actor?.kind !== "Organization") return false;
  if (BLOC_TYPES.test(actor.orgType ?? "")) return true;
  return (
    [undefined, "organization"].includes(actor.orgType) && !actor.countryId && BLOC_NAME.test(actor.name)
  );
}
