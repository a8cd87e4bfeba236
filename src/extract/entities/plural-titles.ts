// "Presidents A of Costa Rica and B of Panama", "Prime Ministers A and B", "the foreign ministers of
// the two countries, Ruritania’s A and Osterlich’s B": a plural title before a list of names says
// that each listed name is a person.

/** A plural title right before the first name, capitalised or not. */
const PLURAL_TITLE =
  "(?:(?:(?:Foreign|Defen[cs]e|Interior|Trade|Finance|Prime|Deputy|Vice)[\\s\\u00a0]+)?(?:Presidents|Ministers|Premiers|Chancellors|Kings|Emirs|Generals|Senators|Ambassadors|Governors|Mayors)|(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Tt]rade|[Ff]inance)[\\s\\u00a0]+ministers)";
/** "of the two countries,", "of both states,": the pair the titles belong to, then a comma. */
const OF_PAIR =
  "(?:[\\s\\u00a0]+of[\\s\\u00a0]+(?:the[\\s\\u00a0]+two|both)[\\s\\u00a0]+(?:countries|states|nations|neighbou?rs|sides|governments),)?";
/** A state's possessive before a listed name ("Ruritania’s A"). */
const OWNER = "(?:\\p{Lu}[\\p{L}.-]*(?:[\\s\\u00a0]+\\p{Lu}[\\p{L}.-]*)?[’']s[\\s\\u00a0]+)?";
/** One listed name (capitalised words), maybe with "of <Place>", then a comma or "and". */
const LISTED_NAME =
  "\\p{Lu}[\\p{L}’'.-]*(?:[\\s\\u00a0]+\\p{Lu}[\\p{L}’'.-]*){0,3}(?:[\\s\\u00a0]+of[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?\\p{Lu}[\\p{L}’'.-]*(?:[\\s\\u00a0]+\\p{Lu}[\\p{L}’'.-]*){0,2})?";

const FIRST = new RegExp(`(?:^|[^\\p{L}])${PLURAL_TITLE}${OF_PAIR}[\\s\\u00a0]+${OWNER}$`, "u");
const LATER = new RegExp(
  `(?:^|[^\\p{L}])${PLURAL_TITLE}${OF_PAIR}[\\s\\u00a0]+(?:${OWNER}${LISTED_NAME}(?:,[\\s\\u00a0]+|[\\s\\u00a0]+and[\\s\\u00a0]+|,[\\s\\u00a0]+and[\\s\\u00a0]+)){1,4}${OWNER}$`,
  "u",
);

/** The text before a name ends in a plural title or a list opened by one. */
export function afterPluralTitle(before: string): boolean {
  return FIRST.test(before) || LATER.test(before);
}
