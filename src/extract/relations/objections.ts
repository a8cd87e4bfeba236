// Opposition stated in passing: "signed a pact with China, brushing aside weeks of objections from
// Australia and the United States", "went ahead despite protests from Peru". Each objector criticises
// the clause's subject, the first actor of the sentence.
import { type EntityDoc, evidence, mentionsIn } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import type { Evidence } from "../types.ts";

const OBJECTIONS_FROM = new RegExp(
  `\\b(?:despite|over|against|brushing${WS}+aside|ignoring|in${WS}+the${WS}+face${WS}+of|defying)${WS}+(?:(?:weeks|months|years|days)${WS}+of${WS}+)?(?:the${WS}+)?(?:strong${WS}+|repeated${WS}+)?(?:objections|criticism|protests|opposition)${WS}+(?:from|of|by)${WS}+`,
  "giu",
);

/** Countries of the article named by their capital in `text` ("criticism from Washington"). */
function capitalsIn(doc: EntityDoc, text: string): string[] {
  const out: string[] = [];
  for (const c of doc.knowledge.countries.values()) {
    const id = `country:${c.iso2.toLowerCase()}`;
    if (c.capital && doc.actors.has(id) && new RegExp(`\\b${c.capital}\\b`, "u").test(text)) out.push(id);
  }
  return out;
}

/** One objector and the actor it objects to. */
export interface Objection {
  from: string;
  to: string;
  at: number;
  evidence: Evidence[];
}

export function objections(doc: EntityDoc): Objection[] {
  const out: Objection[] = [];
  for (const s of doc.sentences) {
    for (const m of execAll(OBJECTIONS_FROM, s.text)) {
      const at = s.start + (m.index ?? 0);
      // The objectors: the actors listed right after, up to the end of the phrase.
      const rest = doc.body.slice(at + m[0].length, s.end);
      const phraseEnd = at + m[0].length + (rest.search(/[,.;:]/) < 0 ? rest.length : rest.search(/[,.;:]/));
      const objectors = [
        ...new Set([
          ...mentionsIn(doc, at + m[0].length, phraseEnd).map((x) => x.actorId),
          ...capitalsIn(doc, doc.body.slice(at + m[0].length, phraseEnd)),
        ]),
      ];
      const subject = mentionsIn(doc, s.start, at).find((x) => !objectors.includes(x.actorId));
      if (!subject || doc.actors.get(subject.actorId)?.kind === "Person") continue;
      for (const from of objectors)
        out.push({ from, to: subject.actorId, at, evidence: [evidence(doc, s.start, s.end)] });
    }
  }
  return out;
}
