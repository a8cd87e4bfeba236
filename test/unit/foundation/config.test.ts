import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_LIMITS, loadConfig } from "../../../src/config.ts";

describe("loadConfig", () => {
  it("defaults to loopback, port 4000 and the bundled Neo4j", () => {
    const config = loadConfig({});
    expect(config.host).toBe("127.0.0.1");
    expect(config.port).toBe(4000);
    expect(config.external).toBeUndefined();
    expect(config.database).toBe("neo4j");
  });

  it("uses the server named by NEO4J_URI", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "pw" });
    expect(config.external).toEqual({
      uri: "neo4j+s://abc.databases.neo4j.io",
      user: "neo4j",
      password: "pw",
    });
  });

  it("has database limits that report an outage fast and stop runaway queries", () => {
    expect(loadConfig({}).databaseLimits).toEqual({
      queryTimeoutMs: 5_000,
      writeTimeoutMs: 60_000,
      acquisitionTimeoutMs: 2_000,
      retryTimeMs: 500,
      heavyReadConcurrency: 2,
      heavyReadQueue: 16,
    });
    const limits = loadConfig({
      NEO4J_QUERY_TIMEOUT_MS: "250",
      NEO4J_WRITE_TIMEOUT_MS: "90000",
      NEO4J_ACQUISITION_TIMEOUT_MS: "5000",
      NEO4J_RETRY_TIME_MS: "0",
      HEAVY_READ_CONCURRENCY: "1",
      HEAVY_READ_QUEUE: "4",
    }).databaseLimits;
    expect(limits).toEqual({
      queryTimeoutMs: 250,
      writeTimeoutMs: 90_000,
      acquisitionTimeoutMs: 5_000,
      retryTimeMs: 0,
      heavyReadConcurrency: 1,
      heavyReadQueue: 4,
    });
  });

  it("reads limits, CORS origins and logging, with defaults", () => {
    const defaults = loadConfig({});
    expect(defaults.limits).toEqual(DEFAULT_LIMITS);
    expect(defaults.corsOrigins).toEqual([]);
    expect(defaults.log).toEqual({ level: "info", format: "text" });
    const set = loadConfig({
      MAX_QUERY_COST: "1000",
      MAX_VARIABLES_BYTES: "2048",
      CORS_ORIGINS: "https://app.example.org, http://localhost:5173",
      LOG_LEVEL: "WARN",
      LOG_FORMAT: "json",
    });
    expect(set.limits).toMatchObject({
      maxCost: 1000,
      maxVariablesBytes: 2048,
      maxDepth: DEFAULT_LIMITS.maxDepth,
    });
    expect(set.corsOrigins).toEqual(["https://app.example.org", "http://localhost:5173"]);
    expect(set.log).toEqual({ level: "warn", format: "json" });
  });

  it.each([
    [{ PORT: "http" }, /PORT must be a port number/],
    [{ PORT: "70000" }, /PORT must be a port number/],
    [
      { NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" },
      /NEO4J_URI has the unsupported scheme "http:"/,
    ],
    [{ NEO4J_URI: "not a uri", NEO4J_PASSWORD: "x" }, /NEO4J_URI is not a valid URI/],
    [{ NEO4J_URI: "bolt://localhost:7687" }, /NEO4J_PASSWORD is not/],
    [{ NEO4J_DATABASE: "x; DROP" }, /NEO4J_DATABASE is not a valid database name/],
    [{ NEO4J_QUERY_TIMEOUT_MS: "5s" }, /NEO4J_QUERY_TIMEOUT_MS must be a whole number of milliseconds/],
    [{ NEO4J_QUERY_TIMEOUT_MS: "0" }, /NEO4J_QUERY_TIMEOUT_MS must be .* from 1 to/],
    [{ NEO4J_WRITE_TIMEOUT_MS: "-1" }, /NEO4J_WRITE_TIMEOUT_MS must be/],
    [{ NEO4J_ACQUISITION_TIMEOUT_MS: "1.5" }, /NEO4J_ACQUISITION_TIMEOUT_MS must be/],
    [{ NEO4J_RETRY_TIME_MS: "soon" }, /NEO4J_RETRY_TIME_MS must be .* from 0 to/],
    [{ HEAVY_READ_CONCURRENCY: "0" }, /^HEAVY_READ_CONCURRENCY must be a whole number of at least 1/],
    [{ HEAVY_READ_QUEUE: "many" }, /^HEAVY_READ_QUEUE must be a whole number of at least 1/],
    [{ MAX_QUERY_COST: "lots" }, /^MAX_QUERY_COST must be a whole number of at least 1, got "lots"\.$/],
    [{ MAX_QUERY_DEPTH: "0" }, /^MAX_QUERY_DEPTH must be/],
    [{ MAX_BODY_BYTES: "1.5" }, /^MAX_BODY_BYTES must be/],
    [{ CORS_ORIGINS: "https://a.example/path" }, /^CORS_ORIGINS must list origins/],
    [{ CORS_ORIGINS: "a.example" }, /^CORS_ORIGINS must list origins/],
    [{ LOG_LEVEL: "loud" }, /^LOG_LEVEL must be one of debug, info, warn, error/],
    [{ LOG_FORMAT: "xml" }, /^LOG_FORMAT must be text or json/],
  ])("rejects %o with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(() => loadConfig(env)).toThrowError(message);
  });
});
