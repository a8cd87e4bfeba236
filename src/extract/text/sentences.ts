// Sentence segmentation with exact offsets into the body. Intl.Segmenter does the bulk of the work;
// two repairs fix what it gets wrong in news copy: splits after abbreviations ("U.S. troops",
// "Mr. Smith") and a missing space after a full stop ("talks.Then").
import type { Sentence, Span } from "../types.ts";
import { findAll } from "./text.ts";

/** Abbreviations that are never the end of a sentence: a name or number always follows. */
const TITLE_ABBREVIATIONS = new Set([
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "prof.",
  "gen.",
  "lt.",
  "col.",
  "capt.",
  "sgt.",
  "cmdr.",
  "cdr.",
  "adm.",
  "maj.",
  "brig.",
  "cpl.",
  "pvt.",
  "lt.-col.",
  "insp.",
  "supt.",
  "rev.",
  "sen.",
  "rep.",
  "gov.",
  "amb.",
  "st.",
  "no.",
  "vs.",
  "v.",
  "e.g.",
  "i.e.",
  "jan.",
  "feb.",
  "mar.",
  "apr.",
  "jun.",
  "jul.",
  "aug.",
  "sep.",
  "sept.",
  "oct.",
  "nov.",
  "dec.",
]);

/** Words that typically open a new sentence; after "U.S." they mean the abbreviation did end it. */
const SENTENCE_OPENERS = new Set(
  "The A An He She It They We I This That These Those But However And Meanwhile Also In On At Furthermore Moreover Its Their His Her There According While When After Before As Still Yet So".split(
    " ",
  ),
);

function trimSpan(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return s < e ? { start: s, end: e } : undefined;
}

/** Should the sentence ending at `prevText` continue into the one starting with `nextText`? */
function isFalseBreak(prevText: string, nextText: string): boolean {
  const lastWord = /(\S+)$/.exec(prevText)?.[1] ?? "";
  const lower = lastWord.toLowerCase().replace(/^[(“"']+/, "");
  const nextWord = /^\S+/.exec(nextText)?.[0] ?? "";
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  // Initialisms with inner dots (U.S., U.K., U.N.) end sentences only before a typical opener.
  if (/^(?:\p{L}\.){2,}$/u.test(lower)) {
    if (/^[\p{Ll}\d]/u.test(nextWord)) return true;
    return !SENTENCE_OPENERS.has(nextWord.replace(/[^\p{L}]/gu, ""));
  }
  // A single initial ("John F. Kennedy") never ends a sentence.
  if (/^\p{Lu}\.$/u.test(lastWord)) return true;
  return false;
}

/** Positions where a full stop is glued to the next sentence ("talks.Then"). */
const GLUED_BREAK = /\p{Ll}{2}[.!?]["”’]?(?=\p{Lu}\p{Ll})/gu;

function gluedBreaks(text: string, span: Span): number[] {
  return findAll(GLUED_BREAK, text.slice(span.start, span.end), span.start).map((hit) => hit.end);
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Paragraph spans of a body whose paragraphs are separated by blank lines. */
export function paragraphSpans(body: string): Span[] {
  const spans: Span[] = [];
  const re = /\n[ \t\u00a0]*\n\s*/g;
  let start = 0;
  for (const m of body.matchAll(re)) {
    const span = trimSpan(body, start, m.index ?? 0);
    if (span) spans.push(span);
    start = (m.index ?? 0) + m[0].length;
  }
  const last = trimSpan(body, start, body.length);
  if (last) spans.push(last);
  return spans;
}

/** Splits the body into sentences; spans are trimmed and `body.slice(start, end) === text`. */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphSpans(body).forEach((para, paragraph) => {
    const raw: Span[] = [];
    for (const seg of segmenter.segment(body.slice(para.start, para.end))) {
      const span = trimSpan(body, para.start + seg.index, para.start + seg.index + seg.segment.length);
      if (span) raw.push(span);
    }
    const merged: Span[] = [];
    for (const span of raw) {
      const prev = merged[merged.length - 1];
      if (prev && isFalseBreak(body.slice(prev.start, prev.end), body.slice(span.start, span.end))) {
        prev.end = span.end;
      } else {
        merged.push({ ...span });
      }
    }
    for (const span of merged) {
      let start = span.start;
      for (const cut of [...gluedBreaks(body, span), span.end]) {
        const piece = trimSpan(body, start, cut);
        if (piece) {
          sentences.push({
            index: sentences.length,
            paragraph,
            start: piece.start,
            end: piece.end,
            text: body.slice(piece.start, piece.end),
          });
        }
        start = cut;
      }
    }
  });
  return sentences;
}

/** Index of the sentence containing `offset` (or the nearest one before it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (s.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
