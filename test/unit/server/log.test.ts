// The logger: levels, the text and JSON line formats, and a stack kept to one record.
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../src/server/log.ts";

describe("createLogger", () => {
  it("drops records below the level", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "warn", format: "text" }, (line) => lines.push(line));
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    expect(lines.map((l) => l.split(" ")[1])).toEqual(["WARN", "ERROR"]);
    expect(logger.enabled("info")).toBe(false);
  });

  it("writes text as time, level, message and key=value pairs, quoting when needed", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "info", format: "text" }, (line) => lines.push(line));
    logger.info("graphql error", {
      code: "QUERY_TOO_DEEP",
      operation: "My Op",
      durationMs: 3.5,
      codes: ["A", "B"],
    });
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\dT\S+Z INFO graphql error code=QUERY_TOO_DEEP operation="My Op" durationMs=3.5 codes=A,B$/,
    );
  });

  it("writes one JSON object per line, the stack as a field", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "info", format: "json" }, (line) => lines.push(line));
    logger.error("unexpected error", { requestId: "r1", stack: "Error: x\n    at f (a.ts:1:1)" });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      level: "error",
      msg: "unexpected error",
      requestId: "r1",
      stack: "Error: x\n    at f (a.ts:1:1)",
    });
  });
});
