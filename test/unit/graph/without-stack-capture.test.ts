import { describe, expect, it } from "vitest";
import { withoutStackCapture } from "../../../src/graph/without-stack-capture.ts";

const framesOf = (error: Error) =>
  (error.stack ?? "").split("\n").filter((line) => line.trim().startsWith("at "));

describe("withoutStackCapture", () => {
  it("captures no frames while the work starts, and returns its result", () => {
    const error = withoutStackCapture(() => new Error("inside"));
    expect(framesOf(error)).toEqual([]);
    expect(framesOf(new Error("outside")).length).toBeGreaterThan(0);
  });

  it("restores the previous limit after the work, even when it throws", () => {
    const before = Error.stackTraceLimit;
    expect(() =>
      withoutStackCapture(() => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(Error.stackTraceLimit).toBe(before);
    expect(withoutStackCapture(() => 42)).toBe(42);
    expect(Error.stackTraceLimit).toBe(before);
  });

  it("leaves errors made after the synchronous start with their stacks", async () => {
    const later = await withoutStackCapture(() => Promise.resolve().then(() => new Error("later")));
    expect(framesOf(later).length).toBeGreaterThan(0);
  });
});
