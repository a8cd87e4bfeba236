// Configuration comes from the environment only; each problem is reported as one line that names
// the variable to fix.
import { type DatabaseLimits, DEFAULT_DATABASE_LIMITS } from "./graph/limits.ts";

export class ConfigError extends Error {
  override name = "ConfigError";
}

export interface ExternalNeo4j {
  uri: string;
  user: string;
  password: string;
}

export interface AppConfig {
  /** HTTP host to bind. 127.0.0.1 unless HOST says otherwise. */
  host: string;
  port: number;
  /** Set when NEO4J_URI is given: use that server and start none. */
  external?: ExternalNeo4j;
  database: string;
  /** Where `npm start` keeps the local Neo4j's data between runs. */
  dataDir: string;
  /** Bolt port of the local Neo4j; 0 picks a free one. */
  boltPort: number;
  /** Seed the bundled articles when the graph is empty. */
  seedOnStart: boolean;
  /** Transaction timeouts, pool acquisition and retry time (see src/graph/limits.ts). */
  databaseLimits: DatabaseLimits;
  /** Bounds on one GraphQL request (src/server/limits). */
  limits: LimitsConfig;
  /** Origins allowed to call the API from a browser on another origin; empty: same origin only. */
  corsOrigins: string[];
  log: LogConfig;
  /** Bearer token for POST /articles and ingestArticle; unset: ingest is off. */
  ingestToken?: string;
  /** /metrics: off, served by the main server (on), or on its own 127.0.0.1 port. */
  metrics: MetricsSetting;
}

export type MetricsSetting = "off" | "on" | { port: number };

/** METRICS=off|on|<port>; unset: off. */
export function parseMetrics(raw: string | undefined): MetricsSetting {
  const value = raw?.trim().toLowerCase() || "off";
  if (value === "off" || value === "on") return value;
  if (/^\d+$/.test(value)) {
    const port = Number(value);
    if (port >= 1 && port <= 65535) return { port };
  }
  throw new ConfigError(`METRICS must be off, on or a port number from 1 to 65535, got "${raw}".`);
}

/** INGEST_TOKEN: at least 16 characters, so a guessable word cannot open the write path. */
export function parseIngestToken(raw: string | undefined): string | undefined {
  const token = raw?.trim();
  if (!token) return undefined;
  if (token.length < 16) {
    throw new ConfigError(
      `INGEST_TOKEN must be at least 16 characters (e.g. \`openssl rand -hex 24\`), got ${token.length}.`,
    );
  }
  return token;
}

/** Bounds on one GraphQL request, checked before execution (src/server/limits). */
export interface LimitsConfig {
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxFragments: number;
  maxBodyBytes: number;
  maxVariablesBytes: number;
  maxUrlBytes: number;
}

export const DEFAULT_LIMITS: LimitsConfig = {
  maxCost: 50_000,
  maxDepth: 15,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxFragments: 20,
  maxBodyBytes: 100_000,
  maxVariablesBytes: 16_384,
  maxUrlBytes: 8_192,
};

const LIMIT_VARIABLES: Record<keyof LimitsConfig, string> = {
  maxCost: "MAX_QUERY_COST",
  maxDepth: "MAX_QUERY_DEPTH",
  maxAliases: "MAX_QUERY_ALIASES",
  maxTokens: "MAX_QUERY_TOKENS",
  maxDirectives: "MAX_QUERY_DIRECTIVES",
  maxFragments: "MAX_QUERY_FRAGMENTS",
  maxBodyBytes: "MAX_BODY_BYTES",
  maxVariablesBytes: "MAX_VARIABLES_BYTES",
  maxUrlBytes: "MAX_URL_BYTES",
};

export type LogLevel = "debug" | "info" | "warn" | "error";
export const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error"];

export interface LogConfig {
  level: LogLevel;
  format: "text" | "json";
}

const URI_SCHEMES = ["neo4j:", "neo4j+s:", "neo4j+ssc:", "bolt:", "bolt+s:", "bolt+ssc:"];

