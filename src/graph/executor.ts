// The one place that opens sessions. Reads run in read-only transactions (implicit, in READ access
// mode: see readOnce), writes in one write transaction, and every session is closed in `finally`.
// Every transaction carries a timeout that the server enforces (it terminates the transaction and
// frees its connection). Query text is built elsewhere (pure).
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
} from "neo4j-driver";
import { classifyDatabaseError, DatabaseTimeoutError, DatabaseUnavailableError } from "./errors.ts";
import { type DatabaseLimits, DEFAULT_DATABASE_LIMITS } from "./limits.ts";
import { heavyReadGate, type ReadGate } from "./read-gate.ts";
import { withoutStackCapture } from "./without-stack-capture.ts";

export interface CypherQuery {
  text: string;
  params: Record<string, unknown>;
}

/** How long after its server-side timeout a read may still take before the client gives up. */
const CLIENT_GRACE_MS = 2_000;

/** Settles like `work`, or rejects with `late()` after `ms` (then `work` is left to finish alone). */
function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  state: { expired: boolean },
  late: () => Error,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      state.expired = true;
      reject(late());
    }, ms);
  });
  work.catch(() => {}); // if the deadline wins, nobody waits for `work` any more
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** A session whose work outlived its deadline closes in the background, once the server answers. */
async function closeUnlessLate(session: Session, late: boolean): Promise<void> {
  if (late) session.close().catch(() => {});
  else await session.close();
}

const rowsOf = <T extends RecordShape>(result: QueryResult<T>): T[] =>
  result.records.map((record) => record.toObject());

/**
 * One read as an implicit (auto-commit) transaction in READ access mode: the server refuses any
 * write in it, as in an explicit read transaction, but RUN and PULL go in one message batch instead
 * of three (BEGIN, RUN + PULL, COMMIT). Under load that gave about 1.4x the reads per second.
 */
async function readOnce<T extends RecordShape>(session: Session, query: CypherQuery, timeout: number) {
  // Read errors are classified by cause (classifyDatabaseError), never shown with the driver's stack.
  return rowsOf(await withoutStackCapture(() => session.run<T>(query.text, query.params, { timeout })));
}

/**
 * After a failure the driver calls retryable (a lost connection, a leader switch, a transient
 * error), the read runs again as a managed read transaction, which retries for
 * NEO4J_RETRY_TIME_MS, so an outage is reported as quickly as before.
 */
async function readManaged<T extends RecordShape>(
  driver: Driver,
  database: string,
  query: CypherQuery,
  timeout: number,
): Promise<T[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => rowsOf(await tx.run<T>(query.text, query.params)), {
      timeout,
    });
  } finally {
    await session.close();
  }
}

export type QueryTimeouts = Pick<DatabaseLimits, "queryTimeoutMs" | "writeTimeoutMs">;

/** Told when a transaction starts; the function it returns is told how it ended (metrics). */
/** A read's own transaction timeout, and how the error names it, when it is not the query timeout. */
export interface ReadBudget {
  timeoutMs: number;
  setting: string;
}

export type TransactionObserver = (mode: "read" | "write") => (outcome: "ok" | "error") => void;

export class CypherExecutor {
  /** Round trips made through this executor; the N+1 test reads it. */
  roundTrips = 0;
  /** Set by the app when metrics are on; forks inherit it. */
  observer: TransactionObserver | undefined;

  /**
   * `knownDown` (the bundled Neo4j's supervisor) says when the database is restarting: reads then
   * fail at once instead of waiting on a JVM that is still recovering.
   */
  constructor(
    private readonly driver: Driver,
    readonly database: string,
    readonly timeouts: QueryTimeouts = DEFAULT_DATABASE_LIMITS,
    private readonly knownDown: () => boolean = () => false,
    /** Shared with every fork, so it bounds heavy reads across all requests. */
    private readonly heavyReads: ReadGate = heavyReadGate({ ...DEFAULT_DATABASE_LIMITS, ...timeouts }),
  ) {}

  /** Heavy reads running and waiting now, across every fork (for /metrics). */
  get heavyReadLoad(): { running: number; waiting: number } {
    return this.heavyReads.load;
  }

