// Requests Node's HTTP parser refuses before the app sees them (a request line and headers over
// Node's 16 kB limit, malformed HTTP) get a JSON GraphQL error with a code instead of a bare status.
import { randomUUID } from "node:crypto";
import { maxHeaderSize, type Server, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { HEADERS_TOO_LARGE } from "./limits/codes.ts";
import type { Logger } from "./log.ts";

export function answerClientErrors(server: Server, logger: Logger): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const status = tooLarge ? 431 : 400;
    const code = tooLarge ? HEADERS_TOO_LARGE : "BAD_REQUEST";
    const message = tooLarge
      ? `The request line and headers exceed ${maxHeaderSize} bytes; send long queries with POST.`
      : `The HTTP request could not be parsed (${error.code ?? error.message}).`;
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    const requestId = randomUUID();
    logger.info(`http error ${code}`, { requestId, status });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}
