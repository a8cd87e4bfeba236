// GraphiQL at /graphql in headless Chromium: it loads from this service alone and runs a query.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/yoga.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";
import { hasChromium, launchBrowser, openPage, type Served, serve } from "./support/browser.ts";

describe.skipIf(!hasChromium())("GraphiQL in a browser", () => {
  const graph = connectTestGraph();
  let browser: Browser;
  let server: Served;

  beforeAll(async () => {
    server = await serve(createApp({ executor: graph.executor }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph.close();
  });

  it("runs the default operation and shows its data in the result pane", async () => {
    const { page, problems, foreignRequests, close } = await openPage(browser, server.url);
    try {
      const response = await page.goto(`${server.url}/graphql`);
      expect(response?.headers()["content-type"]).toMatch(/text\/html/);
      const run = page.locator(".graphiql-execute-button");
      await run.waitFor({ timeout: 20_000 });
      await run.click();
      const result = page.locator(".graphiql-response");
      await expect.poll(() => result.textContent(), { timeout: 15_000 }).toMatch(/"(data|errors)"/);
      const text = (await result.textContent()) ?? "";
      expect(text).toMatch(/"data"/);
      expect(text).not.toMatch(/"errors"/);
      expect(foreignRequests).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
