// One log record per request, written when the response leaves: a request id (also sent to the
// client as the `x-request-id` header and, on an unexpected error, in `extensions.requestId`), the
// operation, the status, the duration and the error codes. A success is one info line (debug for
// /health, /ready and /metrics); an expected error (one with a code) is a single info line; an
// unexpected one is an error record carrying its stack, once.
import { randomUUID } from "node:crypto";
import { type ExecutionResult, GraphQLError, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "./log.ts";

export const REQUEST_ID_HEADER = "x-request-id";
const INTERNAL = "INTERNAL_SERVER_ERROR";

export interface RequestState {
  id: string;
  started: number;
  operationName?: string;
  /** Codes of the errors answered, in order. */
  codes: string[];
  /** Stacks of unexpected errors, logged with the request's line. */
  stacks: string[];
}

const STATE = Symbol("request-state");
type WithState = { [STATE]?: RequestState };

/** The state of the request a server context belongs to (set by useRequestLog's onRequest). */
export function requestState(serverContext: unknown): RequestState | undefined {
  return (serverContext as WithState | undefined)?.[STATE];
}

/** Masked error → the original it replaced, so the log can show the real stack. */
const originals = new WeakMap<object, unknown>();

export function rememberOriginal(masked: unknown, original: unknown): void {
  if (masked && typeof masked === "object") originals.set(masked, original);
}

function stackOf(error: GraphQLError): string {
  const original = originals.get(error) ?? error.originalError ?? error;
  return original instanceof Error
    ? (original.stack ?? `${original.name}: ${original.message}`)
    : String(original);
}

const BAD_REQUEST = "BAD_REQUEST";

/**
 * An error's code. Without one, an error graphql-js raised itself about the request (no original
 * error and no path: "Schema is not configured to execute subscription operation.") is the
 * client's BAD_REQUEST; anything else is unexpected.
 */
function codeOf(error: GraphQLError): string {
  if (typeof error.extensions?.code === "string") return error.extensions.code;
  return !error.originalError && !error.path ? BAD_REQUEST : INTERNAL;
}

const located = (error: GraphQLError) => ({
  ...(error.nodes ? { nodes: error.nodes } : {}),
  ...(error.path ? { path: error.path } : {}),
});

/** Records codes and stacks; unexpected errors get the request id so a client can quote it. */
function noteErrors(state: RequestState, result: ExecutionResult): ExecutionResult | undefined {
  if (!result.errors?.length) return undefined;
  let changed = false;
  const errors = result.errors.map((error) => {
    const code = codeOf(error);
    state.codes.push(code);
    if (code === BAD_REQUEST && !error.extensions?.code) {
      changed = true;
      return new GraphQLError(error.message, {
        ...located(error),
        extensions: { ...error.extensions, code },
      });
    }
    if (code !== INTERNAL) return error;
    state.stacks.push(stackOf(error));
    changed = true;
    return new GraphQLError(error.message, {
      ...located(error),
      extensions: { ...error.extensions, code: INTERNAL, requestId: state.id },
    });
  });
  return changed ? { ...result, errors } : undefined;
}

/** Probes and scrapes come every few seconds: their successes stay at debug. */
const QUIET_PATHS = new Set(["/health", "/ready", "/metrics"]);

const newState = (): RequestState => ({
  id: randomUUID(),
  started: performance.now(),
  codes: [],
  stacks: [],
});

export function useRequestLog(logger: Logger): Plugin {
  return {
    onRequest({ serverContext }) {
      (serverContext as WithState)[STATE] = {
        id: randomUUID(),
        started: performance.now(),
        codes: [],
        stacks: [],
      };
    },
    onExecute({ args }) {
      const state = requestState(args.contextValue);
      if (state) {
        state.operationName = args.operationName ?? getOperationAST(args.document)?.name?.value ?? undefined;
      }
    },
    onParams({ params, context }) {
      const state = requestState(context);
      if (state && params.operationName) state.operationName = params.operationName;
    },
    onResultProcess({ result, setResult, serverContext }) {
      const state = requestState(serverContext);
      if (!state || Array.isArray(result) || !("errors" in result)) return;
      const noted = noteErrors(state, result as ExecutionResult);
      if (noted) setResult(noted);
    },
    onResponse({ request, response, serverContext }) {
      // Yoga answers GraphiQL and /health before user plugins see the request: those get an id here.
      const state = requestState(serverContext) ?? newState();
      response.headers.set(REQUEST_ID_HEADER, state.id);
      const path = new URL(request.url, "http://localhost").pathname;
      const fields = {
        requestId: state.id,
        method: request.method,
        path,
        status: response.status,
        operation: state.operationName ?? null,
        durationMs: Math.round((performance.now() - state.started) * 10) / 10,
        ...(state.codes.length ? { codes: [...new Set(state.codes)] } : {}),
      };
      if (state.stacks.length)
        logger.error("unexpected error", { ...fields, stack: state.stacks.join("\n") });
      else if (state.codes.length)
        logger.info(`graphql error ${[...new Set(state.codes)].join(",")}`, fields);
      else if (QUIET_PATHS.has(path)) logger.debug("request", fields);
      else logger.info("request", fields);
    },
  };
}
