import { describe, expect, it } from "vitest";
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
