// The knowledge key a national body's own title names. A title is read as a head noun and its
// modifiers ("Border Security Force": head "force", modifiers "border", "security"); it names a kind
// of organisations.json when one of the kind's patterns has the same head and all its modifiers are
// in the title, the title adding only words of rank or scope ("Federal Prosecutor’s Office" →
// prosecutors-office, "Ruritania Constabulary Force" → police). "Office of the President" is read
// as "President’s Office". Guide (test/corpus/README.md): a national body takes `org:<iso2>:<key>`
// with the key from that file; only a body without one keeps a slug of its role.

import type { Knowledge } from "../knowledge/knowledge.ts";

/** A title or pattern as its head noun and the set of its other content words. */
interface Shape {
  head: string;
  modifiers: Set<string>;
}

/** Words of rank, scope or standing that a body's title may add to its kind's name. */
const RANK = new Set(
  "federal national state public general central royal main chief principal supreme security republican".split(
    " ",
  ),
);

/** Function words, never modifiers. */
const FUNCTION_WORDS = new Set(["of", "the", "for", "and", "on"]);

/** Words that name the same remit as another: a constabulary is a police force. */
const SAME_WORD: Record<string, string> = {
  constabulary: "police",
  defence: "defense",
  prosecutors: "prosecutor",
  "prosecutor-general": "prosecutor",
  "attorney-general": "attorney",
  gendarmes: "gendarmerie",
};

/** "Office of the President" → "President’s Office": the officer's office in the possessive form. */
const OFFICE_OF = /^(office|bureau|cabinet)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?(.+)$/iu;

/** Rank words opening a title ("Federal ", "National "). */
const LEADING_RANK = new RegExp(`^(?:(?:${[...RANK].join("|")})[\\s\\u00a0]+)+`, "iu");
/** A title that opens on its head: "Ministry of …", "Department for …". */
const HEAD_FIRST = /^(?:ministry|department|office|secretariat)[\s\u00a0]+(?:of|for)[\s\u00a0]/iu;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s(?![\p{L}])/gu, "")
    .replace(/s[’'](?![\p{L}])/gu, "")
    .split(/[\s\u00a0,]+/)
    .filter((w) => w !== "" && !FUNCTION_WORDS.has(w))
    .map((w) => SAME_WORD[w] ?? w);
}

/** The shape of a title written head-first ("Ministry of Defence") or head-last ("defence ministry"). */
function shapeOf(text: string): Shape | undefined {
  // "Federal Ministry of the Interior": rank words before a head-first title.
  // (A possessive's apostrophe left before the title, "Islands’ Office of …", is no part of it.)
  const title = text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const lead = LEADING_RANK.exec(title)?.[0] ?? "";
  const rest = title.slice(lead.length);
  const ranks = words(lead);
  const office = OFFICE_OF.exec(rest);
  const all = office ? [...words(office[2] ?? ""), (office[1] ?? "").toLowerCase()] : words(rest);
  const headFirst = !office && HEAD_FIRST.test(rest);
  const head = headFirst ? all[0] : all.at(-1);
  if (!head) return undefined;
  return { head, modifiers: new Set([...ranks, ...(headFirst ? all.slice(1) : all.slice(0, -1))]) };
}

const kindShapes = new WeakMap<Knowledge, { key: string; shape: Shape }[]>();

/** Every pattern of every national kind that needs a country, as a shape, once per knowledge base. */
function shapes(k: Knowledge): { key: string; shape: Shape }[] {
  let list = kindShapes.get(k);
  if (!list) {
    list = k.nationalKinds
      .filter((kind) => !kind.defaultCountry)
      .flatMap((kind) =>
        kind.patterns.flatMap((p) => {
          const shape = shapeOf(p);
          return shape ? [{ key: kind.sameAs ?? kind.key, shape }] : [];
        }),
      );
    kindShapes.set(k, list);
  }
  return list;
}

/**
 * The knowledge key of a national body's title, or undefined when no kind's pattern fits it. Of
 * several fitting patterns the one with most modifiers wins ("border force" over "force").
 */
export function nationalKeyOf(title: string, k: Knowledge): string | undefined {
  const own = shapeOf(title);
  if (!own) return undefined;
  let best: { key: string; size: number } | undefined;
  for (const { key, shape } of shapes(k)) {
    if (shape.head !== own.head) continue;
    if (![...shape.modifiers].every((m) => own.modifiers.has(m))) continue;
    if (![...own.modifiers].every((m) => shape.modifiers.has(m) || RANK.has(m))) continue;
    if (!best || shape.modifiers.size > best.size) best = { key, size: shape.modifiers.size };
  }
  return best?.key;
}
