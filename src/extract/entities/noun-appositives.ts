// A name in apposition to a noun for a kind of person: "arrested the driver, Anna Berg, at the
// crossing", "a local fisherman, Tomas Lind, said …", "the ship's captain, Peter Hall,". The noun says
// the name is a person; the comma after the name closes the apposition (a list or a clause does not).
// The same nouns, and nouns of kinship or fortune, also stand right before a name as a label
// ("shipping magnate Anna Berg", "his nephew Tomas Lind", "rights lawyer Peter Hall").

/** Nouns for people by trade, state or part in a story (singular; the plural lists many names). */
const PERSON_NOUNS =
  "driver|lorry[\\s\\u00a0]+driver|truck[\\s\\u00a0]+driver|captain|skipper|fisherman|fisher|sailor|seaman|pilot|" +
  "journalist|reporter|photographer|blogger|activist|lawyer|teacher|student|doctor|nurse|farmer|herder|" +
  "businessman|businesswoman|trader|worker|engineer|tourist|pensioner|priest|imam|suspect|victim|" +
  "detainee|prisoner|hostage|defendant|witness|survivor|resident|villager|smuggler|man|woman|boy|girl";

const NOUN_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[\\s\\u00a0]+(?:[\\p{Ll}’'-]+[\\s\\u00a0]+){0,2}(?:${PERSON_NOUNS}),[\\s\\u00a0]+$`,
  "u",
);

/** `before` ends in "the <person noun>, " and `after` closes the apposition with a comma. */
export function namedByPersonNoun(before: string, after: string): boolean {
  return /^,[\s\u00a0]/.test(after) && NOUN_BEFORE.test(before);
}

/** Nouns of kinship or fortune that, unlike a post, label a person only right before the name. */
const LABEL_NOUNS =
  "son|daughter|brother|sister|nephew|niece|cousin|uncle|aunt|wife|husband|father|mother|widow|widower|" +
  "grandson|granddaughter|magnate|tycoon|billionaire|oligarch|financier|entrepreneur|dissident";

/** A lower-case person noun right before the name, the name's label (no comma between). */
const LABEL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}’'-])(?:${PERSON_NOUNS.replace("|man|woman|boy|girl", "")}|${LABEL_NOUNS})[\\s\\u00a0]+$`,
  "u",
);

/** `before` ends in a person noun used as the name's label: "fertiliser magnate ", "his cousin ". */
export function labelledByPersonNoun(before: string): boolean {
  return LABEL_BEFORE.test(before);
}
