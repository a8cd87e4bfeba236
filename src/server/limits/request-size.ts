// Limits on the HTTP request before any GraphQL work: the body is counted as it streams in (a
// missing or false Content-Length does not help), a GET URL has a length limit, the `variables`
// object has its own, a POST must be JSON, and a batched array gets a clear refusal (batching is off).
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { LimitsConfig } from "../../config.ts";
import { requestState } from "../request-log.ts";
import * as codes from "./codes.ts";

/** Only JSON bodies: form and multipart posts are what a cross-site form could send without asking. */
const JSON_TYPES = ["application/json", "application/graphql+json"];

type Refuse = (code: string, message: string, status: number, close?: boolean) => void;

/**
 * A refused body is still read (and dropped) up to this size, so the connection stays usable: Node
 * only discards a request body nobody has started reading. Beyond it the connection is closed.
 */
const DRAIN_LIMIT = 8 * 1024 * 1024;

/** The body if it is at most `max` bytes; otherwise whether the rest could be drained. */
export async function readAtMost(
  body: ReadableStream<Uint8Array>,
  max: number,
): Promise<{ body: Buffer } | { drained: boolean }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > DRAIN_LIMIT) {
      await reader.cancel().catch(() => undefined);
      return { drained: false };
    }
    if (size <= max) chunks.push(value);
  }
  return size > max ? { drained: true } : { body: Buffer.concat(chunks) };
}

const tooLarge = (max: number) => `The request body is larger than ${max} bytes, the limit (MAX_BODY_BYTES).`;

/** A larger body and variables limit for some requests (an authenticated ingestArticle). */
export interface WiderLimit {
  bytes: number;
  applies: (request: Request) => boolean;
}

export function useRequestSizeLimits(
  limits: LimitsConfig,
  graphqlPath = "/graphql",
  wider?: WiderLimit,
): Plugin {
  const bodyLimit = (request: Request) =>
    wider?.applies(request) ? Math.max(wider.bytes, limits.maxBodyBytes) : limits.maxBodyBytes;
  const variablesLimit = (request: Request) =>
    wider?.applies(request) ? Math.max(wider.bytes, limits.maxVariablesBytes) : limits.maxVariablesBytes;
  return {
    // Synchronous unless a body of unknown length must be counted: every request passes here.
    onRequest({ request, url, setRequest, endResponse, fetchAPI, serverContext }) {
      if (url.pathname !== graphqlPath) return;
      const refuse: Refuse = (code, message, status, close) => {
        requestState(serverContext)?.codes.push(code);
        endResponse(codes.limitResponse(fetchAPI, code, message, status, close));
      };
      const urlBytes = Buffer.byteLength(request.url);
      if (urlBytes > limits.maxUrlBytes) {
        const message = `The URL is ${urlBytes} bytes long; the limit is ${limits.maxUrlBytes} (MAX_URL_BYTES). Send long queries with POST.`;
        return refuse(codes.URL_TOO_LONG, message, 414);
      }
      if (request.method === "GET" || request.method === "HEAD") return;
      const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
      if (request.method === "POST" && !JSON_TYPES.includes(type)) {
        const message = `POST bodies must be JSON (content-type: application/json), got "${type || "none"}".`;
        return refuse(codes.UNSUPPORTED_MEDIA_TYPE, message, 415);
      }
      if (!request.body) return;
      const maxBody = bodyLimit(request);
      const declared = Number(request.headers.get("content-length") ?? Number.NaN);
      if (declared > maxBody) {
        // Unread, Node discards it after the answer; a huge one is not worth receiving at all.
        const message = `The request body is ${declared} bytes; the limit is ${maxBody} (MAX_BODY_BYTES).`;
        return refuse(codes.BODY_TOO_LARGE, message, 413, declared > DRAIN_LIMIT);
      }
      // Node's HTTP parser delivers exactly Content-Length bytes, so a declared length within the
      // limit is the truth: the body is left for Yoga to read once, without a counting copy.
      if (Number.isFinite(declared)) return;
      const stream = request.body;
      return (async () => {
        const read = await readAtMost(stream, maxBody);
        if (!("body" in read)) {
          return refuse(codes.BODY_TOO_LARGE, tooLarge(maxBody), 413, !read.drained);
        }
        const body = read.body;
        const headers = new fetchAPI.Headers(request.headers);
        headers.delete("content-length"); // the bytes read are the truth
        setRequest(
          new fetchAPI.Request(request.url, { method: request.method, headers, body: Uint8Array.from(body) }),
        );
      })();
    },
    onRequestParse({ request, requestParser, setRequestParser }) {
      const maxVariables = variablesLimit(request);
      // A GET with `variables=` that is not JSON makes Yoga's parser throw a bare SyntaxError.
      if (requestParser) {
        setRequestParser(async (request) => {
          try {
            return await requestParser(request);
          } catch (error) {
            if (error instanceof GraphQLError) throw error;
            throw codes.limitError(
              codes.BAD_REQUEST,
              `The request parameters could not be read: ${(error as Error).message}`,
            );
          }
        });
      }
      return {
        onRequestParseDone({ requestParserResult }) {
          if (Array.isArray(requestParserResult)) {
            throw codes.limitError(
              codes.BATCHING_NOT_SUPPORTED,
              `The body is an array of ${requestParserResult.length} operations; batching is not supported: send one operation object per request.`,
            );
          }
          const variables = requestParserResult?.variables;
          if (variables == null) return;
          const bytes = Buffer.byteLength(
            typeof variables === "string" ? variables : JSON.stringify(variables),
          );
          if (bytes > maxVariables) {
            throw codes.limitError(
              codes.VARIABLES_TOO_LARGE,
              `The variables are ${bytes} bytes as JSON; the limit is ${maxVariables} (MAX_VARIABLES_BYTES).`,
              413,
            );
          }
        },
      };
    },
  };
}
