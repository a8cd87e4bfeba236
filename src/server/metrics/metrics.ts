// The service's Prometheus metrics (prom-client), in a registry of their own so that two apps in one
// process (tests) do not share counters. The driver does not expose its connection pool, so the
// nearest measure is the number of transactions in flight, each of which holds one pooled connection.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { TransactionObserver } from "../../graph/executor.ts";
import type { IngestStatus } from "../../graph/ingest.ts";

/** Operation names come from clients: only this many distinct ones get their own label. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const KNOWN_PATHS = new Set(["/graphql", "/articles", "/health", "/ready", "/explore", "/metrics"]);
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface RequestObservation {
  path: string;
  operation: string | null | undefined;
  status: number;
  seconds: number;
  codes: readonly string[];
}

export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests = new Counter({
    name: "newsgraph_http_requests_total",
    help: "HTTP requests by path, GraphQL operation name and status.",
    labelNames: ["path", "operation", "status"] as const,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: "newsgraph_http_request_duration_seconds",
    help: "Time from request to response, by path and GraphQL operation name.",
    labelNames: ["path", "operation"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: "newsgraph_errors_total",
    help: "Errors answered, by extensions.code (BAD_USER_INPUT, QUERY_TOO_COSTLY, INTERNAL_SERVER_ERROR…).",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });
  private readonly transactions = new Histogram({
    name: "newsgraph_neo4j_transaction_duration_seconds",
    help: "Neo4j transactions run by the executor, by mode (read, write) and outcome (ok, error).",
    labelNames: ["mode", "outcome"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly inFlight = new Gauge({
    name: "newsgraph_neo4j_transactions_in_flight",
    help: "Transactions open now; each holds one connection of the driver's pool (default size 100).",
    labelNames: ["mode"] as const,
    registers: [this.registry],
  });
  private heavyReadLoad = () => ({ running: 0, waiting: 0 });
  private readonly heavyReads = new Gauge({
    name: "newsgraph_heavy_reads",
    help: "Whole-graph network reads running now and waiting for a slot (HEAVY_READ_CONCURRENCY, HEAVY_READ_QUEUE).",
    labelNames: ["state"] as const,
    registers: [this.registry],
    collect: () => {
      const { running, waiting } = this.heavyReadLoad();
      this.heavyReads.set({ state: "running" }, running);
      this.heavyReads.set({ state: "waiting" }, waiting);
    },
  });
  private readonly ingests = new Counter({
    name: "newsgraph_ingests_total",
    help: "Articles ingested over HTTP or GraphQL, by status (created, updated, unchanged).",
    labelNames: ["status"] as const,
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics ?? true)
      collectDefaultMetrics({ register: this.registry, prefix: "newsgraph_" });
  }

  private operationLabel(path: string, operation: string | null | undefined): string {
    if (!operation) return path === "/graphql" ? "anonymous" : "none";
    if (!OPERATION_NAME.test(operation)) return "other";
    if (this.operations.has(operation)) return operation;
    if (this.operations.size >= MAX_OPERATION_LABELS) return "other";
    this.operations.add(operation);
    return operation;
  }

  observeRequest(seen: RequestObservation): void {
    const path = KNOWN_PATHS.has(seen.path) ? seen.path : "other";
    const operation = this.operationLabel(path, seen.operation);
    this.requests.inc({ path, operation, status: String(seen.status) });
    this.durations.observe({ path, operation }, seen.seconds);
    for (const code of new Set(seen.codes)) this.errors.inc({ code });
  }

  readonly observeTransaction: TransactionObserver = (mode) => {
    const stop = this.transactions.startTimer({ mode });
    this.inFlight.inc({ mode });
    return (outcome) => {
      stop({ outcome });
      this.inFlight.dec({ mode });
    };
  };

  /** Where the heavy-read gauge reads its figures at each scrape (the app's executor). */
  watchHeavyReads(load: () => { running: number; waiting: number }): void {
    this.heavyReadLoad = load;
  }

  observeIngest(status: IngestStatus): void {
    this.ingests.inc({ status });
  }

  /** The text exposition and its content type, for /metrics. */
  async scrape(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
