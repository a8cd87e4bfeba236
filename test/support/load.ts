// A bounded stream of GraphQL reads over loopback, recording how each one ended and how long it took.

export type Outcome = "data" | "hang" | string;

export interface Sample {
  startedAt: number;
  ms: number;
  outcome: Outcome;
}

/** One POST; the outcome is "data", the error codes joined by ",", "http-<status>" or "hang". */
export async function timedQuery(url: string, query: string, hangMs: number): Promise<Sample> {
  const startedAt = Date.now();
  let outcome: Outcome;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(hangMs),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    if (body.errors?.length) {
      outcome = [...new Set(body.errors.map((e) => e.extensions?.code ?? "NO_CODE"))].join(",");
    } else outcome = response.ok && body.data ? "data" : `http-${response.status}`;
  } catch (error) {
    outcome = (error as Error).name === "TimeoutError" ? "hang" : `fetch-${(error as Error).message}`;
  }
  return { startedAt, ms: Date.now() - startedAt, outcome };
}

export interface LoadOptions {
  url: string;
  query: string;
  workers: number;
  pauseMs: number;
  /** Bounds: the load ends after this long or this many requests, whichever comes first. */
  maxMs: number;
  maxRequests: number;
}

/** `workers` loops of `timedQuery` with a pause between requests, until `stop()` or a bound. */
export function startLoad(options: LoadOptions) {
  const samples: Sample[] = [];
  let stopped = false;
  const until = Date.now() + options.maxMs;
  const worker = async () => {
    while (!stopped && Date.now() < until && samples.length < options.maxRequests) {
      samples.push(await timedQuery(options.url, options.query, 10_000));
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  };
  const done = Promise.all(Array.from({ length: options.workers }, worker));
  return {
    samples,
    async stop() {
      stopped = true;
      await done;
    },
  };
}
