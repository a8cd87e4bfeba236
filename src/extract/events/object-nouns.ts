// Object nouns of a verb trigger in the number the text uses: the lexicon lists "agreement", the
// wire writes "signed three agreements". Plurals are made by rule (-s, -es, -y → -ies) and mapped
// back to the listed form, so mentions of one thing share a head whatever their number.

/** The regular plural of a one-word noun phrase's last word ("treaty" → "treaties"). */
export function pluralOf(phrase: string): string | undefined {
  const words = phrase.split(" ");
  const last = words.pop() ?? "";
  // Already plural, a mass noun written in the plural list, or a word with no regular plural.
  if (!/^\p{Ll}+$/u.test(last) || last.length < 3 || /(?:s|ss)$/.test(last)) return undefined;
  const plural = /[^aeiou]y$/.test(last)
    ? `${last.slice(0, -1)}ies`
    : /(?:ch|sh|x|z)$/.test(last)
      ? `${last}es`
      : `${last}s`;
  return [...words, plural].join(" ");
}

const cache = new WeakMap<readonly string[], { all: string[]; listed: Map<string, string> }>();

/** The objects with their plurals added, and each written form → the form the lexicon lists. */
export function objectForms(objects: readonly string[]): { all: string[]; listed: Map<string, string> } {
  let hit = cache.get(objects);
  if (!hit) {
    const listed = new Map<string, string>(objects.map((o) => [o.toLowerCase(), o.toLowerCase()]));
    for (const o of objects) {
      const p = pluralOf(o);
      if (p && !listed.has(p)) listed.set(p, o.toLowerCase());
    }
    hit = { all: [...listed.keys()], listed };
    cache.set(objects, hit);
  }
  return hit;
}
