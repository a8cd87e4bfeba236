// The shared, read-only view of one article that every extractor works on.
import type { Knowledge } from "./knowledge/knowledge.ts";
import type { Quote } from "./speech/quotes.ts";
import { sentenceAt } from "./text/sentences.ts";
import { lowerBound, SpanIndex } from "./text/text.ts";
import type { Actor, Evidence, Mention, Sentence, Span } from "./types.ts";

export interface ActorMention extends Mention {
  actorId: string;
}

export interface Doc {
  body: string;
  publishedAt: string;
  sentences: Sentence[];
  quotes: Quote[];
  knowledge: Knowledge;
}

/** A Doc after entity recognition. */
export interface EntityDoc extends Doc {
  actors: Map<string, Actor>;
  /** Every mention, sorted by start. */
  mentions: ActorMention[];
  /** Role appositives and role prefixes of people ("…, Peru’s foreign ministry spokeswoman,"): never subjects. */
  appositives: Span[];
}

export function evidence(doc: Doc, start: number, end: number): Evidence {
  return { sentence: sentenceAt(doc.sentences, start), start, end, text: doc.body.slice(start, end) };
}

const quoteIndexes = new WeakMap<readonly Quote[], SpanIndex>();

export function inQuote(doc: Doc, offset: number): boolean {
  let index = quoteIndexes.get(doc.quotes);
  if (!index) {
    index = new SpanIndex(doc.quotes);
    quoteIndexes.set(doc.quotes, index);
  }
  return index.contains(offset);
}

/** The story's two main states: the two countries named most outside quotes, when no third rivals the second. */
export function mainPair(doc: EntityDoc): string[] {
  const counts = new Map<string, number>();
  for (const m of doc.mentions)
    if (!inQuote(doc, m.start) && doc.actors.get(m.actorId)?.kind === "Country")
      counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  const [a, b, c] = [...counts].sort((x, y) => y[1] - x[1]);
  return a && b && (c === undefined || b[1] > c[1]) ? [a[0], b[0]] : [];
}

export function inSpans(spans: readonly Span[], offset: number): boolean {
  return spans.some((s) => s.start <= offset && offset < s.end);
}

/** Mentions starting inside [start, end) (mentions are sorted by start). */
export function mentionsIn(doc: EntityDoc, start: number, end: number): ActorMention[] {
  return doc.mentions.slice(lowerBound(doc.mentions, start), lowerBound(doc.mentions, end));
}

export function sentenceOf(doc: Doc, offset: number): Sentence {
  const s = doc.sentences[sentenceAt(doc.sentences, offset)];
  if (!s) throw new Error(`no sentence at offset ${offset}`);
  return s;
}

export function actorKind(doc: EntityDoc, id: string): Actor["kind"] | undefined {
  return doc.actors.get(id)?.kind;
}

/** The first mention starting at or after `offset`. */
export function firstMentionFrom(doc: EntityDoc, offset: number): ActorMention | undefined {
  return doc.mentions[lowerBound(doc.mentions, offset)];
}

/** The mention starting exactly at `offset`. */
export function mentionAt(doc: EntityDoc, offset: number): ActorMention | undefined {
  const m = firstMentionFrom(doc, offset);
  return m?.start === offset ? m : undefined;
}

/** The last mention ending at or before `offset`. */
export function lastMentionBefore(doc: EntityDoc, offset: number): ActorMention | undefined {
  for (let i = lowerBound(doc.mentions, offset) - 1; i >= 0; i--) {
    const m = doc.mentions[i];
    if (m && m.end <= offset) return m;
  }
  return undefined;
}
