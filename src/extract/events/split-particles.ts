// Phrasal verbs whose object stands between the verb and its particle: "sent 112 migrants back",
// "flew the workers home", "called the ambassador in", "handed the two men over", "turned the
// boats back". The lexicon lists them joined ("send back"); these helpers find the split order.

import type { Doc } from "../doc.ts";
import type { InflectedForm, VerbForm } from "../text/text.ts";
import type { Sentence } from "../types.ts";

const PHRASAL = /^(\S+)[\s\u00a0]+(back|home|out|over|down|up|away|off|in)$/u;

/** The verb word of each joined form with its particle: "sent back" → "sent" + "back". */
export function splitForms(
  forms: readonly InflectedForm[],
): Map<string, { particle: string; form: VerbForm }[]> {
  const out = new Map<string, { particle: string; form: VerbForm }[]>();
  for (const f of forms) {
    const m = PHRASAL.exec(f.text);
    if (!m?.[1] || !m[2]) continue;
    const key = m[1].toLowerCase();
    out.set(key, [...(out.get(key) ?? []), { particle: m[2], form: f.form }]);
  }
  return out;
}

const particleCache = new Map<string, RegExp>();

/** One to five words of object, no clause break, then the particle ("112 Haitians back"). */
function particleRegex(particle: string): RegExp {
  let re = particleCache.get(particle);
  if (!re) {
    re = new RegExp(
      `^(?:[\\s\\u00a0]+(?!(?:and|or|to|that|which|who|after|before|when)(?![\\p{L}]))[\\p{L}\\p{N}’'.,-]+){1,5}?[\\s\\u00a0]+${particle}(?![\\p{L}])`,
      "iu",
    );
    particleCache.set(particle, re);
  }
  return re;
}

/** Does the particle follow the verb ending at `verbEnd` within its sentence, after a short object? */
export function particleFollows(doc: Doc, s: Sentence, verbEnd: number, particle: string): boolean {
  const m = particleRegex(particle).exec(doc.body.slice(verbEnd, Math.min(s.end, verbEnd + 60)));
  // "delivered 5,000 tonnes": only a comma inside a number belongs to the object.
  return m !== null && !/,(?!\d)/.test(m[0]) && !/[.](?![\d\p{L}])/u.test(m[0].slice(0, -particle.length));
}
