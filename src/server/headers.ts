// Response headers: the browser-facing security headers of every response, a Content-Security-Policy
// for GraphiQL that admits exactly its two inlined scripts (by hash), and the CORS policy.
import { createHash } from "node:crypto";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { CORSOptions, Plugin } from "graphql-yoga";

// For every response, JSON included: no MIME sniffing, no referrer leaks, no framing, own window group.
const EVERY_RESPONSE: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

type GraphiQLRenderer = typeof renderGraphiQL;

/** GraphiQL's page with a CSP naming the sha256 of each inline script it contains. */
export function graphiqlPolicy(html: string): string {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    hashes.push(
      `'sha256-${createHash("sha256")
        .update(match[1] ?? "")
        .digest("base64")}'`,
    );
  }
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`,
    // The editor injects styles at run time and starts its workers from blob: URLs.
    "style-src 'self' 'unsafe-inline'",
    "worker-src 'self' blob:",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Wraps the GraphiQL renderer to remember the policy of the page it rendered last (memoised). */
export function graphiqlWithPolicy(render: GraphiQLRenderer = renderGraphiQL) {
  let last: { html: string; policy: string } | undefined;
  return {
    render: ((options) => {
      const html = render(options);
      if (last?.html !== html) last = { html, policy: graphiqlPolicy(html) };
      return html;
    }) as GraphiQLRenderer,
    policy: () => last?.policy,
  };
}

/** Sets EVERY_RESPONSE headers and GraphiQL's CSP; pages with their own CSP (/explore) keep it. */
export function useSecurityHeaders(graphiqlPolicyOf: () => string | undefined): Plugin {
  return {
    onResponse({ request, response }) {
      for (const [name, value] of Object.entries(EVERY_RESPONSE)) {
        if (!response.headers.has(name)) response.headers.set(name, value);
      }
      const html = response.headers.get("content-type")?.startsWith("text/html");
      const policy = graphiqlPolicyOf();
      if (html && policy && request.method === "GET" && !response.headers.has("content-security-policy")) {
        response.headers.set("content-security-policy", policy);
      }
    },
  };
}

/**
 * Cross-origin access: only the listed origins (`*` for any), GET and POST, no credentials (the API
 * has no cookies). With no list, no CORS headers at all: browsers keep other origins out.
 */
export function corsOptions(origins: readonly string[]) {
  if (origins.length === 0) return false;
  const any = origins.includes("*");
  return (request: Request): CORSOptions | false => {
    const origin = request.headers.get("origin");
    if (!origin || !(any || origins.includes(origin))) return false;
    return {
      origin: [origin],
      methods: ["GET", "POST"],
      allowedHeaders: ["content-type", "accept"],
      exposedHeaders: ["x-request-id"],
      credentials: false,
      maxAge: 600,
    };
  };
}
