// Serves the relationship-map explorer at /explore: the HTML shell plus one JS and one CSS bundle
// that esbuild builds in-process from explorer/ on first use (memoised), so `npm start` needs no
// separate build step and every asset comes from this service (no CDN, works offline).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Plugin } from "graphql-yoga";
import type { RequestPayload } from "./request-payload.ts";

export const EXPLORER_PATH = "/explore";
const SOURCE_DIR = fileURLToPath(new URL("../../explorer/", import.meta.url));

interface Asset {
  body: string;
  type: string;
  etag: string;
}

const asset = (body: string, type: string): Asset => ({
  body,
  type,
  etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
});

/** Builds explorer/main.ts (and the CSS it imports) into memory; no file is written. */
async function buildAssets(): Promise<Map<string, Asset>> {
  const [result, html] = await Promise.all([
    build({
      entryPoints: { app: `${SOURCE_DIR}main.ts` },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      sourcemap: "linked",
      legalComments: "linked",
      outdir: "/explore-out",
      logLevel: "silent",
    }),
    readFile(`${SOURCE_DIR}index.html`, "utf8"),
  ]);
  const types: Record<string, string> = {
    js: "text/javascript; charset=utf-8",
    css: "text/css; charset=utf-8",
    map: "application/json; charset=utf-8",
    txt: "text/plain; charset=utf-8",
  };
  const assets = new Map<string, Asset>([["", asset(html, "text/html; charset=utf-8")]]);
  for (const file of result.outputFiles) {
    const name = file.path.slice("/explore-out/".length);
    const extension = name.split(".").pop() ?? "";
    assets.set(name, asset(file.text, types[extension] ?? "application/octet-stream"));
  }
  return assets;
}

let assets: Promise<Map<string, Asset>> | undefined;

/** The memoised build; a failed build is forgotten so the next request tries again. */
export function explorerAssets(): Promise<Map<string, Asset>> {
  if (!assets) {
    assets = buildAssets();
    assets.catch(() => {
      assets = undefined;
    });
  }
  return assets;
}

// Only this origin may serve scripts, styles and data: a CDN reference would fail loudly.
const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
};

/** A Yoga plugin answering GET /explore, /explore/ and /explore/<asset>; other paths pass through. */
export function useExplorer(): Plugin {
  void explorerAssets().catch(() => undefined); // start bundling with the server, not on first visit
  const answer = async ({ request, url, endResponse, fetchAPI }: RequestPayload) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      endResponse(
        new fetchAPI.Response("Method not allowed", { status: 405, headers: { allow: "GET, HEAD" } }),
      );
      return;
    }
    const name = url.pathname.slice(EXPLORER_PATH.length).replace(/^\//, "");
    let built: Map<string, Asset>;
    try {
      built = await explorerAssets();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      endResponse(
        new fetchAPI.Response(`The explorer page could not be built:\n${message}`, {
          status: 500,
          headers: { "content-type": "text/plain; charset=utf-8" },
        }),
      );
      return;
    }
    const found = built.get(name);
    if (!found) {
      endResponse(new fetchAPI.Response("Not found", { status: 404 }));
      return;
    }
    const headers = { ...SECURITY_HEADERS, etag: found.etag, "cache-control": "no-cache" };
    if (request.headers.get("if-none-match") === found.etag) {
      endResponse(new fetchAPI.Response(null, { status: 304, headers }));
      return;
    }
    const body = request.method === "HEAD" ? null : found.body;
    endResponse(new fetchAPI.Response(body, { headers: { ...headers, "content-type": found.type } }));
  };
  return {
    // A plain path check first: every GraphQL request passes this hook, so it stays synchronous.
    onRequest(payload) {
      if (payload.url.pathname !== EXPLORER_PATH && !payload.url.pathname.startsWith(`${EXPLORER_PATH}/`))
        return;
      return answer(payload);
    },
  };
}
