// The `extensions.code` of each refusal, and how a refusal is built: a GraphQL error whose message
// gives the measured value, the limit and the variable that sets it, with an HTTP status for Yoga.
import { GraphQLError } from "graphql";

export const QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY";
export const QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
export const TOO_MANY_ALIASES = "TOO_MANY_ALIASES";
export const TOO_MANY_TOKENS = "TOO_MANY_TOKENS";
export const TOO_MANY_DIRECTIVES = "TOO_MANY_DIRECTIVES";
export const TOO_MANY_FRAGMENTS = "TOO_MANY_FRAGMENTS";
export const FRAGMENT_CYCLE = "FRAGMENT_CYCLE";
export const BODY_TOO_LARGE = "BODY_TOO_LARGE";
export const VARIABLES_TOO_LARGE = "VARIABLES_TOO_LARGE";
export const URL_TOO_LONG = "URL_TOO_LONG";
/** Request line and headers over Node's own limit (16 kB): answered by client-errors.ts. */
export const HEADERS_TOO_LARGE = "HEADERS_TOO_LARGE";
export const UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
export const BATCHING_NOT_SUPPORTED = "BATCHING_NOT_SUPPORTED";
/** Any other invalid document (unknown field, wrong argument type…) and syntax errors. */
export const GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
export const GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
/** A request graphql-js or Yoga cannot take (unreadable parameters, a subscription). */
export const BAD_REQUEST = "BAD_REQUEST";
/** `operationName` names no operation of the document, or several operations and no name. */
export const OPERATION_NOT_FOUND = "OPERATION_NOT_FOUND";

export function limitError(code: string, message: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/**
 * A complete JSON response for refusals made before Yoga parses the request. With `close`, the
 * connection closes after it: used when the rest of a refused body will not be read.
 */
export function limitResponse(
  fetchAPI: { Response: typeof Response },
  code: string,
  message: string,
  status: number,
  close = false,
) {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      ...(close ? { connection: "close" } : {}),
    },
  });
}
