// The explorer's default view, the actor network, in headless Chromium on a large generated corpus:
// drawn fast, bounded, filtered by the time brush, with the evidence behind a clicked edge.
// NETWORK_E2E_ARTICLES sets the corpus size (default 1,000, about 50 s of seeding here).
import { copyFileSync, mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCorpus } from "../../bench/support/corpus.ts";
import { createApp } from "../../src/server/yoga.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";
import { hasChromium, launchBrowser, openPage, type Served, serve, settled } from "./support/browser.ts";

const ARTICLES = Number(process.env.NETWORK_E2E_ARTICLES ?? 1000);
/**
 * The goal: the first view drawn within 3 s of load. The median of three loads is held to it, so one
 * load slowed by a busy shared machine does not decide; NETWORK_E2E_BUDGET_MS overrides it.
 */
const BUDGET_MS = Number(process.env.NETWORK_E2E_BUDGET_MS ?? 3000);
const LOADS = 3;
const POLL = { timeout: 15_000 };

const counts = (page: Page) =>
  page.evaluate(() => ({
    nodes: window.explorer?.cy.nodes().not(".filtered").length ?? 0,
    edges: window.explorer?.cy.edges().length ?? 0,
    weights: window.explorer?.cy.edges().map((e) => Number(e.data("weight"))) ?? [],
  }));

