// The /explore page's statement-and-event view (mode=story) in headless Chromium against the real
// API over the real seeded article; the default actor-network view is tested in ./network.test.ts.
import { copyFileSync, mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../src/graph/driver.ts";
import { CypherExecutor } from "../../src/graph/executor.ts";
import { bundledArticleFiles, seedFiles } from "../../src/graph/seed.ts";
import { freePort } from "../../src/neo4j/free-port.ts";
import { createApp } from "../../src/server/yoga.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";
import { hasChromium, launchBrowser, openPage, type Served, serve, settled } from "./support/browser.ts";

/** The page waits on the real API: give it time on a cold database. */
const POLL = { timeout: 10_000 };

interface Drawn {
  id: string;
  type: string;
  label: string;
}

const drawn = (page: Page): Promise<Drawn[]> =>
  page.evaluate(() =>
    (window.explorer?.cy.nodes().not(".filtered") ?? []).map((n) => ({
      id: n.id(),
      type: String(n.data("type")),
      label: String(n.data("label")),
    })),
  );

/** A real mouse click (or double click) at the node's place on the canvas. */
async function clickNode(page: Page, id: string, double = false): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.explorer?.cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty()) throw new Error(`${nodeId} is not drawn`);
    const box = cy.container()?.getBoundingClientRect();
    const at = node.renderedPosition();
    return { x: (box?.left ?? 0) + at.x, y: (box?.top ?? 0) + at.y };
  }, id);
  if (double) await page.mouse.dblclick(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

describe.skipIf(!hasChromium())("relationship-map explorer at /explore", () => {
  const graph = connectTestGraph();
  let browser: Browser;
  let server: Served;

  beforeAll(async () => {
    await graph.clear();
    await seedFiles(graph.executor, bundledArticleFiles());
    server = await serve(createApp({ executor: graph.executor }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph.close();
  });

  it("draws the graph around China with the article's countries and people, without console errors", async () => {
    const { page, problems, foreignRequests, close } = await openPage(browser, server.url);
    try {
      await page.goto(`${server.url}/explore?mode=story`);
      expect(await settled(page)).toBe("ready");
      const labels = (await drawn(page)).map((n) => n.label);
      for (const name of ["Japan", "China", "Russia", "United States", "Katsunobu Kato", "Wang Wenbin"]) {
        expect(labels).toContain(name);
      }
      expect(
        await page.evaluate(() => window.explorer?.cy.getElementById("country:cn").hasClass("center")),
      ).toBe(true);
      expect(await page.locator("#timeline li").count()).toBeGreaterThan(0);
      mkdirSync("test-results", { recursive: true });
      await page.screenshot({ path: "test-results/explorer-default.png" });
      copyFileSync("test-results/explorer-default.png", "docs/explorer.png");
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it("shows a statement's evidence with the quoted words highlighted when it is clicked", async () => {
    const { page, problems, close } = await openPage(browser, server.url);
    try {
      await page.goto(`${server.url}/explore?mode=story`);
      await settled(page);
      const statement = (await drawn(page)).find((n) => n.type === "Statement" && /slander/i.test(n.label));
      expect(statement).toBeDefined();
      await clickNode(page, statement?.id ?? "");
      await expect
        .poll(() => page.locator("#panel mark").allTextContents(), POLL)
        .toContainEqual(expect.stringMatching(/groundless slander/));
      await expect
        .poll(() => page.locator("#panel .evidence-list li").first().textContent(), POLL)
        .toMatch(/criticized/);
      expect(new URL(page.url()).searchParams.get("select")).toBe(statement?.id);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("adds the neighbours of a node when it is double-clicked, and keeps that in the URL", async () => {
    const { page, problems, close } = await openPage(browser, server.url);
    try {
      await page.goto(`${server.url}/explore?mode=story&depth=1`);
      expect(await settled(page)).toBe("ready");
      const before = (await drawn(page)).length;
      expect((await drawn(page)).map((n) => n.id)).toContain("country:jp");
      await clickNode(page, "country:jp", true);
      await expect.poll(async () => (await drawn(page)).length, POLL).toBeGreaterThan(before);
      await settled(page);
      expect(new URL(page.url()).searchParams.get("expand")).toBe("country:jp");
      // The link restores the expanded view.
      const total = (await drawn(page)).length;
      await page.reload();
      await settled(page);
      expect((await drawn(page)).length).toBe(total);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("finds a statement by its words and jumps to it", async () => {
    const { page, problems, close } = await openPage(browser, server.url);
    try {
      await page.goto(`${server.url}/explore?mode=story`);
      await settled(page);
      await page.fill("#search-input", "slander");
      await page.press("#search-input", "Enter");
      const hit = page.locator("#search-results button", { hasText: /slander/i }).first();
      await hit.waitFor();
      const id = await hit.getAttribute("data-id");
      await hit.click();
      await expect.poll(() => page.evaluate(() => window.explorer?.state().selected), POLL).toBe(id);
      await expect
        .poll(() => page.locator("#panel mark").allTextContents(), POLL)
        .toContainEqual(expect.stringMatching(/slander/i));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("draws the shortest path between Katsunobu Kato and Wang Wenbin", async () => {
    const { page, problems, close } = await openPage(browser, server.url);
    try {
      await page.goto(`${server.url}/explore?mode=story`);
      await settled(page);
      await page.selectOption("#path-from", "person:katsunobu-kato");
      await page.selectOption("#path-to", "person:wang-wenbin");
      await page.click("#path-form button[type=submit]");
      await expect
        .poll(() => new URL(page.url()).searchParams.get("path"), POLL)
        .toBe("person:katsunobu-kato,person:wang-wenbin");
      expect(await settled(page)).toBe("ready");
      const onPath = await page.evaluate(() => ({
        nodes: window.explorer?.cy.nodes(".on-path").map((n) => n.id()) ?? [],
        edges: window.explorer?.cy.edges(".on-path").length ?? 0,
      }));
      expect(onPath.nodes).toEqual(expect.arrayContaining(["person:katsunobu-kato", "person:wang-wenbin"]));
      expect(onPath.edges).toBe(onPath.nodes.length - 1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("filters by node type and event dates, and a shared link restores the filters", async () => {
    const { page, problems, close } = await openPage(browser, server.url);
    try {
      await page.goto(`${server.url}/explore?mode=story`);
      await settled(page);
      await page.uncheck("#type-filters input[value=Statement]");
      expect((await drawn(page)).some((n) => n.type === "Statement")).toBe(false);
      await page.fill("#date-from", "2030-01-01");
      await page.dispatchEvent("#date-from", "change");
      expect((await drawn(page)).some((n) => n.type === "Event")).toBe(false);
      const url = new URL(page.url());
      expect(url.searchParams.get("hide")).toBe("Statement");
      expect(url.searchParams.get("from")).toBe("2030-01-01");
      await page.goto(url.toString());
      await settled(page);
      expect(await page.isChecked("#type-filters input[value=Statement]")).toBe(false);
      expect((await drawn(page)).some((n) => n.type === "Statement" || n.type === "Event")).toBe(false);
      expect((await drawn(page)).some((n) => n.label === "Japan")).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("says so when nothing matches, instead of drawing an empty canvas", async () => {
    const { page, close } = await openPage(browser, server.url);
    try {
      await page.goto(`${server.url}/explore?mode=story&center=person:nobody-at-all`);
      expect(await settled(page)).toBe("empty");
      await expect.poll(() => page.locator("#stage-message").textContent(), POLL).toMatch(/Nothing to draw/);
      await page.fill("#search-input", "zzzqqq");
      await page.press("#search-input", "Enter");
      await expect.poll(() => page.locator("#search-results").textContent(), POLL).toMatch(/Nothing matches/);
    } finally {
      await close();
    }
  });
});

describe.skipIf(!hasChromium())("explorer when the database is down", () => {
  let browser: Browser;
  let server: Served;
  let driver: ReturnType<typeof createDriver>;

  beforeAll(async () => {
    const port = await freePort();
    driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password: "x" });
    server = await serve(createApp({ executor: new CypherExecutor(driver, "neo4j") }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it("shows a clear error message, not a blank page", async () => {
    const { page, close } = await openPage(browser, server.url);
    try {
      await page.goto(`${server.url}/explore`);
      expect(await settled(page)).toBe("error");
      const banner = page.locator("#banner");
      expect(await banner.isVisible()).toBe(true);
      expect(await banner.textContent()).toMatch(/API could not answer|not reachable/);
      expect(await page.locator("#stage-message").textContent()).toMatch(/Nothing can be drawn/);
    } finally {
      await close();
    }
  });
});
