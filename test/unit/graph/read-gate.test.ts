import { describe, expect, it } from "vitest";
import { DatabaseBusyError, databaseFailure } from "../../../src/graph/errors.ts";
import { heavyReadGate, ReadGate } from "../../../src/graph/read-gate.ts";

/** A piece of work the test finishes by hand. */
function held<T = string>() {
  let finish!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { work: () => promise, finish, fail };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("ReadGate", () => {
  it("runs up to `concurrency` at once and starts waiters in arrival order", async () => {
    const gate = new ReadGate({ concurrency: 2, queue: 5, waitMs: 10_000 });
    const works = [held(), held(), held(), held()];
    const started: number[] = [];
    const results = works.map((w, i) =>
      gate.run(() => {
        started.push(i);
        return w.work();
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ running: 2, waiting: 2 });
    works[1]?.finish("b");
    await tick();
    expect(started).toEqual([0, 1, 2]);
    works[0]?.finish("a");
    works[2]?.finish("c");
    works[3]?.finish("d");
    expect(await Promise.all(results)).toEqual(["a", "b", "c", "d"]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses at once when the queue is full, with an error the API reports as busy", async () => {
    const gate = new ReadGate({ concurrency: 1, queue: 1, waitMs: 10_000 });
    const first = held();
    const running = gate.run(first.work);
    const waiting = gate.run(async () => "second");
    const refused = gate.run(async () => "third");
    await expect(refused).rejects.toBeInstanceOf(DatabaseBusyError);
    await expect(refused).rejects.toThrow(/1 may run and 1 wait; the queue is full/);
    expect(databaseFailure(await refused.catch((e: unknown) => e))).toBe("busy");
    first.finish("first");
    expect(await running).toBe("first");
    expect(await waiting).toBe("second");
  });

  it("gives up on a waiter after waitMs and keeps the others' order", async () => {
    const gate = new ReadGate({ concurrency: 1, queue: 3, waitMs: 30 });
    const first = held();
    const running = gate.run(first.work);
    const late = gate.run(async () => "never");
    await expect(late).rejects.toThrow(/no slot came free within 30 ms/);
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    first.finish("done");
    expect(await running).toBe("done");
    expect(await gate.run(async () => "after")).toBe("after");
  });

  it("frees the slot when the work fails", async () => {
    const gate = new ReadGate({ concurrency: 1, queue: 1, waitMs: 10_000 });
    const first = held();
    const failing = gate.run(first.work);
    const next = gate.run(async () => "next");
    first.fail(new Error("database said no"));
    await expect(failing).rejects.toThrow("database said no");
    expect(await next).toBe("next");
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("tells the work how long it waited for its slot", async () => {
    const gate = new ReadGate({ concurrency: 1, queue: 1, waitMs: 10_000 });
    const first = held();
    const waits: number[] = [];
    const running = gate.run(async (waited) => {
      waits.push(waited);
      return first.work();
    });
    const queued = gate.run(async (waited) => waits.push(waited));
    await new Promise((resolve) => setTimeout(resolve, 60));
    first.finish("done");
    await Promise.all([running, queued]);
    expect(waits[0]).toBeLessThan(20);
    expect(waits[1]).toBeGreaterThanOrEqual(55);
  });

  it("lets a heavy read wait at most half of the query timeout", () => {
    const gate = heavyReadGate({ heavyReadConcurrency: 2, heavyReadQueue: 16, queryTimeoutMs: 5_000 });
    expect(gate.limits).toEqual({ concurrency: 2, queue: 16, waitMs: 2_500 });
  });
});
