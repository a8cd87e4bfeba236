// Formats the bench results as Markdown tables.

import type { SystemName, Timing } from "./measure.ts";
import type { BenchOperation } from "./operations.ts";

export type Results = Map<string, Partial<Record<SystemName, Timing>>>;

const ms = (t: Timing | undefined) => (t ? `${t.p50.toFixed(0)} / ${t.p99.toFixed(0)}` : "n/a");
const rps = (t: Timing | undefined) => (t ? t.rps.toFixed(0) : "n/a");
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? `×${(a / b).toFixed(2)}` : "n/a";

export function sizeTable(ops: BenchOperation[], results: Results): string {
  const lines = [
    "| operation | ours p50 / p99 ms | ours req/s | peer p50 / p99 ms | peer req/s | raw p50 / p99 ms | raw req/s | ours/peer req/s | ours/raw p50 |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const op of ops) {
    const r = results.get(op.name) ?? {};
    lines.push(
      `| ${op.name} | ${ms(r.ours)} | ${rps(r.ours)} | ${ms(r.peer)} | ${rps(r.peer)} | ${ms(r.raw)} | ${rps(r.raw)} | ${ratio(r.ours?.rps, r.peer?.rps)} | ${ratio(r.ours?.p50, r.raw?.p50)} |`,
    );
  }
  return lines.join("\n");
}

/**
 * p99 of each paged operation at the largest size against the smallest, per system, with the ids
 * each answer held at both sizes: a page that is not full on the small corpus (a nested list of an
 * actor's statements, say) answers more at the large one, and its p99 grows with it.
 */
export function growthTable(
  ops: BenchOperation[],
  small: [number, Results, Map<string, number>],
  large: [number, Results, Map<string, number>],
): string {
  const lines = [
    `| paged operation | ids in the answer ${large[0]} / ${small[0]} articles | ours p99 ${large[0]} / ${small[0]} articles | peer | raw |`,
    "|---|---:|---:|---:|---:|",
  ];
  for (const op of ops.filter((o) => o.paged)) {
    const [largeIds, smallIds] = [large[2].get(op.name), small[2].get(op.name)];
    const cell = (system: SystemName) => {
      const a = large[1].get(op.name)?.[system];
      const b = small[1].get(op.name)?.[system];
      if (!a || !b) return "n/a";
      // A page that holds more ids on the large corpus costs more for that reason alone.
      const perId =
        largeIds && smallIds && largeIds !== smallIds
          ? ` (per id ${ratio(a.p99 / largeIds, b.p99 / smallIds)})`
          : "";
      return `${a.p99.toFixed(0)} / ${b.p99.toFixed(0)} = ${ratio(a.p99, b.p99)}${perId}`;
    };
    const ids = `${largeIds ?? "?"} / ${smallIds ?? "?"}`;
    lines.push(`| ${op.name} | ${ids} | ${cell("ours")} | ${cell("peer")} | ${cell("raw")} |`);
  }
  return lines.join("\n");
}

const cpu = (t: Timing | undefined) =>
  t?.serverCpuMs === undefined
    ? "n/a"
    : `${t.serverCpuMs.toFixed(2)} + ${t.databaseCpuMs === undefined ? "?" : t.databaseCpuMs.toFixed(2)}`;
const totalCpu = (t: Timing | undefined) =>
  t?.serverCpuMs === undefined || t.databaseCpuMs === undefined ? undefined : t.serverCpuMs + t.databaseCpuMs;

/**
 * CPU per request: the system's own server process + the Neo4j JVM, in ms (medians of the rounds).
 * It moves far less than latency when other jobs share the cores, so it compares the systems' cost
 * even on a busy machine. The database figure is n/a when the bench cannot see Neo4j's process.
 */
export function cpuTable(ops: BenchOperation[], results: Results): string {
  const lines = [
    "| operation | ours CPU ms/req (server + Neo4j) | peer | raw | ours/peer total | ours/raw total |",
    "|---|---:|---:|---:|---:|---:|",
  ];
  for (const op of ops) {
    const r = results.get(op.name) ?? {};
    lines.push(
      `| ${op.name} | ${cpu(r.ours)} | ${cpu(r.peer)} | ${cpu(r.raw)} | ${ratio(totalCpu(r.ours), totalCpu(r.peer))} | ${ratio(totalCpu(r.ours), totalCpu(r.raw))} |`,
    );
  }
  return lines.join("\n");
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Median of a figure every sample has; undefined when any sample lacks it. */
const medianOf = (values: (number | undefined)[]) =>
  values.every((v) => v !== undefined) ? median(values as number[]) : undefined;

export function medianTiming(samples: Timing[]): Timing {
  const serverCpuMs = medianOf(samples.map((s) => s.serverCpuMs));
  const databaseCpuMs = medianOf(samples.map((s) => s.databaseCpuMs));
  return {
    p50: median(samples.map((s) => s.p50)),
    p99: median(samples.map((s) => s.p99)),
    rps: median(samples.map((s) => s.rps)),
    ...(serverCpuMs === undefined ? {} : { serverCpuMs }),
    ...(databaseCpuMs === undefined ? {} : { databaseCpuMs }),
  };
}
