// Counts every request once its response leaves (after the request log has named its operation),
// and, when METRICS=on, answers GET /metrics on the main server.
import type { Plugin } from "graphql-yoga";
import { requestState } from "../request-log.ts";
import type { Metrics } from "./metrics.ts";

export const METRICS_PATH = "/metrics";

export function useMetrics(metrics: Metrics, serve: boolean): Plugin {
  return {
    // Not async: a GraphQL request goes on synchronously, without a promise to wait for.
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (!serve || url.pathname !== METRICS_PATH) return undefined;
      if (request.method !== "GET") {
        endResponse(new fetchAPI.Response("GET /metrics\n", { status: 405, headers: { allow: "GET" } }));
        return undefined;
      }
      return metrics
        .scrape()
        .then(({ body, contentType }) =>
          endResponse(new fetchAPI.Response(body, { status: 200, headers: { "content-type": contentType } })),
        );
    },
    onResponse({ request, response, serverContext }) {
      const state = requestState(serverContext);
      metrics.observeRequest({
        path: new URL(request.url, "http://localhost").pathname,
        operation: state?.operationName,
        status: response.status,
        seconds: state ? (performance.now() - state.started) / 1000 : 0,
        codes: state?.codes ?? [],
      });
    },
  };
}
