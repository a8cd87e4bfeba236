// Headless Debian Chromium through playwright-core (no browser download), and an HTTP server
// around a Yoga app on a free port.
import { existsSync } from "node:fs";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const hasChromium = () => existsSync(CHROMIUM);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(handler: RequestListener): Promise<Served> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A page that records console errors, uncaught exceptions and requests to other hosts. */
export async function openPage(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    const local = url.startsWith(origin) || url.startsWith(`blob:${origin}`) || url.startsWith("data:");
    if (!local) foreignRequests.push(url);
  });
  return { page, problems, foreignRequests, close: () => context.close() };
}

/** Waits until the explorer has finished loading (ready, empty or error). */
export async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => document.body.dataset.status !== "loading", null, { timeout: 20_000 });
  return (await page.evaluate(() => document.body.dataset.status)) ?? "";
}
