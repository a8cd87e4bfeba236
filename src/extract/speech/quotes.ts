// Quoted passages (“…” and "…"). A statement's text is the inside of the marks, kept verbatim.
// News style continues a quotation over paragraphs by leaving the paragraph open and re-opening the
// next one (“A … ¶ “B …”): the open part runs to its paragraph's end and is marked `open`.
// Single quotes ('…', ‘…’) nest inside double ones and are part of the quoted words.
import type { Span } from "../types.ts";

export interface Quote extends Span {
  /** Inside of the quotation marks. */
  inner: Span;
  /** The quotation continues in the next paragraph (no closing mark in this one). */
  open?: boolean;
}

/** Paragraph spans (blank-line separated) of the body. */
function paragraphs(body: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of body.matchAll(/\n[ \t\u00a0]*\n\s*/g)) {
    spans.push({ start, end: m.index ?? 0 });
    start = (m.index ?? 0) + m[0].length;
  }
  spans.push({ start, end: body.length });
  return spans;
}

/** Finds quotations; straight double quotes pair up left to right within a paragraph. */
export function findQuotes(body: string): Quote[] {
  const quotes: Quote[] = [];
  for (const m of body.matchAll(/“([^“”]*)”|"([^"\n]*(?:\n(?!\n)[^"\n]*)*)"/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (end - start < 3) continue;
    if (/\n[ \t\u00a0]*\n/.test(m[0])) continue;
    quotes.push({ start, end, inner: { start: start + 1, end: end - 1 } });
  }
  // Open quotations: an opening mark with no closing mark in its paragraph, when the next
  // paragraph opens with a quotation mark again.
  const paras = paragraphs(body);
  paras.forEach((p, i) => {
    const next = paras[i + 1];
    if (!next || !/^[“"]/.test(body.slice(next.start, next.start + 1))) return;
    const text = body.slice(p.start, p.end);
    const curly = text.lastIndexOf("“");
    const straightCount = (text.match(/"/g) ?? []).length;
    let at = -1;
    if (curly >= 0 && !text.slice(curly).includes("”")) at = curly;
    else if (straightCount % 2 === 1) at = text.lastIndexOf('"');
    if (at < 0) return;
    const start = p.start + at;
    let end = p.end;
    while (end > start && /\s/.test(body[end - 1] ?? "")) end--;
    if (end - start < 3 || quotes.some((q) => q.start <= start && start < q.end)) return;
    quotes.push({ start, end, inner: { start: start + 1, end }, open: true });
  });
  return quotes.sort((a, b) => a.start - b.start);
}

export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes.find((q) => q.start <= offset && offset < q.end);
}
