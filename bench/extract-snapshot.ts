// npx tsx bench/extract-snapshot.ts OUT_DIR
// Writes the extraction of every article (dev, blind, fixtures, seed) as JSON into OUT_DIR, one
// file per article, so a behaviour-preserving refactor can be checked with `diff -r before after`.
// The output is a check, not a score: nothing here reads gold files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFromText } from "../src/extract/index.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FOLDERS = ["test/corpus/dev", "test/corpus/blind", "test/fixtures/articles", "seed/articles"];

function main(out: string | undefined): void {
  if (!out) throw new Error("usage: tsx bench/extract-snapshot.ts OUT_DIR");
  let written = 0;
  for (const folder of FOLDERS) {
    const target = join(out, folder.replaceAll("/", "_"));
    mkdirSync(target, { recursive: true });
    for (const name of readdirSync(join(ROOT, folder))
      .filter((n) => n.endsWith(".txt"))
      .sort()) {
      const extraction = extractFromText(readFileSync(join(ROOT, folder, name), "utf8"), name);
      writeFileSync(
        join(target, name.replace(/\.txt$/, ".json")),
        `${JSON.stringify(extraction, null, 1)}\n`,
      );
      written++;
    }
  }
  console.log(`${written} extractions written to ${out}`);
}

main(process.argv[2]);
