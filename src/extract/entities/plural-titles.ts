// "Presidents A of Costa Rica and B of Panama", "Prime Ministers A and B": a capitalised plural title
// before a list of names says that each listed name is a person.

/** A capitalised plural title right before the first name. */
const PLURAL_TITLE =
  "(?:(?:Foreign|Defen[cs]e|Interior|Trade|Finance|Prime|Deputy|Vice)[\\s\\u00a0]+)?(?:Presidents|Ministers|Premiers|Chancellors|Kings|Emirs|Generals|Senators|Ambassadors|Governors|Mayors)";
/** One listed name (capitalised words), maybe with "of <Place>", then a comma or "and". */
const LISTED_NAME =
  "\\p{Lu}[\\p{L}’'.-]*(?:[\\s\\u00a0]+\\p{Lu}[\\p{L}’'.-]*){0,3}(?:[\\s\\u00a0]+of[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?\\p{Lu}[\\p{L}’'.-]*(?:[\\s\\u00a0]+\\p{Lu}[\\p{L}’'.-]*){0,2})?";

const FIRST = new RegExp(`(?:^|[^\\p{L}])${PLURAL_TITLE}[\\s\\u00a0]+$`, "u");
const LATER = new RegExp(
  `(?:^|[^\\p{L}])${PLURAL_TITLE}[\\s\\u00a0]+(?:${LISTED_NAME}(?:,[\\s\\u00a0]+|[\\s\\u00a0]+and[\\s\\u00a0]+|,[\\s\\u00a0]+and[\\s\\u00a0]+)){1,4}$`,
  "u",
);

/** The text before a name ends in a plural title or a list opened by one. */
export function afterPluralTitle(before: string): boolean {
  return FIRST.test(before) || LATER.test(before);
}
