// POST /articles: the article file's text (text/plain, text/markdown) or JSON `{ text, url }`, with
// `Authorization: Bearer <INGEST_TOKEN>`. Answers 201 (created) or 200 (updated, unchanged) with the
// article's id, status, counts and warnings; every refusal is `{ errors: [{ message, extensions: { code } }] }`.
import type { Plugin } from "graphql-yoga";
import { MAX_ARTICLE_BYTES } from "../../extract/index.ts";
import { databaseFailure } from "../../graph/errors.ts";
import { readAtMost } from "../limits/request-size.ts";
import type { Logger } from "../log.ts";
import { requestState } from "../request-log.ts";
import type { RequestPayload } from "../request-payload.ts";
import { ArticleInputError, type Ingestor } from "./ingestor.ts";
import { checkBearer, INGEST_OFF_MESSAGE, UNAUTHENTICATED_MESSAGE } from "./token.ts";

export const ARTICLES_PATH = "/articles";
const TEXT_TYPES = ["text/plain", "text/markdown"];
/** JSON escapes newlines and quotes: room for a 1 MiB article written as a JSON string. */
export const INGEST_JSON_BYTES = 2 * MAX_ARTICLE_BYTES + 16 * 1024;

interface Refusal {
  status: number;
  code: string;
  message: string;
  extra?: Record<string, string>;
  headers?: Record<string, string>;
}

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

const refuse = (status: number, code: string, message: string, more: Partial<Refusal> = {}) =>
  new Refused({ status, code, message, ...more });

async function readArticle(request: Request): Promise<{ text: string; url?: string }> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  const json = type === "application/json";
  if (!json && !TEXT_TYPES.includes(type)) {
    const message = `Send the article as text/plain or text/markdown, or JSON { "text": …, "url": … } (application/json); got "${type || "none"}".`;
    throw refuse(415, "UNSUPPORTED_MEDIA_TYPE", message);
  }
  const max = json ? INGEST_JSON_BYTES : MAX_ARTICLE_BYTES;
  const read = request.body ? await readAtMost(request.body, max) : { body: Buffer.alloc(0) };
  if (!("body" in read)) {
    const message = `The request body is larger than ${max} bytes; an article may be at most ${MAX_ARTICLE_BYTES} bytes (MAX_ARTICLE_BYTES).`;
    throw refuse(413, "BODY_TOO_LARGE", message, read.drained ? {} : { headers: { connection: "close" } });
  }
  let body: string;
  try {
    body = new TextDecoder("utf-8", { fatal: true }).decode(read.body);
  } catch {
    throw refuse(400, "BAD_USER_INPUT", "The body is not UTF-8 text (binary content?).", {
      extra: { problem: "binary" },
    });
  }
  if (!json) return { text: body };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw refuse(400, "BAD_REQUEST", `The body is not valid JSON: ${(error as Error).message}`);
  }
  const { text, url } = (parsed ?? {}) as { text?: unknown; url?: unknown };
  if (typeof text !== "string" || (url !== undefined && url !== null && typeof url !== "string")) {
    throw refuse(400, "BAD_USER_INPUT", 'JSON bodies are { "text": string, "url"?: string }.');
  }
  return { text, ...(typeof url === "string" ? { url } : {}) };
}

function authorize(token: string | undefined, request: Request): void {
  const check = checkBearer(token, request.headers.get("authorization"));
  if (check === "off") throw refuse(403, "FORBIDDEN", INGEST_OFF_MESSAGE);
  if (check !== "ok") {
    throw refuse(401, "UNAUTHENTICATED", UNAUTHENTICATED_MESSAGE, {
      headers: { "www-authenticate": 'Bearer realm="ingest"' },
    });
  }
}

/** The refusal for an error of the ingest itself: the article, the database, or unexpected. */
function refusalOf(error: unknown, logger: Logger, fields: Record<string, string>): Refusal {
  if (error instanceof Refused) return error.refusal;
  if (error instanceof ArticleInputError) {
    return { status: 400, code: "BAD_USER_INPUT", message: error.message, extra: { problem: error.problem } };
  }
  const failure = databaseFailure(error);
  if (failure === "unavailable")
    return {
      status: 503,
      code: "SERVICE_UNAVAILABLE",
      message: "The graph database is unavailable; try again shortly.",
    };
  if (failure === "timeout")
    return {
      status: 503,
      code: "QUERY_TIMEOUT",
      message: "Storing the article took too long and was rolled back; try again.",
    };
  logger.error("ingest failed", { ...fields, stack: (error as Error)?.stack ?? String(error) });
  return { status: 500, code: "INTERNAL_SERVER_ERROR", message: "Unexpected error.", extra: fields };
}

export interface IngestRouteOptions {
  token: string | undefined;
  ingestor: Ingestor;
  logger: Logger;
}

export function useIngestRoute(options: IngestRouteOptions): Plugin {
  return {
    // Not async: any other request goes on synchronously, without a promise to wait for.
    onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (url.pathname !== ARTICLES_PATH) return undefined;
      return answerIngest(options, { request, endResponse, fetchAPI, serverContext });
    },
  };
}

type IngestPayload = Pick<RequestPayload, "request" | "endResponse" | "fetchAPI" | "serverContext">;

async function answerIngest(options: IngestRouteOptions, payload: IngestPayload) {
  const { request, endResponse, fetchAPI, serverContext } = payload;
  const state = requestState(serverContext);
  if (state) state.operationName = "ingestArticle";
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    endResponse(
      new fetchAPI.Response(JSON.stringify(body), {
        status,
        headers: { "content-type": "application/json; charset=utf-8", ...headers },
      }),
    );
  try {
    if (request.method !== "POST")
      throw refuse(405, "METHOD_NOT_ALLOWED", "POST the article to /articles.", {
        headers: { allow: "POST" },
      });
    authorize(options.token, request);
    const article = await readArticle(request);
    const result = await options.ingestor.ingest(article.text, article.url);
    answer(result.status === "created" ? 201 : 200, result);
  } catch (error) {
    const refusal = refusalOf(error, options.logger, { requestId: state?.id ?? "" });
    state?.codes.push(refusal.code);
    const extensions = { code: refusal.code, ...refusal.extra };
    answer(refusal.status, { errors: [{ message: refusal.message, extensions }] }, refusal.headers);
  }
}
