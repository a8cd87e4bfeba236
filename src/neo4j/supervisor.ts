// Keeps the bundled Neo4j running: when its JVM exits without stop() being called, one log line says
// so and a new JVM starts on the same Bolt port and data folder (so the driver's URI stays valid),
// after a backoff that grows with consecutive failures and resets once a JVM has stayed up a while.
import type { ChildProcess } from "node:child_process";

export type Neo4jStatus =
  | { state: "running"; pid: number }
  | { state: "restarting"; attempt: number }
  | { state: "stopped" };

export interface SupervisorOptions {
  /** The first JVM, already answering queries. */
  first: ChildProcess;
  /** Spawns a JVM (synchronously, so stop() can always reach it). */
  spawn: () => ChildProcess;
  /** Resolves once the JVM answers a query; rejects with the reason if it exits or times out. */
  waitReady: (child: ChildProcess) => Promise<void>;
  uri: string;
  log: (line: string) => void;
  backoff?: Partial<Backoff>;
}

export interface Backoff {
  initialMs: number;
  maxMs: number;
  /** A JVM that stayed up this long counts as healthy: the next crash starts over at `initialMs`. */
  healthyMs: number;
}

const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 30_000, healthyMs: 60_000 };

/** 0.5 s, 1 s, 2 s, 4 s … capped: the wait before restart `attempt` (1-based). */
export function restartDelay(attempt: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.max(0, attempt - 1));
}

export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Closes the lifeline and sends SIGTERM; SIGKILL if Neo4j has not shut down within 30 s. */
export async function stopJvm(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  child.stdin?.end();
  child.kill("SIGTERM");
  if (!(await waitForExit(child, 30_000))) {
    child.kill("SIGKILL");
    await waitForExit(child, 5_000);
  }
}

export class Neo4jSupervisor {
  private current: ChildProcess;
  private status: Neo4jStatus;
  private stopped = false;
  private stopping?: Promise<void>;
  private attempt = 0;
  private readyAt = Date.now();
  private wake?: () => void;
  private readonly backoff: Backoff;
  // A synchronous last resort for an exiting Node; the lifeline covers a killed one.
  private readonly killOnExit = () => {
    this.current.kill("SIGTERM");
  };

  constructor(private readonly options: SupervisorOptions) {
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.current = options.first;
    this.status = { state: "running", pid: options.first.pid ?? -1 };
    process.on("exit", this.killOnExit);
    this.watch(options.first);
  }

  get pid(): number {
    return this.current.pid ?? -1;
  }

  getStatus(): Neo4jStatus {
    return this.status;
  }

  private watch(child: ChildProcess): void {
    child.once("exit", (code, signal) => {
      if (this.stopped || child !== this.current) return;
      const upMs = Date.now() - this.readyAt;
      if (upMs >= this.backoff.healthyMs) this.attempt = 0;
      this.attempt += 1;
      this.status = { state: "restarting", attempt: this.attempt };
      this.options.log(
        `Neo4j (pid ${child.pid}) exited unexpectedly (${describeExit(code, signal)}) after ${seconds(upMs)}; ` +
          `restarting in ${seconds(restartDelay(this.attempt, this.backoff))} (attempt ${this.attempt})`,
      );
      void this.restart(Date.now());
    });
  }

  /** Tries until a JVM answers or stop() is called; each failure doubles the wait. */
  private async restart(downSince: number): Promise<void> {
    for (;;) {
      await this.sleep(restartDelay(this.attempt, this.backoff));
      if (this.stopped) return;
      const child = this.options.spawn();
      this.current = child;
      try {
        await this.options.waitReady(child);
      } catch (error) {
        if (this.stopped) return;
        await stopJvm(child);
        this.attempt += 1;
        this.status = { state: "restarting", attempt: this.attempt };
        this.options.log(
          `Neo4j restart failed: ${(error as Error).message}; ` +
            `retrying in ${seconds(restartDelay(this.attempt, this.backoff))} (attempt ${this.attempt})`,
        );
        continue;
      }
      if (this.stopped) return; // stop() is already ending this JVM
      this.readyAt = Date.now();
      this.status = { state: "running", pid: child.pid ?? -1 };
      this.options.log(
        `Neo4j back on ${this.options.uri} (pid ${child.pid}), ${seconds(Date.now() - downSince)} after it exited`,
      );
      this.watch(child);
      return;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Stops whichever JVM is current (running, starting or between restarts) and restarts no more. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopped = true;
      this.status = { state: "stopped" };
      this.wake?.();
      await stopJvm(this.current);
      process.removeListener("exit", this.killOnExit);
    })();
    return this.stopping;
  }
}
