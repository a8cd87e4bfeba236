// Where the service's log lines go: stdout, in batches. Logging every request with its own write
// made the write syscall a tenth of a small read's CPU (`npm run bench`); lines are instead gathered
// for a few milliseconds (or until a batch is large) and written together. Warnings and errors
// are written at once, with whatever waited before them, and the rest is written when the process
// exits, so only a SIGKILL can lose the last few milliseconds of request lines.
import { writeSync } from "node:fs";
import type { LogLevel } from "../config.ts";

export interface BatchOptions {
  /** Longest a line waits, in ms. */
  flushMs: number;
  /** A batch this large is written at once. */
  maxBytes: number;
}

const DEFAULTS: BatchOptions = { flushMs: 20, maxBytes: 32 * 1024 };

/**
 * A line writer for `createLogger`. `out` receives each batch (stdout by default); `outSync` the
 * last one at exit, when asynchronous writes no longer happen.
 */
export function batchedLines(
  out: (text: string) => void = (text) => process.stdout.write(text),
  outSync: (text: string) => void = (text) => writeSync(1, text),
  options: BatchOptions = DEFAULTS,
): { write: (line: string, level: LogLevel) => void; flush: () => void } {
  let pending: string[] = [];
  let bytes = 0;
  let timer: NodeJS.Timeout | undefined;

  const take = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const text = pending.join("");
    pending = [];
    bytes = 0;
    return text;
  };
  const flush = () => {
    if (pending.length) out(take());
  };
  process.once("exit", () => {
    if (pending.length) outSync(take());
  });

  const write = (line: string, level: LogLevel) => {
    pending.push(`${line}\n`);
    bytes += line.length + 1;
    if (level === "warn" || level === "error" || bytes >= options.maxBytes) flush();
    else timer ??= setTimeout(flush, options.flushMs).unref();
  };
  return { write, flush };
}
