// "The service said …", "“…,” the agency said", "The Guard says it …": a definite noun as the subject of
// a reporting verb refers back to an organisation named earlier whose name has that head word ("the
// service" → the State Border Service, "the Guard" → the Revolutionary Guard Corps), or, for the
// generic words of one kind ("the agency", "the outlet", "the bloc", "the company"), to an organisation
// of that kind.
import { type ActorMention, type EntityDoc, inQuote } from "../doc.ts";
import type { Actor, Sentence } from "../types.ts";

/**
 * "the X" right before the verb, at the sentence start, after a quotation or after a comma; also
 * "a spokesman for the X", "a X spokesman", "the X’s statement" (the body speaks through them).
 */
const DEFINITE_SUBJECT =
  /(?:^|[”"][\s\u00a0]*|,[\s\u00a0]+)(?:(?:(?:a|an)[\s\u00a0]+(?:spokes(?:man|woman|person)|official|representative)[\s\u00a0]+(?:for|of|from)[\s\u00a0]+)?the[\s\u00a0]+(\p{L}+)|(?:the|a|an)[\s\u00a0]+(\p{L}+)(?:[’']s)?[\s\u00a0]+(?:(?:written|joint|brief|short|separate)[\s\u00a0]+)?(?:statement|spokes(?:man|woman|person)|official|representative|communiqu[eé]|readout|press[\s\u00a0]+release))[\s\u00a0]+(?:(?:also|later|then|again|has|have|had|previously|repeatedly)[\s\u00a0]+){0,2}$/iu;

/** Generic heads that stand for an organisation of a kind rather than for a word of its name. */
const GENERIC_HEADS: Record<string, (a: Actor) => boolean> = {
  agency: (a) =>
    /\b(?:agency|service|bureau|office|secretariat|directorate|authority|administration|inspectorate|department|centre|center)\b/i.test(
      a.name,
    ) || /agency/.test(a.orgType ?? ""),
  outlet: (a) => a.orgType === "news agency",
  bloc: (a) => /^(?:intergovernmental|military alliance)/.test(a.orgType ?? ""),
  alliance: (a) => /alliance/.test(a.orgType ?? ""),
  group: (a) => a.orgType === "armed group",
  company: (a) => a.orgType === "company",
  firm: (a) => a.orgType === "company",
  broadcaster: (a) => a.orgType === "media" || /broadcaster/i.test(a.name),
};

/** Documents a body issues ("the statement said"). */
const DOCUMENT = /^(?:statement|communiqu[eé]|readout|note|letter)$/i;

/** Head nouns too vague to name one body ("the country", "the government", "the statement"). */
const NOT_A_BODY =
  /^(?:country|government|state|statement|report|official|officials|minister|spokesman|spokeswoman|spokesperson|president|leader|two|three|side|sides)$/i;

/** "the Chilean ministry" right before the verb: a demonym, then a lower-case head word. */
const DEMONYM_SUBJECT =
  /(?:^|[”"][\s\u00a0]*|,[\s\u00a0]+)[Tt]he[\s\u00a0]+\p{Lu}\p{Ll}+[\s\u00a0]+(\p{Ll}+)[\s\u00a0]+(?:(?:also|later|then|again|has|have|had)[\s\u00a0]+){0,2}$/u;

/** "…, the Chilean ministry said": a body of the demonym's state whose name has that head word. */
function demonymBodySubject(doc: EntityDoc, s: Sentence, verbStart: number): ActorMention | undefined {
  // Most verbs have no "the <Capitalised> <noun>" right before them: a short look first.
  if (
    !/[Tt]he[\s\u00a0]+\p{Lu}\p{Ll}+[\s\u00a0]+\p{Ll}+[\s\u00a0]/u.test(
      doc.body.slice(Math.max(s.start, verbStart - 60), verbStart),
    )
  )
    return undefined;
  const m = DEMONYM_SUBJECT.exec(doc.body.slice(s.start, verbStart));
  const head = m?.[1];
  if (!m || !head) return undefined;
  const at = s.start + m.index + m[0].lastIndexOf(head);
  const state = demonymBefore(doc, at);
  return state ? bodyByHead(doc, s, head, at, undefined, state) : undefined;
}

export function definiteBodySubject(
  doc: EntityDoc,
  s: Sentence,
  verbStart: number,
  /** The speaker of the previous sentence in the paragraph, if any. */
  previousSpeaker?: string,
  /** A body that spoke a few sentences before, maybe in the paragraph before: who issued "the statement". */
  recentIssuer?: string,
  /** Bodies that spoke in the sentences just before, latest first. */
  recentSpeakers: readonly string[] = [],
): ActorMention | undefined {
  const m = DEFINITE_SUBJECT.exec(doc.body.slice(s.start, verbStart));
  // "the ministry said", or its voice: "a ministry statement said", "the ministry’s spokeswoman said".
  const head = m?.[1] ?? m?.[2];
  if (!m || !head) return demonymBodySubject(doc, s, verbStart);
  const at = s.start + m.index + m[0].indexOf(head);
  // "X said in a statement that … “…,” the statement said": the document speaks for whoever issued
  // it, the speaker of the sentence before, else a body that spoke just before (across a paragraph).
  const issuer =
    (m[1] && DOCUMENT.test(head) && namedIssuer(doc, s, head)) || previousSpeaker || recentIssuer;
  if (m[1] && DOCUMENT.test(head) && issuer)
    return {
      actorId: issuer,
      start: at,
      end: at + head.length,
      sentence: s.index,
      kind: "name",
      text: head,
    };
  return bodyByHead(doc, s, head, at, previousSpeaker, undefined, recentSpeakers);
}

/** How far back "the readout" looks for the document named with its issuer. */
const ISSUER_WINDOW = 600;

/**
 * "…, according to a readout from the foreign ministry. … the readout said": the organisation named
 * as the issuer of the same document shortly before ("a <document> (issued) from/by/of X",
 * "X’s <document>") is who "the <document>" speaks for, whoever spoke in between.
 */
function namedIssuer(doc: EntityDoc, s: Sentence, head: string): string | undefined {
  const from = Math.max(0, s.start - ISSUER_WINDOW);
  const re = new RegExp(
    `\\b${head}[\\s\\u00a0]+(?:(?:issued|released|published|posted|sent)[\\s\\u00a0]+)?(?:from|by|of)[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?$`,
    "i",
  );
  let found: string | undefined;
  for (const x of doc.mentions) {
    if (x.start < from || x.end > s.start) continue;
    if (doc.actors.get(x.actorId)?.kind !== "Organization") continue;
    const before = doc.body.slice(Math.max(from, x.start - 60), x.start);
    const after = doc.body.slice(x.end, x.end + head.length + 4);
    const possessive = new RegExp(`^[’']s[\\s\\u00a0]+${head}(?!\\p{L})`, "iu");
    if (re.test(before) || possessive.test(after)) found = x.actorId;
  }
  return found;
}

/** "the Chilean ministry": the state of a demonym right before the head word at `at`. */
function demonymBefore(doc: EntityDoc, at: number): string | undefined {
  const d = doc.mentions.find(
    (x) => x.kind === "demonym" && x.end < at && /^[\s\u00a0]+$/.test(doc.body.slice(x.end, at)),
  );
  return d?.actorId.startsWith("country:") ? d.actorId : undefined;
}

/**
 * The organisation named before sentence `s` that the definite noun `head` at offset `at` refers to
 * ("according to the authority" → the Food Authority named earlier), if any.
 */
export function bodyByHead(
  doc: EntityDoc,
  s: Sentence,
  head: string,
  at: number,
  previousSpeaker?: string,
  /** "the Chilean ministry": only a body of this state fits. */
  state?: string,
  /** Bodies that spoke in the sentences just before, latest first. */
  recentSpeakers: readonly string[] = [],
): ActorMention | undefined {
  if (NOT_A_BODY.test(head)) return undefined;
  const word = new RegExp(`\\b${head}\\b`, "i");
  const generic = GENERIC_HEADS[head.toLowerCase()];
  const named = (a: Actor) => word.test(a.name) || a.aliases.some((x) => word.test(x));
  const fits = (a: Actor) =>
    a.kind === "Organization" && (!state || a.countryId === state) && (named(a) || !!generic?.(a));
  const ownWhere = (ok: (a: Actor) => boolean) =>
    doc.mentions.find(
      (x) =>
        x.start >= s.start && x.end <= at && !inQuote(doc, x.start) && ok(doc.actors.get(x.actorId) as Actor),
    );
  const earlier = doc.mentions.filter((x) => x.end <= s.start && fits(doc.actors.get(x.actorId) as Actor));
  // A body that spoke just before and fits: "the agency said" goes on from the agency that has been
  // speaking, not from one merely named inside what it said.
  const spoke = [previousSpeaker, ...recentSpeakers].find((id) => earlier.some((x) => x.actorId === id));
  // "Ruritania’s coast guard seized a trawler, the guard said": a body the sentence itself names,
  // outside any quotation, by the head word of its name, is the one its closing tag names; one that
  // only fits the generic head ("customs officers …, the agency said") yields to the speaking body.
  const latest = earlier[earlier.length - 1];
  const speaking = earlier.findLast((x) => x.actorId === spoke);
  // …unless a fitting body was named in a later sentence than the speaker ("NATO said … . The WHO
  // warned … . The organization said …").
  const current = speaking && latest && latest.sentence > speaking.sentence ? undefined : speaking;
  const last = ownWhere((a) => fits(a) && named(a)) ?? current ?? ownWhere(fits) ?? latest;
  if (!last) return undefined;
  return { ...last, start: at, end: at + head.length, sentence: s.index, kind: "name", text: head };
}
