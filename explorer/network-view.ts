// The default view: the actor network. Draws the heaviest actors and relations from `network`,
// expands a node with its own ego network, lists the statements and events behind a clicked edge
// a page at a time, and colours nodes by kind or Louvain community.
import type { Core, EdgeSingular, ElementDefinition } from "cytoscape";
import type { FcoseLayoutOptions } from "cytoscape-fcose";
import { h, highlighted, humanize } from "./dom.ts";
import {
  EXPANSION_LIMIT,
  fetchNetwork,
  fetchSupport,
  NETWORK_EDGES,
  NETWORK_LIMIT,
  type Network,
  type SupportItem,
} from "./network-api.ts";
import { communities, edgeData, KIND_COLORS, nodeData } from "./network-look.ts";
import type { ViewState } from "./state.ts";

export interface NetworkHost {
  cy: Core;
  state: () => ViewState;
  panel: HTMLElement;
  note: HTMLElement;
  /** Called when a loaded network replaced what was drawn. */
  saveState(): void;
}

const query = (state: ViewState, center?: string) => ({
  center,
  from: state.from,
  to: state.to,
  kinds: state.kinds,
  limit: center ? EXPANSION_LIMIT : NETWORK_LIMIT,
});

export class NetworkView {
  constructor(private readonly host: NetworkHost) {}

  /** The whole network plus the expansions in the state; resolves when it is laid out. */
  async load(isCurrent: () => boolean): Promise<boolean> {
    const state = this.host.state();
    const started = performance.now();
    const [full, ...expansions] = await Promise.all([
      fetchNetwork(query(state)),
      ...state.expanded.map((id) => fetchNetwork(query(state, id))),
    ]);
    if (!isCurrent()) return false;
    const dropped = Math.max(0, full.edges.length - NETWORK_EDGES);
    const main = {
      ...full,
      edges: full.edges.slice(0, NETWORK_EDGES),
      omittedEdges: full.omittedEdges + dropped,
    };
    const { cy } = this.host;
    cy.elements().remove();
    this.merge(main);
    for (const network of expansions) this.merge(network);
    this.recolour();
    this.note(main);
    const fetched = performance.now();
    await this.layout(false);
    // For the browser test and the curious: where the first draw spends its time.
    const box = cy.container();
    if (box) {
      box.dataset.fetchMs = String(Math.round(fetched - started));
      box.dataset.layoutMs = String(Math.round(performance.now() - fetched));
    }
    return true;
  }

  async expand(id: string): Promise<void> {
    const state = this.host.state();
    const before = this.host.cy.nodes().length;
    this.merge(await fetchNetwork(query(state, id)));
    if (!state.expanded.includes(id)) state.expanded.push(id);
    this.host.saveState();
    this.recolour();
    if (this.host.cy.nodes().length > before) await this.layout(true);
  }

  recolour(): void {
    const { cy } = this.host;
    const byCommunity = this.host.state().colour === "community";
    cy.nodes().toggleClass("community", byCommunity);
    if (!byCommunity) return;
    const colours = communities(
      cy.nodes().map((n) => n.id()),
      cy
        .edges()
        .map((e) => ({ source: e.source().id(), target: e.target().id(), weight: Number(e.data("weight")) })),
    );
    cy.batch(() => {
      for (const [id, colour] of colours) cy.getElementById(id).data("community", colour);
    });
  }

  private merge(network: Network): void {
    const { cy } = this.host;
    const maxNode = Math.max(
      1,
      ...network.nodes.map((n) => n.weight),
      ...cy.nodes().map((n) => Number(n.data("weight"))),
    );
    const maxEdge = Math.max(
      1,
      ...network.edges.map((e) => e.weight),
      ...cy.edges().map((e) => Number(e.data("weight"))),
    );
    const added: ElementDefinition[] = [];
    for (const node of network.nodes) {
      if (cy.getElementById(node.id).empty())
        added.push({ group: "nodes", data: nodeData(node, maxNode), classes: "net" });
    }
    for (const edge of network.edges) {
      if (cy.getElementById(edge.id).empty())
        added.push({ group: "edges", data: edgeData(edge, maxEdge), classes: "net" });
    }
    cy.add(added);
  }