  /**
   * A read that may take the database's cores for long (the whole network): at most a few at once.
   * Its transaction gets what the wait for a slot left of the query timeout, so the caller's whole
   * wait stays within NEO4J_QUERY_TIMEOUT_MS.
   */
  readHeavy<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<T[]> {
    const budget = this.timeouts.queryTimeoutMs;
    return this.heavyReads.run((waitedMs) =>
      waitedMs === 0
        ? this.read<T>(query)
        : this.read<T>(query, {
            timeoutMs: Math.max(1, budget - waitedMs),
            setting: `NEO4J_QUERY_TIMEOUT_MS, ${budget} ms, less ${waitedMs} ms waiting for a heavy-read slot`,
          }),
    );
  }

  async read<T extends RecordShape = RecordShape>(query: CypherQuery, budget?: ReadBudget): Promise<T[]> {
    this.roundTrips += 1;
    if (this.knownDown()) throw new DatabaseUnavailableError("The graph database is restarting.");
    const timeout = budget?.timeoutMs ?? this.timeouts.queryTimeoutMs;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    // The server stops the transaction at `timeout`; a server that stops answering at all (frozen,
    // partitioned) cannot, so the client gives up a little later and reports it unavailable.
    const clientMs = timeout + CLIENT_GRACE_MS;
    const late = { expired: false };
    const done = this.observer?.("read");
    let outcome: "ok" | "error" = "error";
    try {
      const work = readOnce<T>(session, query, timeout).catch((error: unknown) => {
        if (!neo4j.isRetryableError(error as Error)) throw error;
        return readManaged<T>(this.driver, this.database, query, timeout);
      });
      const rows = await withDeadline(
        work,
        clientMs,
        late,
        () => new DatabaseUnavailableError(`Neo4j did not answer within ${clientMs} ms.`),
      );
      outcome = "ok";
      return rows;
    } catch (error) {
      throw classifyDatabaseError(error, timeout, budget?.setting ?? "NEO4J_QUERY_TIMEOUT_MS");
    } finally {
      done?.(outcome);
      await closeUnlessLate(session, late.expired);
    }
  }

  /** Runs `work` in a single write transaction: all of it commits, or none. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const timeout = this.timeouts.writeTimeoutMs;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    const done = this.observer?.("write");
    let outcome: "ok" | "error" = "error";
    try {
      const result = await session.executeWrite(work, { timeout });
      outcome = "ok";
      return result;
    } catch (error) {
      throw classifyDatabaseError(error, timeout, "NEO4J_WRITE_TIMEOUT_MS");
    } finally {
      done?.(outcome);
      await session.close();
    }
  }

  /**
   * One statement in an implicit (auto-commit) transaction: the only kind that may run
   * `CALL { … } IN TRANSACTIONS`, which commits in batches (clearing a large graph in one
   * transaction exceeds the server's transaction memory). Not retried, and not all-or-nothing.
   */
  async runAutoCommit(query: CypherQuery): Promise<void> {
    this.roundTrips += 1;
    const timeout = this.timeouts.writeTimeoutMs;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(query.text, query.params, { timeout }).summary();
    } catch (error) {
      throw classifyDatabaseError(error, timeout, "NEO4J_WRITE_TIMEOUT_MS");
    } finally {
      await session.close();
    }
  }

  /** Schema commands cannot share a transaction with data writes, so each runs on its own. */
  async runSchemaCommands(commands: string[]): Promise<void> {
    const timeout = this.timeouts.writeTimeoutMs;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const command of commands) await session.run(command, {}, { timeout });
    } catch (error) {
      throw classifyDatabaseError(error, timeout, "NEO4J_WRITE_TIMEOUT_MS");
    } finally {
      await session.close();
    }
  }

  /**
   * One `RETURN 1` with no retries that settles within `timeoutMs` whatever the database does (for
   * /ready). If the deadline wins, the session is closed in the background once the server answers.
   */
  async probe(timeoutMs: number): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const late = { expired: false };
    try {
      const work = session.run("RETURN 1 AS ready", {}, { timeout: timeoutMs }).summary();
      await withDeadline(
        work,
        timeoutMs,
        late,
        () => new DatabaseTimeoutError(`Neo4j did not answer within ${timeoutMs} ms.`),
      );
    } catch (error) {
      throw classifyDatabaseError(error, timeoutMs, "readiness probe");
    } finally {
      await closeUnlessLate(session, late.expired);
    }
  }

  /** Forks a per-request executor with its own round-trip counter over the same driver. */
  fork(): CypherExecutor {
    const fork = new CypherExecutor(
      this.driver,
      this.database,
      this.timeouts,
      this.knownDown,
      this.heavyReads,
    );
    fork.observer = this.observer;
    return fork;
  }
}
