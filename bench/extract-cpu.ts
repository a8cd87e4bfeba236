// npx tsx bench/extract-cpu.ts [ROUNDS]
// Extraction speed in articles per CPU-second (user + system time of this process) over the dev
// corpus, the fixtures and the seed article. CPU time, unlike the quality report's wall-clock figure,
// barely moves when other jobs share the machine, so two commits can be compared on a busy host.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFromText } from "../src/extract/index.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FOLDERS = ["test/corpus/dev", "test/fixtures/articles", "seed/articles"];

function main(rounds: number): void {
  const texts = FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => name.endsWith(".txt"))
      .map((name) => readFileSync(join(ROOT, folder, name), "utf8")),
  );
  for (const text of texts) extractFromText(text); // warm-up: knowledge load, regex compilation, JIT
  const start = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const text of texts) extractFromText(text);
  const used = process.cpuUsage(start);
  const seconds = (used.user + used.system) / 1e6;
  console.log(
    `${((texts.length * rounds) / seconds).toFixed(1)} articles per CPU-second (${texts.length} articles × ${rounds} rounds)`,
  );
}

const rounds = Number(process.argv[2] ?? 5);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error("usage: tsx bench/extract-cpu.ts [ROUNDS ≥ 1]");
main(rounds);
