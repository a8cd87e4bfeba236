// Which errors a client sees. Expected errors (GraphQLError with a code) pass unchanged; a database
// outage becomes SERVICE_UNAVAILABLE, a query stopped by its timeout QUERY_TIMEOUT; anything else is masked as "Unexpected error." when masking
// is on. Invalid enum or scalar values in the query get BAD_USER_INPUT and the argument's name.

import { type ArgumentNode, type DocumentNode, GraphQLError, Kind, type ValueNode, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { maskError as yogaMaskError } from "graphql-yoga";
import { databaseFailure } from "../graph/errors.ts";
import { BAD_USER_INPUT } from "./validation.ts";

export const SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
export const QUERY_TIMEOUT = "QUERY_TIMEOUT";
export const SERVICE_BUSY = "SERVICE_BUSY";

const DATABASE_FAILURES = {
  unavailable: {
    code: SERVICE_UNAVAILABLE,
    message: "The graph database is unavailable; try again shortly.",
  },
  busy: {
    code: SERVICE_BUSY,
    message: "Too many heavy reads (network) are running at once; try again shortly.",
  },
  timeout: {
    code: QUERY_TIMEOUT,
    message: "The query took too long and was stopped; ask for less (first, depth).",
  },
} as const;
export const NOT_FOUND = "NOT_FOUND";

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" was not found.`, { extensions: { code: NOT_FOUND } });
}

/** The `maskError` of createYoga: outage → SERVICE_UNAVAILABLE, timeout → QUERY_TIMEOUT; others masked only when `mask`. */
export function createMaskError(mask: boolean) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    const failure = databaseFailure(error);
    if (failure) {
      const located = error instanceof GraphQLError ? error : undefined;
      return new GraphQLError(DATABASE_FAILURES[failure].message, {
        ...(located?.nodes ? { nodes: located.nodes } : {}),
        ...(located?.path ? { path: located.path } : {}),
        extensions: { code: DATABASE_FAILURES[failure].code },
      });
    }
    return mask ? yogaMaskError(error, message, isDev) : (error as Error);
  };
}

/** Maps every value node in the document to the argument (or variable) it belongs to. */
function argumentNames(document: DocumentNode): Map<ValueNode, string> {
  const names = new Map<ValueNode, string>();
  const mark = (value: ValueNode, name: string) => {
    names.set(value, name);
    if (value.kind === Kind.LIST) for (const item of value.values) mark(item, name);
    if (value.kind === Kind.OBJECT) for (const field of value.fields) mark(field.value, name);
  };
  visit(document, {
    Argument(node: ArgumentNode) {
      mark(node.value, node.name.value);
    },
  });
  return names;
}

/** Variable name → the argument it feeds (first use), for variable coercion errors. */
function variableArguments(document: DocumentNode): Map<string, string> {
  const uses = new Map<string, string>();
  visit(document, {
    Argument(node: ArgumentNode) {
      if (node.value.kind === Kind.VARIABLE && !uses.has(node.value.name.value)) {
        uses.set(node.value.name.value, node.name.value);
      }
    },
  });
  return uses;
}

const VALUE_ERROR = /(does not exist in "[^"]+" enum|cannot represent|Expected value of type|Expected type)/;

/**
 * Invalid literal values (unknown enum value, a string where an Int goes, an Int over 2^31) fail
 * validation; invalid variables fail coercion. Both are the caller's mistake: BAD_USER_INPUT.
 */
export function useInputErrors(): Plugin {
  return {
    onValidate({ params }) {
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        const names = argumentNames(params.documentAST);
        setResult(
          result.map((error) => {
            const node = error.nodes?.[0] as ValueNode | undefined;
            const argument = node ? names.get(node) : undefined;
            if (!argument || !VALUE_ERROR.test(error.message)) return error;
            return new GraphQLError(`Argument "${argument}" has an invalid value: ${error.message}`, {
              ...(error.nodes ? { nodes: error.nodes } : {}),
              extensions: { ...error.extensions, code: BAD_USER_INPUT, argument },
            });
          }),
        );
      };
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors || "next" in result) return;
          let changed = false;
          const uses = variableArguments(args.document);
          const errors = result.errors.map((error) => {
            const match = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value/.exec(error.message);
            if (!match || error.path) return error;
            changed = true;
            const variable = match[1] ?? "";
            const argument = uses.get(variable) ?? variable;
            return new GraphQLError(`Argument "${argument}" has an invalid value: ${error.message}`, {
              ...(error.nodes ? { nodes: error.nodes } : {}),
              extensions: { ...error.extensions, code: BAD_USER_INPUT, argument },
            });
          });
          if (changed) setResult({ ...result, errors });
        },
      };
    },
  };
}
