// The real service (src/server/main.ts as a child process) on 100 generated articles, sent every
// hostile request of hostile/requests.ts: each answers within 1 s with data or coded errors, never an
// internal error; memory stays bounded; the service still answers /health afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCorpus } from "../../bench/support/corpus.ts";
import { type RunningService, startService } from "../../bench/support/service.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";
import { HOSTILE_REQUESTS, type HostileRequest } from "./hostile/requests.ts";

const graph = connectTestGraph();
const MB = 1024 * 1024;
const ARTICLES = 100;

interface Answer {
  ms: number;
  status: number;
  requestId: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: unknown } }[] } | undefined;
  text: string;
}

async function send(service: RunningService, path: string, init: RequestInit): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${service.url}${path}`, { ...init, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  const ms = performance.now() - started;
  let body: Answer["body"];
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { ms, status: response.status, requestId: response.headers.get("x-request-id"), body, text };
}

function problemsOf(request: HostileRequest, answer: Answer, timed: boolean): string[] {
  const errors = answer.body?.errors ?? [];
  const codes = errors.map((e) => e.extensions?.code);
  return [
    timed && answer.ms > 1_000 && `took ${Math.round(answer.ms)} ms`,
    !answer.body && `answered ${answer.status} without JSON: ${answer.text.slice(0, 120)}`,
    answer.body && !("data" in answer.body) && errors.length === 0 && "neither data nor errors",
    codes.some((c) => typeof c !== "string") && `an error without a code: ${answer.text.slice(0, 200)}`,
    codes.includes("INTERNAL_SERVER_ERROR") && `INTERNAL_SERVER_ERROR: ${answer.text.slice(0, 200)}`,
    answer.text.includes("Unexpected error.") && "Unexpected error.",
    request.code && !codes.includes(request.code) && `expected ${request.code}, got ${codes.join(",")}`,
    !answer.requestId && "no x-request-id header",
  ].filter((p): p is string => typeof p === "string");
}

describe("hostile requests against the real service", () => {
  let service: RunningService;

  beforeAll(async () => {
    const seeded = await seedCorpus(graph.executor, ARTICLES);
    expect(seeded.articles).toBe(ARTICLES);
    service = await startService(graph.info);
    // Warm up (JIT, driver pool) so the 1 s budget measures the request, not the first start.
    for (const query of ["{ __typename }", "{ actors(first: 5) { edges { node { name } } } }"]) {
      await send(service, "/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
    }
  }, 300_000);

  afterAll(async () => {
    await service?.stop();
    await graph.close();
  });

  it("answers each within 1 s with data or coded errors, with bounded memory, and stays healthy", async () => {
    expect(HOSTILE_REQUESTS.length).toBeGreaterThanOrEqual(40);
    const rssBefore = service.rss();
    let rssPeak = rssBefore;
    let slowest = { ms: 0, name: "" };
    const problems: string[] = [];
    // Round 1 fills Neo4j's plan cache and the JIT (cold plans took up to 11 s on the shared
    // 2-core machine); round 2 is held to the 1 s budget. Both must give the right answers.
    for (const round of [1, 2]) {
      for (const request of HOSTILE_REQUESTS) {
        let answer: Answer;
        try {
          answer = await send(service, request.path ?? "/graphql", request.init);
        } catch (error) {
          problems.push(`${request.name}: no answer (${(error as Error).message})`);
          continue;
        }
        rssPeak = Math.max(rssPeak, service.rss());
        if (round === 2 && answer.ms > slowest.ms) slowest = { ms: answer.ms, name: request.name };
        const problem = problemsOf(request, answer, round === 2);
        if (problem.length) problems.push(`round ${round}, ${request.name}: ${problem.join("; ")}`);
      }
    }
    const rssAfter = service.rss();
    const health = await fetch(`${service.url}/health`, { signal: AbortSignal.timeout(2_000) });
    console.log(
      `hostile: ${HOSTILE_REQUESTS.length} requests × 2 rounds; RSS ${(rssBefore / MB).toFixed(0)} MB before, ` +
        `${(rssPeak / MB).toFixed(0)} MB peak, ${(rssAfter / MB).toFixed(0)} MB after; ` +
        `slowest in round 2: ${Math.round(slowest.ms)} ms (${slowest.name})`,
    );
    expect(problems).toEqual([]);
    expect(rssPeak - rssBefore).toBeLessThan(150 * MB);
    expect(rssAfter).toBeLessThan(600 * MB);
    expect(health.status).toBe(200);
    const stillWorks = await send(service, "/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }),
    });
    expect(stillWorks.body?.data).toEqual({ articles: { totalCount: ARTICLES } });
    expect(service.output()).not.toMatch(/FATAL|heap out of memory/);
  }, 400_000);
});
