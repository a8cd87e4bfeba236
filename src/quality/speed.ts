// Extraction speed over a set: whole rounds over its articles after one warm-up round (which loads
// the knowledge files and warms the JIT), until at least `minMs` have passed.
import { performance } from "node:perf_hooks";
import { extractFromText } from "../extract/index.ts";

export function articlesPerSecond(articles: { text: string; source: string }[], minMs = 1000): number {
  if (articles.length === 0) return 0;
  const round = () => {
    for (const a of articles) extractFromText(a.text, a.source);
  };
  round();
  let done = 0;
  const start = performance.now();
  do {
    round();
    done += articles.length;
  } while (performance.now() - start < minMs);
  return done / ((performance.now() - start) / 1000);
}
