import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function quality(...args: string[]) {
  return spawnSync("node_modules/.bin/tsx", ["src/cli/quality.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

describe("npm run quality options", () => {
  it("prints usage for --help and scores nothing", () => {
    const run = quality("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run quality/);
    expect(run.stdout).not.toMatch(/articles\)/);
  });

  it("refuses a misspelt option instead of falling back to scoring every set", () => {
    const run = quality("--sett", "dev");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option "--sett"');
    expect(run.stdout).toBe("");
  });

  it("accepts option values that look like set names or numbers", () => {
    const run = quality("--set", "fixtures", "--check", "--min-recall", "0.5");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("quality check passed");
  });
});
