// A bounded HTTP load: `concurrency` workers send requests to 127.0.0.1 until the time is up or the
// request cap is reached, and every answer is checked (HTTP 200, no GraphQL errors).
import { performance } from "node:perf_hooks";

export interface LoadRequest {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** The first few failures, for the report. */
  failures: string[];
  p50: number;
  p99: number;
  max: number;
  rps: number;
  perOperation: Map<string, number[]>;
}

export const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function send(url: string, request: LoadRequest): Promise<string | undefined> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  if (response.status !== 200 || body.errors) {
    const first = body.errors?.[0];
    return `${request.name}: HTTP ${response.status} ${first?.extensions?.code ?? ""} ${first?.message ?? ""}`;
  }
  return undefined;
}

export async function runLoad(options: {
  url: string;
  requests: LoadRequest[];
  seconds: number;
  concurrency: number;
  maxRequests?: number;
}): Promise<LoadResult> {
  const deadline = performance.now() + options.seconds * 1000;
  const cap = options.maxRequests ?? 1_000_000;
  const latencies: number[] = [];
  const perOperation = new Map<string, number[]>();
  const failures: string[] = [];
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, worker) => {
      while (performance.now() < deadline && sent < cap) {
        const request = options.requests[(sent + worker) % options.requests.length] as LoadRequest;
        sent += 1;
        const t0 = performance.now();
        let failure: string | undefined;
        try {
          failure = await send(options.url, request);
        } catch (error) {
          failure = `${request.name}: ${(error as Error).message}`;
        }
        const ms = performance.now() - t0;
        latencies.push(ms);
        const list = perOperation.get(request.name) ?? [];
        list.push(ms);
        perOperation.set(request.name, list);
        if (failure) {
          errors += 1;
          if (failures.length < 10) failures.push(failure);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    failures,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
    rps: latencies.length / seconds,
    perOperation,
  };
}
