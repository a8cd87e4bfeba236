// A small levelled logger: one line per record, as `time LEVEL message key=value…` or, with
// LOG_FORMAT=json, as one JSON object per line (ready for log shippers). A stack, when given, follows
// a text line on its own lines and is a field of the JSON object.
import type { LogConfig, LogLevel } from "../config.ts";

export type LogFields = Record<string, string | number | boolean | null | undefined | readonly string[]>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  enabled(level: LogLevel): boolean;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function textValue(value: LogFields[string]): string {
  const text = Array.isArray(value) ? value.join(",") : String(value);
  return /^[^\s"=]+$/.test(text) ? text : JSON.stringify(text);
}

function formatText(level: LogLevel, message: string, fields: LogFields): string {
  const { stack, ...rest } = fields;
  const pairs = Object.entries(rest)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${textValue(value)}`);
  const line = [new Date().toISOString(), level.toUpperCase(), message, ...pairs].join(" ");
  return typeof stack === "string" ? `${line}\n${stack}` : line;
}

function formatJson(level: LogLevel, message: string, fields: LogFields): string {
  return JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields });
}

/** Receives each formatted line (without its newline) and the level it was logged at. */
export type LineWriter = (line: string, level: LogLevel) => void;

export function createLogger(
  config: LogConfig = { level: "info", format: "text" },
  write: LineWriter = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const format = config.format === "json" ? formatJson : formatText;
  const enabled = (level: LogLevel) => RANK[level] >= RANK[config.level];
  const at =
    (level: LogLevel) =>
    (message: string, fields: LogFields = {}) => {
      if (enabled(level)) write(format(level, message, fields), level);
    };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error"), enabled };
}

/**
 * The logger handed to Yoga. Yoga prints the original of every error it masks with its stack; the
 * request log (request-log.ts) reports those once, with the request id, so Yoga's copy goes to debug.
 */
export function yogaLogger(logger: Logger) {
  const text = (args: unknown[]) =>
    args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(" ");
  return {
    debug: (...args: unknown[]) => logger.debug(text(args), { source: "yoga" }),
    info: (...args: unknown[]) => logger.debug(text(args), { source: "yoga" }),
    warn: (...args: unknown[]) => logger.warn(text(args), { source: "yoga" }),
    error: (...args: unknown[]) => logger.debug(text(args), { source: "yoga" }),
  };
}
