// A name in apposition to a noun for a kind of person: "arrested the driver, Anna Berg, at the
// crossing", "a local fisherman, Tomas Lind, said …", "the ship's captain, Peter Hall,". The noun says
// the name is a person; the comma after the name closes the apposition (a list or a clause does not).

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
