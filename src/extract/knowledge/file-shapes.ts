// The shape of each file in seed/knowledge/, checked when it is loaded (see shape.ts). Keep these
// in step with the interfaces in knowledge.ts: a key added to a file must be added here first.
import { RELATION_KINDS } from "../types.ts";
import { bool, either, int, list, literal, nullable, object, record, str } from "./shape.ts";

const words = list(str);
const stance = literal("criticize", "accuse", "threaten");

export const COUNTRIES_FILE = object({
  countries: record(
    object(
      { name: str, demonyms: words, aliases: words },
      { wikidata: str, capital: str, seats: words, sharedCapital: bool },
    ),
    {
      pattern: /^[A-Z]{2}$/,
      what: 'an ISO 3166-1 alpha-2 code such as "FR"',
    },
  ),
});

export const ORGANISATIONS_FILE = object({
  international: list(
    object(
      { id: str, name: str, aliases: words, orgType: str },
      { wikidata: str, country: str, partOf: str, seat: str },
    ),
  ),
  national: list(
    object(
      { key: str, nameTemplate: str, orgType: str, patterns: words },
      { requiresCountry: bool, defaultCountry: str, sameAs: str, notBefore: words },
    ),
  ),
  governmentHeads: words,
  nameHeads: words,
  armedGroupWords: words,
});

export const ROLES_FILE = object({
  roles: list(
    object(
      { title: str },
      { government: bool, speaksFor: bool, org: str, gender: literal("male", "female"), country: str },
    ),
  ),
  honorifics: record(nullable(literal("male", "female"))),
});

export const SPEECH_FILE = object(
  {
    verbs: list(object({ lemma: str, cameo: str }, { forms: words, stance, quoteOnly: bool })),
    frames: list(object({ phrase: str, cameo: str })),
  },
  {
    criticismWords: words,
    clauseVerbs: list(object({ lemma: str, cameo: str }, { forms: words, stance })),
  },
);

const EVENT_TYPE = object(
  { type: str, label: str, cameo: str },
  {
    plannedCameo: str,
    jointCameo: str,
    requiresAgent: bool,
    minParticipants: int,
    context: str,
    objectOwner: str,
    directObject: str,
    venue: words,
    relation: literal(...RELATION_KINDS),
    intent: object({ verbs: words, actions: words, objects: words }),
    cooperative: bool,
    complement: words,
    verbs: words,
    forms: record(words),
    nouns: words,
    heads: words,
    objects: either(words, literal("documents"), 'a list of words or "documents"'),
  },
);

export const EVENTS_FILE = object(
  {
    documents: words,
    types: list(EVENT_TYPE),
    statusCues: object({ alleged: words, planned: words, occurred: words }),
    militaryWords: words,
    economicWords: words,
    attackTargets: words,
  },
  {
    negation: object({ types: words, cues: list(object({ phrases: words, cameo: record(str) })) }),
    references: object({ nouns: list(object({ nouns: words, types: words })) }),
    agentNouns: words,
  },
);
