// Readable, stable identifiers. Slugs are ASCII so ids survive URLs and Cypher literals unchanged.

/** Latin letters that Unicode decomposition leaves whole ("Radosław", "Søren", "Fıdan", "Đạt"). */
const LETTERS: Record<string, string> = {
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ø: "o",
  Ø: "O",
  æ: "ae",
  Æ: "Ae",
  œ: "oe",
  Œ: "Oe",
  ß: "ss",
  ı: "i",
  þ: "th",
  Þ: "Th",
  ð: "d",
};

/** Lower-case ASCII slug: diacritics dropped, every other non-alphanumeric run becomes one dash. */
export function slugify(text: string): string {
  return text
    .replace(/[łŁđĐøØæÆœŒßıþÞð]/g, (c) => LETTERS[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’']/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Number of title words kept in an article id: long enough to be unique per day, short enough to read. */
export const ARTICLE_ID_TITLE_WORDS = 4;

/** `YYYY-MM-DD-<slug of the first words of the title>`. */
export function articleId(publishedAt: string, title: string): string {
  const words = slugify(title).split("-").filter(Boolean).slice(0, ARTICLE_ID_TITLE_WORDS);
  return [publishedAt, ...words].join("-");
}

export const countryId = (iso2: string): string => `country:${iso2.toLowerCase()}`;
export const personId = (fullName: string): string => `person:${slugify(fullName)}`;
export const nationalOrgId = (iso2: string, key: string): string => `org:${iso2.toLowerCase()}:${key}`;
