import { describe, expect, it } from "vitest";
import type { BenchOperation } from "../../../bench/compare/operations.ts";
import { cpuTable, medianTiming } from "../../../bench/compare/table.ts";
import { cpuMeter, cpuMilliseconds } from "../../../bench/support/process-cpu.ts";

const spin = (ms: number) => {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) x += Math.sqrt(x + 1);
  return x;
};

describe("process-cpu", () => {
  it("reads this process's CPU time, which grows while it works", () => {
    const before = cpuMilliseconds(process.pid);
    spin(120);
    const after = cpuMilliseconds(process.pid);
    expect(before).toBeTypeOf("number");
    expect((after ?? 0) - (before ?? 0)).toBeGreaterThanOrEqual(50);
  });

  it("gives undefined for a process that does not exist", () => {
    expect(cpuMilliseconds(2 ** 30)).toBeUndefined();
  });

  it("divides the CPU used since the start by the requests, per process", () => {
    const meter = cpuMeter([process.pid, undefined]);
    spin(120);
    const [mine, none] = meter.perRequest(10);
    expect(mine).toBeGreaterThanOrEqual(5);
    expect(none).toBeUndefined();
    expect(meter.perRequest(0)[0]).toBeUndefined();
  });
});

describe("cpuTable", () => {
  const op = { name: "one read" } as BenchOperation;

  it("adds server and database CPU and compares the totals", () => {
    const results = new Map([
      [
        op.name,
        {
          ours: { p50: 1, p99: 2, rps: 10, serverCpuMs: 0.8, databaseCpuMs: 0.4 },
          peer: { p50: 1, p99: 2, rps: 10, serverCpuMs: 2.0, databaseCpuMs: 0.4 },
          raw: { p50: 1, p99: 2, rps: 10, serverCpuMs: 0.2 },
        },
      ],
    ]);
    const row = cpuTable([op], results).split("\n")[2];
    expect(row).toBe("| one read | 0.80 + 0.40 | 2.00 + 0.40 | 0.20 + ? | ×0.50 | n/a |");
  });

  it("keeps a CPU median only when every round measured it", () => {
    const timing = medianTiming([
      { p50: 1, p99: 2, rps: 3, serverCpuMs: 0.5, databaseCpuMs: 0.1 },
      { p50: 1, p99: 2, rps: 3, serverCpuMs: 0.7 },
      { p50: 1, p99: 2, rps: 3, serverCpuMs: 0.6, databaseCpuMs: 0.3 },
    ]);
    expect(timing.serverCpuMs).toBe(0.6);
    expect(timing.databaseCpuMs).toBeUndefined();
  });
});
