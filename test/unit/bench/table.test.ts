import { describe, expect, it } from "vitest";
import type { BenchOperation } from "../../../bench/compare/operations.ts";
import { cpuTable, growthTable, medianTiming } from "../../../bench/compare/table.ts";

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

describe("growthTable", () => {
  const op = { name: "paged read", paged: true } as BenchOperation;
  const at = (p99: number) => new Map([[op.name, { ours: { p50: 1, p99, rps: 1 } }]]);

  it("also compares p99 per id when the page holds more ids on the large corpus", () => {
    const row = growthTable(
      [op],
      [10, at(20), new Map([[op.name, 100]])],
      [1000, at(50), new Map([[op.name, 250]])],
    ).split("\n")[2];
    expect(row).toBe("| paged read | 250 / 100 | 50 / 20 = ×2.50 (per id ×1.00) | n/a | n/a |");
  });

  it("compares p99 alone when the page is the same size", () => {
    const row = growthTable(
      [op],
      [10, at(20), new Map([[op.name, 6]])],
      [1000, at(24), new Map([[op.name, 6]])],
    ).split("\n")[2];
    expect(row).toBe("| paged read | 6 / 6 | 24 / 20 = ×1.20 | n/a | n/a |");
  });
});
