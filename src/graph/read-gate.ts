// Bounds how many heavy reads (the whole-graph `network`) run at once. Each one keeps Neo4j's cores
// busy for up to a second on a large archive; a burst of them would take the CPU and transaction memory
// the small reads need. Extra callers wait in a short queue; past it, or past the wait, they are told
// at once that the service is busy, instead of piling more work onto the database.
import { DatabaseBusyError } from "./errors.ts";
import type { DatabaseLimits } from "./limits.ts";

export interface ReadGateLimits {
  /** Heavy reads running at once. */
  concurrency: number;
  /** Callers that may wait for a free slot; the next one is refused at once. */
  queue: number;
  /** Longest wait for a slot, in ms. */
  waitMs: number;
}

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

export class ReadGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly limits: ReadGateLimits) {}

  /**
   * Runs `work` when a slot is free, telling it how many ms it waited for one; throws
   * DatabaseBusyError when the queue is full or the wait too long.
   */
  async run<T>(work: (waitedMs: number) => Promise<T>): Promise<T> {
    const arrived = performance.now();
    await this.enter();
    try {
      return await work(Math.round(performance.now() - arrived));
    } finally {
      this.leave();
    }
  }

  /** Reads running and waiting now (for tests and metrics). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private enter(): Promise<void> {
    if (this.running < this.limits.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queue) return Promise.reject(this.busy("the queue is full"));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(this.busy(`no slot came free within ${this.limits.waitMs} ms`));
        }, this.limits.waitMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Hands the slot straight to the longest waiter, so a newcomer cannot jump the queue. */
  private leave(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.running -= 1;
  }

  private busy(why: string): DatabaseBusyError {
    const { concurrency, queue } = this.limits;
    return new DatabaseBusyError(
      `Too many heavy reads at once (${concurrency} may run and ${queue} wait; ${why}).`,
    );
  }
}

/**
 * The gate configured by HEAVY_READ_CONCURRENCY and HEAVY_READ_QUEUE. A caller waits at most half of
 * the query timeout, and its read then runs within what is left of it (`CypherExecutor.readHeavy`):
 * waiting and running together stay within one NEO4J_QUERY_TIMEOUT_MS, and a read is never started
 * with too little time left to finish.
 */
export function heavyReadGate(
  limits: Pick<DatabaseLimits, "heavyReadConcurrency" | "heavyReadQueue" | "queryTimeoutMs">,
): ReadGate {
  return new ReadGate({
    concurrency: limits.heavyReadConcurrency,
    queue: limits.heavyReadQueue,
    waitMs: Math.floor(limits.queryTimeoutMs / 2),
  });
}
