// One HTTP client for all three systems: autocannon against 127.0.0.1, plus a single fetch used to
// check that the systems return the same ids before anything is timed.
import autocannon from "autocannon";
import { cpuMeter } from "../support/process-cpu.ts";
import type { BenchOperation, GraphQLRequest } from "./operations.ts";

export type SystemName = "ours" | "peer" | "raw";

export interface Timing {
  p50: number;
  p99: number;
  rps: number;
  /** CPU ms per request of the system's server process, and of the Neo4j JVM, when readable. */
  serverCpuMs?: number;
  databaseCpuMs?: number;
}

/** Processes whose CPU time is read around a timed run. */
export interface MeteredPids {
  server: number;
  database?: number;
}

/** The request body each system gets for an operation; undefined when it has none. */
export function bodyFor(op: BenchOperation, system: SystemName): string | undefined {
  if (system === "raw") return JSON.stringify(op.raw);
  const request: GraphQLRequest | null = system === "ours" ? op.ours : op.peer;
  return request ? JSON.stringify(request) : undefined;
}

async function post(url: string, body: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  const json = (await response.json()) as { errors?: unknown; data?: unknown; rows?: unknown };
  if (response.status !== 200 || json.errors) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 2000)}`);
  }
  return json as Record<string, unknown>;
}

/**
 * Fails loudly unless every system that has the operation returns the same ids in the same order.
 * A peer that answers with an error (it runs out of transaction memory on some reads at 1,000
 * articles) is reported in `peerError` and left out of the timing; ours or raw failing stops the bench.
 */
export async function checkSameItems(
  op: BenchOperation,
  urls: Record<SystemName, string>,
): Promise<{ count: number; peerError?: string }> {
  const found: [SystemName, string[]][] = [];
  let peerError: string | undefined;
  for (const system of ["ours", "peer", "raw"] as const) {
    const body = bodyFor(op, system);
    if (!body) continue;
    let answer: Record<string, unknown>;
    try {
      answer = await post(urls[system], body);
    } catch (error) {
      if (system === "peer") {
        peerError = (error as Error).message.slice(0, 300);
        continue;
      }
      throw new Error(`${op.name} on ${system}: ${(error as Error).message}`);
    }
    const ids =
      system === "raw"
        ? op.ids.raw(answer.rows as Record<string, unknown>[])
        : op.ids[system === "ours" ? "graphql" : "peer"](answer.data as Record<string, unknown>);
    found.push([system, ids]);
  }
  const [first, ...rest] = found;
  if (!first || first[1].length === 0) throw new Error(`${op.name}: ours returned no items`);
  for (const [system, ids] of rest) {
    if (JSON.stringify(ids) !== JSON.stringify(first[1])) {
      const at = ids.findIndex((id, i) => id !== first[1][i]);
      throw new Error(
        `${op.name}: ${system} differs from ours at item ${at}: ${JSON.stringify(ids[at])} vs ${JSON.stringify(first[1][at])}\n` +
          `ours: ${JSON.stringify(first[1]).slice(0, 1500)}\n${system}: ${JSON.stringify(ids).slice(0, 1500)}`,
      );
    }
  }
  return peerError ? { count: first[1].length, peerError } : { count: first[1].length };
}

/**
 * Runs autocannon for `seconds`. Every answer must be byte-identical to the first one (each bench
 * read is deterministic), so an answer that carries GraphQL errors under load, with HTTP 200, fails
 * the timing like a non-2xx answer or a socket error.
 */
export async function timeRequests(
  url: string,
  body: string,
  seconds: number,
  connections: number,
  pids?: MeteredPids,
): Promise<Timing> {
  const headers = { "content-type": "application/json", accept: "application/json" };
  const expected = await (await fetch(url, { method: "POST", headers, body })).text();
  if ((JSON.parse(expected) as { errors?: unknown }).errors)
    throw new Error(`first answer: ${expected.slice(0, 300)}`);
  const meter = cpuMeter([pids?.server, pids?.database]);
  const result = await autocannon({
    url,
    method: "POST",
    headers,
    body,
    connections,
    duration: seconds,
    expectBody: expected,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || result.mismatches > 0) {
    throw new Error(
      `${result.non2xx} non-2xx answers, ${result.mismatches} answers unlike the first, ${result.errors} errors, ${result.timeouts} timeouts (first answer: ${expected.slice(0, 200)})`,
    );
  }
  const [serverCpuMs, databaseCpuMs] = meter.perRequest(result.requests.total);
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    ...(serverCpuMs === undefined ? {} : { serverCpuMs }),
    ...(databaseCpuMs === undefined ? {} : { databaseCpuMs }),
  };
}