describe.skipIf(!hasChromium())(`actor network at /explore on ${ARTICLES} generated articles`, () => {
  const graph = connectTestGraph();
  let browser: Browser;
  let server: Served;

  beforeAll(async () => {
    // NETWORK_E2E_KEEP=1 measures the graph already in NEO4J_URI (e.g. 1,000 articles seeded by hand).
    if (process.env.NETWORK_E2E_KEEP !== "1") {
      const seeded = await seedCorpus(graph.executor, ARTICLES);
      console.log(`seeded ${seeded.articles} articles in ${(seeded.ms / 1000).toFixed(1)} s`);
    }
    server = await serve(createApp({ executor: graph.executor }));
    browser = await launchBrowser();
    // Warm the bundle and the database caches once, as a running service would be.
    await (await fetch(`${server.url}/explore/app.js`)).text();
    await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ network(limit: 150) { omittedNodes } eventHistogram { count } }" }),
    });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    // The 1,000 articles would slow every later file that resets the shared database.
    if (process.env.NETWORK_E2E_KEEP !== "1") await graph.clear();
    await graph.close();
  });

  it("draws the first view within 3 s of load, at most 150 nodes, without console errors", async () => {
    const { page, problems, foreignRequests, close } = await openPage(browser, server.url);
    try {
      const started = Date.now();
      await page.goto(`${server.url}/explore`);
      expect(await settled(page)).toBe("ready");
      const elapsed = Date.now() - started;
      const drawn = await counts(page);
      const split = await page.evaluate(() => ({ ...document.getElementById("cy")?.dataset }));
      console.log(
        `first view: ${drawn.nodes} nodes, ${drawn.edges} edges in ${elapsed} ms (network query ${split.fetchMs} ms, layout ${split.layoutMs} ms)`,
      );
      expect(drawn.nodes).toBeGreaterThan(20);
      expect(drawn.nodes).toBeLessThanOrEqual(150);
      expect(await page.evaluate(() => document.body.dataset.mode)).toBe("network");
      const types = await page.evaluate(
        () => window.explorer?.cy.nodes().map((n) => String(n.data("type"))) ?? [],
      );
      expect(new Set(types)).toEqual(
        new Set(types.filter((t) => ["Person", "Organization", "Country"].includes(t))),
      );
      await expect.poll(() => page.locator("#brush rect").count(), POLL).toBeGreaterThan(12);
      mkdirSync("test-results", { recursive: true });
      await page.screenshot({ path: "test-results/explorer-network.png" });
      // The README's picture is refreshed on request only, so a test run leaves the tree clean.
      if (process.env.UPDATE_SCREENSHOT === "1")
        copyFileSync("test-results/explorer-network.png", "docs/network.png");
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      const times = [elapsed];
      while (times.length < LOADS) {
        const again = Date.now();
        await page.reload();
        expect(await settled(page)).toBe("ready");
        times.push(Date.now() - again);
      }
      const median = [...times].sort((a, b) => a - b)[Math.floor(LOADS / 2)] ?? elapsed;
      console.log(
        `network first view: ${times.join(", ")} ms, median ${median} ms, ${drawn.nodes} nodes (${ARTICLES} articles)`,
      );
      expect(median).toBeLessThanOrEqual(BUDGET_MS);
    } finally {
      await close();
    }
  });

  it("filters the whole view to the months picked on the time brush, and keeps them in the URL", async () => {
    const { page, problems, close } = await openPage(browser, server.url);
    try {
      await page.goto(`${server.url}/explore`);
      await settled(page);
      const before = await counts(page);
      await expect.poll(() => page.locator("#brush rect").count(), POLL).toBeGreaterThan(12);
      const box = await page.locator("#brush svg").boundingBox();
      if (!box) throw new Error("no brush");
      // Drag over the middle fifth of the decade.
      await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => new URL(page.url()).searchParams.get("from"), POLL).toMatch(/^\d{4}-\d{2}-01$/);
      expect(await settled(page)).toBe("ready");
      const url = new URL(page.url());
      const [from, to] = [url.searchParams.get("from") ?? "", url.searchParams.get("to") ?? ""];
      const after = await counts(page);
      expect(after.nodes).toBeGreaterThan(0);
      expect(after.weights.reduce((a, b) => a + b, 0)).toBeLessThan(
        before.weights.reduce((a, b) => a + b, 0),
      );
      const dates = await page.evaluate(
        () =>
          window.explorer?.cy.edges().map((e) => [e.data("firstDate"), e.data("lastDate")] as string[]) ?? [],
      );
      for (const [first = "", last = ""] of dates) {
        expect(first >= from.slice(0, 4)).toBe(true);
        expect(last <= `${to}~`).toBe(true);
      }
      expect(await page.locator("#brush rect.in").count()).toBeGreaterThan(0);
      expect(await page.locator("#brush rect.in").count()).toBeLessThan(
        await page.locator("#brush rect").count(),
      );
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("lists the statements and events behind a clicked edge, with evidence, a page at a time", async () => {
    const { page, problems, close } = await openPage(browser, server.url);
    try {
      await page.goto(`${server.url}/explore`);
      await settled(page);
      // The heaviest edge whose middle no node covers: click there.
      const point = await page.evaluate(() => {
        const cy = window.explorer?.cy;
        if (!cy) throw new Error("no graph");
        const box = cy.container()?.getBoundingClientRect();
        const covered = (x: number, y: number) =>
          cy.nodes().some((n) => {
            const b = n.renderedBoundingBox({ includeLabels: true });
            return x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4;
          });
        const edges = cy
          .edges()
          .toArray()
          .map((e) => e as import("cytoscape").EdgeSingular)
          .sort((a, b) => Number(b.data("weight")) - Number(a.data("weight")));
        const edge = edges.find((e) => !covered(e.renderedMidpoint().x, e.renderedMidpoint().y));
        if (!edge) throw new Error("every edge is under a node");
        const mid = edge.renderedMidpoint();
        return { x: (box?.left ?? 0) + mid.x, y: (box?.top ?? 0) + mid.y };
      });
      await page.mouse.click(point.x, point.y);
      await expect
        .poll(() => page.evaluate(() => window.explorer?.state().selected ?? ""), POLL)
        .toContain("]->");
      const selected = await page.evaluate(() => {
        const id = window.explorer?.state().selected ?? "";
        return { id, weight: Number(window.explorer?.cy.getElementById(id).data("weight")) };
      });
      expect(await page.locator("#panel").getAttribute("data-edge")).toBe(selected.id);
      const items = page.locator("#panel li.support");
      await expect.poll(() => items.count(), POLL).toBeGreaterThan(0);
      await expect.poll(() => page.locator("#panel .evidence-list li").count(), POLL).toBeGreaterThan(0);
      const totals = await page.evaluate(() =>
        ["edge-statements", "edge-events"].map((id) =>
          Number(document.getElementById(id)?.dataset.total ?? 0),
        ),
      );
      expect((totals[0] ?? 0) + (totals[1] ?? 0)).toBeGreaterThanOrEqual(selected.weight);
      const more = page.locator("#panel button.more").first();
      if (await more.count()) {
        const shown = await items.count();
        await more.click();
        await expect.poll(() => items.count(), POLL).toBeGreaterThan(shown);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("adds an actor's neighbours on double-click, and still offers the statement-and-event view", async () => {
    const { page, problems, close } = await openPage(browser, server.url);
    try {
      await page.goto(`${server.url}/explore`);
      await settled(page);
      const target = await page.evaluate(() => {
        const cy = window.explorer?.cy;
        const node = cy?.nodes().min((n) => Number(n.data("weight"))).ele;
        if (!cy || !node) throw new Error("no node");
        const box = cy.container()?.getBoundingClientRect();
        const at = node.renderedPosition();
        return { id: node.id(), x: (box?.left ?? 0) + at.x, y: (box?.top ?? 0) + at.y };
      });
      const before = (await counts(page)).edges;
      await page.mouse.dblclick(target.x, target.y);
      await expect.poll(() => new URL(page.url()).searchParams.get("expand"), POLL).toBe(target.id);
      await settled(page);
      const ego = await (
        await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: "query ($id: ID) { network(center: $id, limit: 40) { nodes { id } edges { id } } }",
            variables: { id: target.id },
          }),
        })
      ).json();
      const drawnIds = await page.evaluate(() => window.explorer?.cy.elements().map((e) => e.id()) ?? []);
      const expectedIds = [...ego.data.network.nodes, ...ego.data.network.edges].map(
        (x: { id: string }) => x.id,
      );
      expect(expectedIds.length).toBeGreaterThan(1);
      expect(drawnIds).toEqual(expect.arrayContaining(expectedIds));
      expect((await counts(page)).edges).toBeGreaterThanOrEqual(before);
      await page.selectOption("#mode", "story");
      expect(await settled(page)).toBe("ready");
      expect(new URL(page.url()).searchParams.get("mode")).toBe("story");
      const types = await page.evaluate(
        () => window.explorer?.cy.nodes().map((n) => String(n.data("type"))) ?? [],
      );
      expect(types.some((t) => t === "Statement" || t === "Event")).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
