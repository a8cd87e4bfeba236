// The seed's own glob matcher and its progress bar text.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatSeconds, progressBar } from "../../../src/cli/progress.ts";
import { expandGlob, segmentPattern } from "../../../src/graph/seed-globs.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "news-graph-glob-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("seed globs", () => {
  it("matches * and ? within one segment, and treats other characters literally", () => {
    expect(segmentPattern("*.txt").test("a.txt")).toBe(true);
    expect(segmentPattern("*.txt").test("a.txtx")).toBe(false);
    expect(segmentPattern("202?-*.md").test("2024-x.md")).toBe(true);
    expect(segmentPattern("a+b(1).txt").test("a+b(1).txt")).toBe(true);
    expect(segmentPattern("a+b(1).txt").test("aab1.txt")).toBe(false);
  });

  it("expands a pattern over folders, sorted, skipping hidden names", async () => {
    for (const name of [
      "2024/b.txt",
      "2024/a.txt",
      "2024/.hidden.txt",
      "2025/c.txt",
      "2025/d.md",
      "notes/e.txt",
    ]) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), "x");
    }
    const rel = (files: string[]) => files.map((file) => path.relative(dir, file));
    expect(rel(await expandGlob(path.join(dir, "202?", "*.txt")))).toEqual([
      "2024/a.txt",
      "2024/b.txt",
      "2025/c.txt",
    ]);
    expect(rel(await expandGlob(path.join(dir, "2025", "*")))).toEqual(["2025/c.txt", "2025/d.md"]);
    expect(await expandGlob(path.join(dir, "nothing", "*.txt"))).toEqual([]);
  });
});

describe("progress bar", () => {
  it("shows files done of total, the rate and the time left", () => {
    expect(progressBar(10, 40, 5)).toBe(
      `[${"#".repeat(6)}${"-".repeat(18)}] 10/40  2.0 articles/s  ~15 s left`,
    );
    expect(progressBar(0, 3, 0)).toMatch(/0\/3 {2}0\.0 articles\/s {2}~\? left$/);
    expect(formatSeconds(125)).toBe("2 min 5 s");
  });
});