export function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name} must be a port number from 0 to 65535, got "${raw}".`);
  }
  return value;
}

/** A duration in milliseconds between `min` and one hour. */
export function parseMillis(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > 3_600_000) {
    throw new ConfigError(
      `${name} must be a whole number of milliseconds from ${min} to 3600000, got "${raw}".`,
    );
  }
  return value;
}

export function parseDatabaseLimits(env: NodeJS.ProcessEnv): DatabaseLimits {
  return {
    queryTimeoutMs: parseMillis(
      "NEO4J_QUERY_TIMEOUT_MS",
      env.NEO4J_QUERY_TIMEOUT_MS,
      DEFAULT_DATABASE_LIMITS.queryTimeoutMs,
    ),
    writeTimeoutMs: parseMillis(
      "NEO4J_WRITE_TIMEOUT_MS",
      env.NEO4J_WRITE_TIMEOUT_MS,
      DEFAULT_DATABASE_LIMITS.writeTimeoutMs,
    ),
    acquisitionTimeoutMs: parseMillis(
      "NEO4J_ACQUISITION_TIMEOUT_MS",
      env.NEO4J_ACQUISITION_TIMEOUT_MS,
      DEFAULT_DATABASE_LIMITS.acquisitionTimeoutMs,
    ),
    retryTimeMs: parseMillis(
      "NEO4J_RETRY_TIME_MS",
      env.NEO4J_RETRY_TIME_MS,
      DEFAULT_DATABASE_LIMITS.retryTimeMs,
      0,
    ),
    heavyReadConcurrency: parsePositiveInt(
      "HEAVY_READ_CONCURRENCY",
      env.HEAVY_READ_CONCURRENCY,
      DEFAULT_DATABASE_LIMITS.heavyReadConcurrency,
    ),
    heavyReadQueue: parsePositiveInt(
      "HEAVY_READ_QUEUE",
      env.HEAVY_READ_QUEUE,
      DEFAULT_DATABASE_LIMITS.heavyReadQueue,
    ),
  };
}

function parseExternal(env: NodeJS.ProcessEnv): ExternalNeo4j | undefined {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return undefined;
  let scheme: string;
  try {
    scheme = new URL(uri).protocol;
  } catch {
    throw new ConfigError(`NEO4J_URI is not a valid URI: "${uri}". Example: neo4j://127.0.0.1:7687`);
  }
  if (!URI_SCHEMES.includes(scheme)) {
    throw new ConfigError(
      `NEO4J_URI has the unsupported scheme "${scheme}"; use one of ${URI_SCHEMES.join(" ")} (got "${uri}").`,
    );
  }
  const password = env.NEO4J_PASSWORD;
  if (!password) {
    throw new ConfigError("NEO4J_URI is set but NEO4J_PASSWORD is not: set the password of that server.");
  }
  return { uri, user: env.NEO4J_USER?.trim() || "neo4j", password };
}

export function parsePositiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ConfigError(`${name} must be a whole number of at least 1, got "${raw}".`);
  }
  return value;
}

export function parseLimits(env: NodeJS.ProcessEnv): LimitsConfig {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof LimitsConfig)[]) {
    limits[key] = parsePositiveInt(LIMIT_VARIABLES[key], env[LIMIT_VARIABLES[key]], DEFAULT_LIMITS[key]);
  }
  return limits;
}

/** CORS_ORIGINS: comma-separated origins (`https://app.example.org`), or `*` for any; unset: none. */
export function parseCorsOrigins(raw: string | undefined): string[] {
  const items = (raw ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of items) {
    if (item === "*") continue;
    let origin: string | undefined;
    try {
      origin = new URL(item).origin;
    } catch {
      origin = undefined;
    }
    if (origin !== item) {
      throw new ConfigError(
        `CORS_ORIGINS must list origins such as https://app.example.org (scheme, host, optional port; no path), or *; got "${item}".`,
      );
    }
  }
  return items;
}

export function parseLog(env: NodeJS.ProcessEnv): LogConfig {
  const level = (env.LOG_LEVEL?.trim().toLowerCase() || "info") as LogLevel;
  if (!LOG_LEVELS.includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}".`);
  }
  const format = env.LOG_FORMAT?.trim().toLowerCase() || "text";
  if (format !== "text" && format !== "json") {
    throw new ConfigError(`LOG_FORMAT must be text or json, got "${env.LOG_FORMAT}".`);
  }
  return { level, format };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const external = parseExternal(env);
  const database = env.NEO4J_DATABASE?.trim() || "neo4j";
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) {
    throw new ConfigError(`NEO4J_DATABASE is not a valid database name: "${database}".`);
  }
  return {
    host: env.HOST?.trim() || "127.0.0.1",
    port: parsePort("PORT", env.PORT, 4000),
    ...(external ? { external } : {}),
    database,
    dataDir: env.NEO4J_DATA_DIR?.trim() || ".data/neo4j",
    boltPort: parsePort("NEO4J_BOLT_PORT", env.NEO4J_BOLT_PORT, 0),
    seedOnStart: env.SEED_ON_START !== "false",
    databaseLimits: parseDatabaseLimits(env),
    limits: parseLimits(env),
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    log: parseLog(env),
    ...(parseIngestToken(env.INGEST_TOKEN) ? { ingestToken: parseIngestToken(env.INGEST_TOKEN) } : {}),
    metrics: parseMetrics(env.METRICS),
  };
}

/** Reads ./.env when present; variables already in the environment win. */
export function loadDotEnv(file = ".env"): void {
  try {
    process.loadEnvFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new ConfigError(`${file} could not be read: ${(error as Error).message}`);
    }
  }
}