  private note(main: Network): void {
    const { note } = this.host;
    const parts = [];
    if (main.omittedNodes > 0) parts.push(`${main.omittedNodes} lighter actors`);
    if (main.omittedEdges > 0) parts.push(`${main.omittedEdges} relations`);
    note.textContent =
      parts.length > 0
        ? `The ${main.nodes.length} most involved actors and their ${main.edges.length} strongest relations; ${parts.join(" and ")} left out. Double-click an actor to add its neighbours.`
        : "";
    note.hidden = parts.length === 0;
  }

  private layout(incremental: boolean): Promise<void> {
    const { cy } = this.host;
    cy.resize();
    const visible = cy.elements().not(".filtered");
    const options: FcoseLayoutOptions = {
      name: "fcose",
      quality: "default",
      randomize: !incremental,
      animate: incremental,
      animationDuration: 400,
      fit: !incremental,
      padding: 24,
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: (edge: EdgeSingular) => 70 + 60 / (1 + Number(edge.data("weight"))),
      nodeRepulsion: 9000,
      nodeSeparation: 80,
      gravity: 0.35,
      numIter: 500,
      tile: true,
    };
    const layout = visible.layout(options);
    const done = new Promise<void>((resolve) => layout.one("layoutstop", () => resolve()));
    layout.run();
    return done;
  }

  /** The side panel for a clicked edge: the numbers, then its statements and events in pages. */
  showEdge(edge: EdgeSingular): void {
    const data = edge.data() as Record<string, unknown>;
    const kind = String(data.type);
    const source = String(edge.source().data("label"));
    const target = String(edge.target().data("label"));
    const facts = h("dl", { class: "facts" });
    const pairs: [string, string][] = [
      ["supporting statements and events", String(data.weight)],
      ["articles", String(data.articleCount)],
      ["first", String(data.firstDate ?? "—")],
      ["last", String(data.lastDate ?? "—")],
    ];
    for (const [key, value] of pairs) facts.append(h("dt", {}, key), h("dd", {}, value));
    const statements = h("ol", { class: "support-list", id: "edge-statements" });
    const events = h("ol", { class: "support-list", id: "edge-events" });
    this.host.panel.replaceChildren(
      h("span", { class: "type-chip", style: `background:${KIND_COLORS[kind] ?? "#888"}` }, humanize(kind)),
      h("h2", {}, `${source} → ${target}`),
      facts,
      h("h3", {}, "Statements"),
      statements,
      h("h3", {}, "Events"),
      events,
    );
    this.host.panel.dataset.edge = edge.id();
    void this.page(edge.id(), "statements", statements, null);
    void this.page(edge.id(), "events", events, null);
  }

  private async page(id: string, kind: "statements" | "events", list: HTMLElement, after: string | null) {
    const loading = h("li", { class: "hint" }, "Loading…");
    list.append(loading);
    try {
      const page = await fetchSupport(id, kind, after);
      loading.remove();
      if (this.host.panel.dataset.edge !== id) return;
      if (page.total === 0) {
        list.append(h("li", { class: "hint" }, kind === "statements" ? "No statement." : "No event."));
      }
      list.append(...page.items.map(supportItem));
      list.dataset.total = String(page.total);
      if (page.hasMore) {
        const shown = list.querySelectorAll("li.support").length;
        const more = h("button", { type: "button", class: "more" }, `More (${shown} of ${page.total})`);
        more.addEventListener("click", () => {
          more.closest("li")?.remove();
          void this.page(id, kind, list, page.cursor);
        });
        list.append(h("li", { class: "more-row" }, more));
      }
    } catch (error) {
      loading.remove();
      list.append(
        h("li", { class: "error" }, `Could not load: ${error instanceof Error ? error.message : error}`),
      );
    }
  }
}

function supportItem(item: SupportItem): HTMLElement {
  return h(
    "li",
    { class: "support", "data-id": item.id },
    h("strong", {}, item.title),
    h("small", {}, item.meta),
    h(
      "ul",
      { class: "evidence-list" },
      ...item.evidence.map((e) =>
        h("li", {}, highlighted(e.sentence, e.marks, e.context), h("cite", {}, e.source)),
      ),
    ),
  );
}
