// One soak: the real service as a child process, a warm-up, then a timed mixed load at fixed
// concurrency; reports errors, latency and the service's memory at the start and end of the load.
import type { CypherExecutor } from "../../src/graph/executor.ts";
import { type LoadResult, runLoad } from "../support/load.ts";
import { type ServiceCommand, type ServiceDatabase, startService } from "../support/service.ts";
import { soakRequests } from "./mix.ts";

export interface SoakOptions {
  db: ServiceDatabase;
  /** Reads the ids and dates the mix uses. */
  executor: CypherExecutor;
  seconds: number;
  concurrency: number;
  warmupSeconds?: number;
  /** Extra environment for the service. */
  env?: NodeJS.ProcessEnv;
  /** How to run the service (default: its source through tsx). */
  command?: ServiceCommand;
}

export interface SoakReport extends LoadResult {
  rssAtStart: number;
  rssAtEnd: number;
  rssPeak: number;
  /** rssAtEnd / rssAtStart - 1. */
  rssGrowth: number;
  healthAfter: boolean;
}

export async function soak(options: SoakOptions): Promise<SoakReport> {
  const requests = await soakRequests(options.executor);
  const service = await startService(options.db, options.env, 60_000, options.command);
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, service.rss());
  }, 250);
  try {
    await runLoad({
      url: service.url,
      requests,
      seconds: options.warmupSeconds ?? 5,
      concurrency: options.concurrency,
    });
    const rssAtStart = service.rss();
    const result = await runLoad({
      url: service.url,
      requests,
      seconds: options.seconds,
      concurrency: options.concurrency,
    });
    const rssAtEnd = service.rss();
    const health = await fetch(`${service.url}/health`, { signal: AbortSignal.timeout(2_000) });
    return {
      ...result,
      rssAtStart,
      rssAtEnd,
      rssPeak: Math.max(peak, rssAtEnd),
      rssGrowth: rssAtEnd / rssAtStart - 1,
      healthAfter: health.ok,
    };
  } finally {
    clearInterval(sampler);
    await service.stop();
  }
}
