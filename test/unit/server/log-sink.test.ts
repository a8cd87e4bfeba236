import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/project-root.ts";
import { batchedLines } from "../../../src/server/log-sink.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function collector(options = { flushMs: 15, maxBytes: 1_000 }) {
  const batches: string[] = [];
  const sink = batchedLines(
    (text) => batches.push(text),
    (text) => batches.push(text),
    options,
  );
  return { batches, ...sink };
}

describe("log-sink", () => {
  it("writes the lines of a burst together, once, after a short wait", async () => {
    const { batches, write } = collector();
    write("one", "info");
    write("two", "debug");
    write("three", "info");
    expect(batches).toEqual([]);
    await sleep(40);
    expect(batches).toEqual(["one\ntwo\nthree\n"]);
    write("four", "info");
    await sleep(40);
    expect(batches).toEqual(["one\ntwo\nthree\n", "four\n"]);
  });

  it("writes a warning or an error at once, after the lines that waited", async () => {
    const { batches, write } = collector();
    write("request", "info");
    write("slow query", "warn");
    expect(batches).toEqual(["request\nslow query\n"]);
    write("crash", "error");
    expect(batches).toEqual(["request\nslow query\n", "crash\n"]);
    await sleep(40);
    expect(batches).toHaveLength(2); // the timer of the first line found nothing left
  });

  it("writes a batch as soon as it is large", () => {
    const { batches, write } = collector({ flushMs: 10_000, maxBytes: 20 });
    write("0123456789", "info");
    expect(batches).toEqual([]);
    write("abcdefghij", "info");
    expect(batches).toEqual(["0123456789\nabcdefghij\n"]);
  });

  it("writes what is still waiting when the process exits", async () => {
    const script = [
      `import { batchedLines } from ${JSON.stringify(path.join(PROJECT_ROOT, "src/server/log-sink.ts"))};`,
      "const { write } = batchedLines();",
      'write("first", "info"); write("last words", "debug");',
      "process.exit(3);",
    ].join("\n");
    const failed = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      { cwd: PROJECT_ROOT },
    ).catch((error: { code: number; stdout: string }) => error);
    expect("code" in failed ? failed.code : 0).toBe(3);
    expect(failed.stdout).toBe("first\nlast words\n");
  }, 30_000);
});
