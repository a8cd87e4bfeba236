/**
 * Runs `start` with V8's stack capture off. neo4j-driver captures a call-site stack for every query
 * it runs, only to decorate a later error with it; building that stack is a measurable share of a
 * small read's CPU. Only what `start` does synchronously is affected (the driver captures in
 * `session.run` itself), and the previous limit is restored before anything else runs.
 */
export function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
