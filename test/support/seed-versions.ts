// Two generations of an article collection for the SIGKILL test: `old` (15 files, seeded first) and
// `new` (30 files: unchanged copies, edited versions of old articles, and new articles, some of whose
// readable ids collide), written to folders so the seed CLI reads them like a real collection.
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  readText,
  sourceArticles,
  titleOf,
  withExtraParagraph,
  withoutLastParagraph,
  withTitle,
  writeArticle,
} from "./article-variants.ts";

const firstFourWords = (title: string) => title.split(/\s+/).slice(0, 4).join(" ");

export interface SeedVersions {
  oldDir: string;
  newDir: string;
  /** The new folder's files in the order the seed reads them. */
  newFiles: string[];
}

/** Old: the 7 real articles and 8 "twins" (same first four headline words, other headline, longer text). */
function oldContents(sources: string[]): string[] {
  const twins = Array.from({ length: 8 }, (_, i) => {
    const raw = sources[i % sources.length] ?? "";
    const title = `${firstFourWords(titleOf(raw))} under review, part ${i}`;
    return withTitle(withExtraParagraph(raw, `Analysts expect a further review, part ${i}.`), title);
  });
  return [...sources, ...twins];
}

/** New: 3 originals and 4 twins as they were, 4 originals and 4 twins edited, 15 new articles. */
function newContents(old: string[], sources: string[]): string[] {
  const edited = [
    ...old.slice(3, 7).map(withoutLastParagraph),
    ...old.slice(11, 15).map((raw) => withExtraParagraph(raw, "Officials declined to comment further.")),
  ];
  const created = Array.from({ length: 15 }, (_, j) => {
    const raw = sources[j % sources.length] ?? "";
    const title =
      j < 8 ? `Briefing ${j}: ${titleOf(raw)}` : `${firstFourWords(titleOf(raw))} seen in depth, note ${j}`;
    return withTitle(withExtraParagraph(raw, `Editors added this note to briefing ${j}.`), title);
  });
  return [...old.slice(0, 3), ...old.slice(7, 11), ...edited, ...created];
}

export function writeSeedVersions(dir: string): SeedVersions {
  const sources = sourceArticles().map(readText);
  const old = oldContents(sources);
  const next = newContents(old, sources);
  const oldDir = path.join(dir, "old");
  const newDir = path.join(dir, "new");
  mkdirSync(oldDir, { recursive: true });
  mkdirSync(newDir, { recursive: true });
  for (const [i, raw] of old.entries()) writeArticle(oldDir, `old-${String(i).padStart(2, "0")}.txt`, raw);
  // Names spread unchanged files, updates and creates through the run (7 and 30 are coprime).
  const newFiles = next.map((raw, i) =>
    writeArticle(newDir, `new-${String((i * 7) % next.length).padStart(2, "0")}.txt`, raw),
  );
  return { oldDir, newDir, newFiles: newFiles.sort() };
}
