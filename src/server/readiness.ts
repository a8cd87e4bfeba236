// GET /ready: 200 {"ready":true} when Neo4j answers a query, else 503 with the reason. It always
// answers within the probe's bound (800 ms), whether the database is down, restarting or slow:
// the supervisor's state answers at once, and the probe is one unretried `RETURN 1` under a deadline.
import type { Plugin } from "graphql-yoga";
import { Neo4jError } from "neo4j-driver";
import { isTimeout, isUnavailable } from "../graph/errors.ts";
import type { CypherExecutor } from "../graph/executor.ts";
import type { Neo4jStatus } from "../neo4j/supervisor.ts";

export interface ReadinessOptions {
  executor: CypherExecutor;
  /** The bundled Neo4j's supervisor state; absent with NEO4J_URI. */
  databaseStatus?: (() => Neo4jStatus) | undefined;
  probeTimeoutMs?: number;
}

export interface Readiness {
  ready: boolean;
  reason?: string;
}

function failureReason(error: unknown, timeoutMs: number): string {
  if (isTimeout(error)) return `neo4j did not answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: unknown }).cause ?? error;
  if (isUnavailable(error)) return "neo4j unavailable";
  return cause instanceof Neo4jError ? `neo4j check failed (${cause.code})` : "neo4j check failed";
}

export async function checkReadiness(options: ReadinessOptions): Promise<Readiness> {
  const status = options.databaseStatus?.();
  if (status?.state === "restarting")
    return { ready: false, reason: `neo4j restarting (attempt ${status.attempt})` };
  if (status?.state === "stopped") return { ready: false, reason: "neo4j stopped" };
  const timeoutMs = options.probeTimeoutMs ?? 800;
  try {
    await options.executor.probe(timeoutMs);
    return { ready: true };
  } catch (error) {
    return { ready: false, reason: failureReason(error, timeoutMs) };
  }
}

/**
 * Answers /ready before GraphQL runs. An exact path comparison, where graphql-yoga's
 * useReadinessCheck also tests a URLPattern on every request: about 1 % of a small read's CPU.
 */
export function useReadiness(options: ReadinessOptions): Plugin {
  return {
    // Not async: any other request goes on synchronously, without a promise to wait for.
    onRequest({ url, fetchAPI, endResponse }) {
      if (url.pathname !== "/ready") return undefined;
      return checkReadiness(options).then((readiness) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify(readiness), {
            status: readiness.ready ? 200 : 503,
            headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
          }),
        ),
      );
    },
  };
}
