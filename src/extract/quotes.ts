// Quoted passages (“…” and "…"). A statement's text is the inside of the marks, kept verbatim.
import type { Span } from "./types.ts";

export interface Quote extends Span {
  /** Inside of the quotation marks. */
  inner: Span;
}

/** Finds quotations; straight double quotes pair up left to right within a paragraph. */
export function findQuotes(body: string): Quote[] {
  const quotes: Quote[] = [];
  for (const m of body.matchAll(/“([^“”]*)”|"([^"\n]*(?:\n(?!\n)[^"\n]*)*)"/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (end - start < 3) continue;
    quotes.push({ start, end, inner: { start: start + 1, end: end - 1 } });
  }
  return quotes;
}

export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes.find((q) => q.start <= offset && offset < q.end);
}
