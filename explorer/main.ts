// The relationship-map explorer, from the public GraphQL API only. Two modes: the actor network
// (default, ./network-view.ts) and the statements and events around an actor (`mode=story`): shows
// evidence for a clicked node or edge, expands neighbours, searches, finds paths, filters by type,
// relation kind and a time brush, and keeps all of that in the URL.
import "./style.css";
import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
} from "cytoscape";
import fcose, { type FcoseLayoutOptions } from "cytoscape-fcose";
import {
  type ActorOption,
  ApiUnreachableError,
  fetchActors,
  fetchEvents,
  fetchGraph,
  fetchNode,
  fetchPath,
  GRAPH_LIMIT,
  type NodeDetails,
  type Subgraph,
  search,
  type TimelineEvent,
} from "./api.ts";
import { TimeBrush } from "./brush.ts";
import { byId, h, highlighted, humanize } from "./dom.ts";
import { graphStyle, lookOf, shortLabel, TYPE_LOOKS } from "./look.ts";
import { fetchHistogram } from "./network-api.ts";
import { KIND_COLORS, networkStyle } from "./network-look.ts";
import { NetworkView } from "./network-view.ts";
import { dateInRange, formatState, parseState, type ViewState } from "./state.ts";

cytoscape.use(fcose);

type Status = "loading" | "ready" | "empty" | "error";

declare global {
  interface Window {
    /** For tests and the curious: the Cytoscape instance and the current view state. */
    explorer?: { cy: Core; state: () => ViewState };
  }
}

let state = parseState(location.search);
let events: TimelineEvent[] = [];
let actors: ActorOption[] = [];
let loadToken = 0;

const cy = cytoscape({
  container: byId("cy"),
  style: [...graphStyle(), ...networkStyle()],
  minZoom: 0.2,
  maxZoom: 3,
  boxSelectionEnabled: false,
});
window.explorer = { cy, state: () => state };
const networkView = new NetworkView({
  cy,
  state: () => state,
  panel: byId("panel"),
  note: byId("stage-note"),
  saveState: () => saveState(),
});
const brush = new TimeBrush(byId("brush"), (range) => {
  state.from = range.from;
  state.to = range.to;
  syncControls();
  saveState();
  datesChanged();
});
// The canvas must follow its box (the timeline and banner change the space left for it).
new ResizeObserver(() => cy.resize()).observe(byId("cy"));

// ---------------------------------------------------------------- status, errors and URL

function setStatus(status: Status, message = ""): void {
  document.body.dataset.status = status;
  const stage = byId("stage-message");
  stage.textContent = message;
  stage.hidden = message === "";
}

function showError(error: unknown): void {
  const banner = byId("banner");
  const detail = error instanceof Error ? error.message : String(error);
  const title =
    error instanceof ApiUnreachableError
      ? "The knowledge-graph API is not reachable."
      : "The knowledge-graph API could not answer.";
  banner.replaceChildren(
    h("strong", {}, title),
    ` ${detail} `,
    h("button", { type: "button", id: "retry" }, "Try again"),
  );
  banner.hidden = false;
  byId("retry").addEventListener("click", () => void init());
  setStatus("error", `${title} Nothing can be drawn until it answers again.`);
}

function clearError(): void {
  byId("banner").hidden = true;
}

function saveState(push = false): void {
  const url = `${location.pathname}${formatState(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

// ---------------------------------------------------------------- drawing

function mergeSubgraph(graph: Subgraph): void {
  const added: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    if (cy.getElementById(node.id).nonempty()) continue;
    added.push({
      group: "nodes",
      data: { ...node, short: shortLabel(node.label, node.type === "Statement" ? 48 : 36) },
    });
  }
  for (const edge of graph.edges) {
    if (cy.getElementById(edge.id).nonempty()) continue;
    added.push({
      group: "edges",
      data: { ...edge, label: humanize(edge.label || edge.type) },
    });
  }
  // The API may return an edge whose far end was cut by `limit`; drop it rather than fail.
  const ids = new Set([...cy.nodes().map((n) => n.id()), ...graph.nodes.map((n) => n.id)]);
  cy.add(added.filter((e) => e.group === "nodes" || (ids.has(e.data.source) && ids.has(e.data.target))));
}

function runLayout(incremental: boolean): Promise<void> {
  cy.resize(); // the timeline and banner above may have changed the canvas box since the last draw
  const visible = cy.elements().not(".filtered");
  const options: FcoseLayoutOptions = {
    name: "fcose",
    quality: "proof",
    randomize: !incremental,
    animate: incremental,
    animationDuration: 450,
    fit: false,
    nodeDimensionsIncludeLabels: true,
    // Edges into busy hubs get longer, so the hub's neighbours (and their labels) have room.
    idealEdgeLength: (edge: EdgeSingular) =>
      55 + 4 * Math.min(12, Math.max(edge.source().degree(false), edge.target().degree(false))),
    nodeRepulsion: 10000,
    nodeSeparation: 100,
    edgeElasticity: 0.35,
    gravity: 0.25,
    numIter: 5000,
    tile: true,
  };
  const layout = visible.layout(options);
  const done = new Promise<void>((resolve) =>
    layout.one("layoutstop", () => {
      if (!incremental) {
        cy.fit(visible, 24);
        // A handful of nodes would be blown up to fill the canvas: keep them at a readable size.
        if (cy.zoom() > 1.3) {
          cy.zoom(1.3);
          cy.center(visible);
        }
      }
      resolve();
    }),
  );
  layout.run();
  return done;
}

function eventDate(id: string): string | null {
  return events.find((event) => event.id === id)?.date ?? null;
}

/** Hides nodes of hidden types and events outside the date range; edges follow their nodes. */
function applyFilters(): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const type = String(node.data("type"));
      const hidden =
        state.hidden.includes(type) ||
        (type === "Event" && !dateInRange(eventDate(node.id()), state.from, state.to));
      node.toggleClass("filtered", hidden && !node.hasClass("center"));
    });
  });
  renderTimeline();
}

function markPath(graph: Subgraph | null): void {
  cy.elements().removeClass("on-path faded");
  if (!graph || graph.nodes.length === 0) return;
  const onPath = cy.collection();
  for (const element of [...graph.nodes, ...graph.edges]) onPath.merge(cy.getElementById(element.id));
  onPath.addClass("on-path");
  cy.elements().not(onPath).addClass("faded");
}

function finishDrawing(): void {
  const visible = cy.nodes().not(".filtered");
  if (cy.nodes().empty() && state.mode === "network") {
    setStatus(
      "empty",
      "No relation between actors matches the filters. Widen the time range or show more kinds.",
    );
  } else if (cy.nodes().empty()) {
    setStatus("empty", `Nothing to draw around “${state.center}”: no node with that id, or it has no links.`);
  } else if (visible.empty()) {
    setStatus("empty", "No node matches the filters. Show more types or widen the date range.");
  } else {
    setStatus("ready");
  }
  byId("cy").dataset.nodes = String(visible.length);
}

/** Loads the whole view from the state: centre, expansions, path; then filters and lays it out. */
async function loadView(): Promise<void> {
  const token = ++loadToken;
  document.body.dataset.mode = state.mode;
  setStatus("loading", "Loading the graph…");
  if (state.mode === "network") return loadNetwork(token);
  try {
    await listsReady();
    const [center, path, ...expansions] = await Promise.all([
      fetchGraph(state.center, state.depth),
      state.pathFrom && state.pathTo ? fetchPath(state.pathFrom, state.pathTo) : null,
      ...state.expanded.map((id) => fetchGraph(id, 1)),
    ]);
    if (token !== loadToken) return;
    clearError();
    cy.elements().remove();
    mergeSubgraph(center);
    for (const graph of expansions) mergeSubgraph(graph);
    if (path) mergeSubgraph(path);
    const cut = [center, ...expansions].some((graph) => graph.truncated);
    const note = byId("stage-note");
    note.textContent = cut
      ? `Showing the nearest ${GRAPH_LIMIT} nodes of each neighbourhood; there are more.`
      : "";
    note.hidden = !cut;
    cy.getElementById(state.center).addClass("center");
    applyFilters();
    markPath(path ?? null);
    await runLayout(false);
    if (token !== loadToken) return;
    finishDrawing();
    if (path && path.nodes.length === 0) showPathMessage();
    const selected = state.selected ? cy.getElementById(state.selected) : null;
    if (selected?.nonempty() && selected.isNode()) selectNode(selected);
    else renderHint();
  } catch (error) {
    if (token === loadToken) showError(error);
  }
}

async function loadNetwork(token: number): Promise<void> {
  const started = performance.now();
  try {
    if (!(await networkView.load(() => token === loadToken))) return;
    clearError();
    applyFilters();
    finishDrawing();
    byId("cy").dataset.drawnMs = String(Math.round(performance.now() - started));
    const selected = state.selected ? cy.getElementById(state.selected) : null;
    if (selected?.nonempty() && selected.isNode()) selectNode(selected);
    else if (selected?.nonempty() && selected.isEdge()) selectEdge(selected);
    else renderHint();
  } catch (error) {
    if (token === loadToken) showError(error);
  }
}

/** Dates changed (inputs or brush): the network is re-aggregated, the story view re-filtered. */
function datesChanged(): void {
  brush.show({ from: state.from, to: state.to });
  if (state.mode === "network") void loadView();
  else {
    applyFilters();
    finishDrawing();
  }
}

function selectEdge(edge: EdgeSingular): void {
  cy.elements().unselect();
  edge.select();
  state.selected = edge.id();
  saveState();
  networkView.showEdge(edge);
}

function showPathMessage(): void {
  const name = (id: string) => actors.find((actor) => actor.id === id)?.label ?? id;
  setStatus("empty", `No path between ${name(state.pathFrom)} and ${name(state.pathTo)}.`);
}

async function expand(id: string): Promise<void> {
  setStatus("loading", "");
  if (state.mode === "network") {
    try {
      await networkView.expand(id);
      applyFilters();
      finishDrawing();
    } catch (error) {
      showError(error);
    }
    return;
  }
  try {
    const graph = await fetchGraph(id, 1);
    const before = cy.nodes().length;
    mergeSubgraph(graph);
    if (!state.expanded.includes(id) && id !== state.center) state.expanded.push(id);
    saveState();
    applyFilters();
    if (cy.nodes().length > before) await runLayout(true);
    finishDrawing();
  } catch (error) {
    showError(error);
  }
}

function recenter(id: string, selected = id): void {
  state = { ...state, mode: "story", center: id, expanded: [], selected, pathFrom: "", pathTo: "" };
  syncControls();
  saveState(true);
  void loadView();
}

// ---------------------------------------------------------------- side panel

function renderHint(): void {
  byId("panel").replaceChildren(
    h(
      "p",
      { class: "hint" },
      state.mode === "network"
        ? "Bigger actors and thicker lines have more statements and events behind them. Click a line for that evidence, an actor for its details; double-click an actor to add its neighbours."
        : "Click a node to see its details and evidence. Double-click it to expand its neighbours.",
    ),
    legend(),
  );
}

function legend(): HTMLElement {
  return h(
    "ul",
    { class: "legend" },
    ...Object.entries(TYPE_LOOKS).map(([type, look]) =>
      h(
        "li",
        {},
        h("span", { class: `swatch shape-${look.shape}`, style: `background:${look.color}` }),
        type,
      ),
    ),
    h("li", {}, h("span", { class: "swatch edge" }), "relationship (arrow: who → whom)"),
  );
}

function selectNode(node: NodeSingular): void {
  cy.elements().unselect();
  node.select();
  state.selected = node.id();
  saveState();
  void showDetails(node.id());
}

async function showDetails(id: string): Promise<void> {
  const panel = byId("panel");
  const node = cy.getElementById(id);
  const type = String(node.data("type") ?? "");
  panel.replaceChildren(h("h2", {}, String(node.data("label") ?? id)), h("p", { class: "hint" }, "Loading…"));
  let details: NodeDetails | null;
  try {
    details = await fetchNode(id);
  } catch (error) {
    panel.replaceChildren(
      h("h2", {}, String(node.data("label") ?? id)),
      h(
        "p",
        { class: "error" },
        `Could not load the details: ${error instanceof Error ? error.message : error}`,
      ),
    );
    return;
  }
  if (state.selected !== id) return;
  if (!details) {
    panel.replaceChildren(
      h("h2", {}, String(node.data("label") ?? id)),
      h("p", { class: "hint" }, "No details."),
    );
    return;
  }
  const look = lookOf(details.type || type);
  const facts = h("dl", { class: "facts" });
  for (const [key, value] of details.facts) facts.append(h("dt", {}, key), h("dd", {}, value));
  const evidence =
    details.evidence.length === 0
      ? h("p", { class: "hint" }, "No evidence sentence recorded for this node.")
      : h(
          "ol",
          { class: "evidence-list" },
          ...details.evidence.map((item) =>
            h("li", {}, highlighted(item.sentence, item.marks, item.context), h("cite", {}, item.source)),
          ),
        );
  const actions = h(
    "div",
    { class: "actions" },
    h("button", { type: "button", id: "expand-node" }, "Expand neighbours"),
    h("button", { type: "button", id: "center-node" }, "Centre here"),
  );
  panel.replaceChildren(
    h("span", { class: "type-chip", style: `background:${look.color}` }, details.type || type),
    h("h2", {}, details.title),
    details.subtitle ? h("p", { class: "subtitle" }, details.subtitle) : "",
    facts,
    actions,
    h("h3", {}, details.evidenceTitle),
    evidence,
    details.moreEvidence > 0 ? h("p", { class: "hint" }, `… and ${details.moreEvidence} more.`) : "",
  );
  byId("expand-node").addEventListener("click", () => void expand(id));
  byId("center-node").addEventListener("click", () => recenter(id));
}

// ---------------------------------------------------------------- timeline

function renderTimeline(): void {
  const list = byId("timeline");
  if (events.length === 0) {
    list.replaceChildren(h("li", { class: "hint" }, "No dated events."));
    return;
  }
  list.replaceChildren(
    ...events.map((event) => {
      const inRange = dateInRange(event.date, state.from, state.to);
      const drawn = cy.getElementById(event.id).nonempty();
      const item = h(
        "li",
        {
          class: [inRange ? "" : "out-of-range", drawn ? "drawn" : ""].join(" ").trim(),
          "data-id": event.id,
        },
        h("time", {}, event.date ?? "undated"),
        h(
          "button",
          { type: "button", title: `${event.label}: ${drawn ? "select it" : "centre the graph on it"}` },
          event.label,
        ),
      );
      item.querySelector("button")?.addEventListener("click", () => {
        const node = cy.getElementById(event.id);
        if (node.nonempty() && !node.hasClass("filtered")) {
          selectNode(node);
          cy.animate({ center: { eles: node }, duration: 300 });
        } else recenter(event.id);
      });
      return item;
    }),
  );
}

// ---------------------------------------------------------------- controls

function syncControls(): void {
  byId<HTMLSelectElement>("depth").value = String(state.depth);
  byId<HTMLInputElement>("date-from").value = state.from;
  byId<HTMLInputElement>("date-to").value = state.to;
  for (const box of document.querySelectorAll<HTMLInputElement>("#type-filters input")) {
    box.checked = !state.hidden.includes(box.value);
  }
  byId<HTMLSelectElement>("path-from").value = state.pathFrom;
  byId<HTMLSelectElement>("path-to").value = state.pathTo;
  byId("path-clear").hidden = !(state.pathFrom && state.pathTo);
  byId<HTMLSelectElement>("mode").value = state.mode;
  byId<HTMLInputElement>("colour").checked = state.colour === "community";
  for (const box of document.querySelectorAll<HTMLInputElement>("#kind-filters input")) {
    box.checked = state.kinds.length === 0 || state.kinds.includes(box.value);
  }
}

function buildTypeFilters(): void {
  const fieldset = byId("type-filters");
  for (const [type, look] of Object.entries(TYPE_LOOKS)) {
    const box = h("input", { type: "checkbox", value: type, "aria-label": look.label });
    box.addEventListener("change", () => {
      state.hidden = box.checked ? state.hidden.filter((t) => t !== type) : [...state.hidden, type];
      saveState();
      applyFilters();
      finishDrawing();
    });
    fieldset.append(
      h("label", {}, box, h("span", { class: "swatch", style: `background:${look.color}` }), look.label),
    );
  }
}

function fillActorPickers(): void {
  const sorted = [...actors].sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
  for (const id of ["path-from", "path-to"]) {
    const select = byId<HTMLSelectElement>(id);
    const groups = new Map<string, HTMLOptGroupElement>();
    for (const actor of sorted) {
      let group = groups.get(actor.type);
      if (!group) {
        group = h("optgroup", { label: lookOf(actor.type).label });
        groups.set(actor.type, group);
      }
      group.append(h("option", { value: actor.id }, actor.label));
    }
    select.replaceChildren(
      h("option", { value: "" }, id === "path-from" ? "from…" : "to…"),
      ...groups.values(),
    );
  }
}

function wireControls(): void {
  byId("depth").addEventListener("change", (event) => {
    state.depth = Number((event.target as HTMLSelectElement).value);
    saveState(true);
    void loadView();
  });
  const dateChanged = () => {
    state.from = byId<HTMLInputElement>("date-from").value;
    state.to = byId<HTMLInputElement>("date-to").value;
    saveState();
    datesChanged();
  };
  byId("date-from").addEventListener("change", dateChanged);
  byId("date-to").addEventListener("change", dateChanged);
  byId("dates-clear").addEventListener("click", () => {
    byId<HTMLInputElement>("date-from").value = "";
    byId<HTMLInputElement>("date-to").value = "";
    dateChanged();
  });
  byId("fit").addEventListener("click", () =>
    cy.animate({ fit: { eles: cy.elements(), padding: 40 }, duration: 300 }),
  );

  byId("path-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const from = byId<HTMLSelectElement>("path-from").value;
    const to = byId<HTMLSelectElement>("path-to").value;
    if (!from || !to || from === to) {
      setStatus(document.body.dataset.status as Status, "Pick two different actors for the path.");
      return;
    }
    state = { ...state, center: from, expanded: [], selected: "", pathFrom: from, pathTo: to };
    syncControls();
    saveState(true);
    void loadView();
  });
  byId("path-clear").addEventListener("click", () => {
    state = { ...state, pathFrom: "", pathTo: "" };
    syncControls();
    saveState(true);
    markPath(null);
  });

  const results = byId<HTMLOListElement>("search-results");
  byId("search-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const query = byId<HTMLInputElement>("search-input").value.trim();
    if (!query) return;
    results.hidden = false;
    results.replaceChildren(h("li", { class: "hint" }, "Searching…"));
    try {
      const hits = await search(query);
      if (hits.length === 0) {
        results.replaceChildren(h("li", { class: "hint empty" }, `Nothing matches “${query}”.`));
        return;
      }
      results.replaceChildren(
        ...hits.map((hit) => {
          const button = h(
            "button",
            { type: "button", "data-id": hit.id },
            h("span", { class: "swatch", style: `background:${lookOf(hit.type).color}` }),
            h("strong", {}, shortLabel(hit.label, 60)),
            h("small", {}, hit.type),
            hit.snippet ? h("span", { class: "snippet" }, shortLabel(hit.snippet, 110)) : null,
          );
          button.addEventListener("click", () => {
            results.hidden = true;
            jumpTo(hit.id);
          });
          return h("li", {}, button);
        }),
      );
    } catch (error) {
      results.replaceChildren(
        h("li", { class: "error" }, `Search failed: ${error instanceof Error ? error.message : error}`),
      );
    }
  });
  document.addEventListener("click", (event) => {
    if (!byId("search-form").contains(event.target as Node)) results.hidden = true;
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") results.hidden = true;
  });

  cy.on("tap", "node", (event) => selectNode(event.target as NodeSingular));
  cy.on("tap", "edge.net", (event) => selectEdge(event.target as EdgeSingular));
  cy.on("mouseover", "edge.net", (event) => (event.target as EdgeSingular).addClass("hover"));
  cy.on("mouseout", "edge.net", (event) => (event.target as EdgeSingular).removeClass("hover"));
  wireNetworkControls();
  cy.on("dbltap", "node", (event) => void expand((event.target as NodeSingular).id()));
  cy.on("tap", (event) => {
    if (event.target === cy) {
      cy.elements().unselect();
      state.selected = "";
      saveState();
      renderHint();
    }
  });
  window.addEventListener("popstate", () => {
    state = parseState(location.search);
    syncControls();
    void loadView();
  });
}

/** A search result: select it when it is drawn already, otherwise draw the graph around it. */
function jumpTo(id: string): void {
  const node = cy.getElementById(id);
  if (node.nonempty() && !node.hasClass("filtered")) {
    selectNode(node);
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1), duration: 350 });
  } else if (state.mode === "network" && /^(person|org|country):/.test(id)) {
    state.selected = id;
    void expand(id).then(() => {
      const added = cy.getElementById(id);
      if (added.nonempty()) selectNode(added);
    });
  } else {
    recenter(id);
  }
}

// ---------------------------------------------------------------- start

/**
 * Actors (path pickers) and events (timeline, date filter): only the story view waits for them. The
 * network view asks for them after its first draw, so they do not compete with it.
 */
let lists: Promise<void> | undefined;

function listsReady(): Promise<void> {
  lists ??= Promise.all([fetchActors(), fetchEvents()]).then(([a, e]) => {
    [actors, events] = [a, e];
    fillActorPickers();
    syncControls();
    renderTimeline();
  });
  lists.catch(() => {
    lists = undefined; // try again next time
  });
  return lists;
}

async function init(): Promise<void> {
  clearError();
  setStatus("loading", "Loading the graph…");
  const histogram = fetchHistogram().then((months) => {
    brush.setData(months);
    brush.show({ from: state.from, to: state.to });
  });
  // In the network view a failure shows when the network itself cannot load.
  histogram.catch(() => undefined);
  await loadView();
  if (state.mode === "network") listsReady().catch(() => undefined);
}

function wireNetworkControls(): void {
  byId<HTMLSelectElement>("mode").addEventListener("change", (event) => {
    state = { ...state, mode: (event.target as HTMLSelectElement).value === "story" ? "story" : "network" };
    state.expanded = [];
    state.selected = "";
    saveState(true);
    void loadView();
  });
  byId<HTMLInputElement>("colour").addEventListener("change", (event) => {
    state.colour = (event.target as HTMLInputElement).checked ? "community" : "type";
    saveState();
    networkView.recolour();
  });
  const fieldset = byId("kind-filters");
  for (const [kind, colour] of Object.entries(KIND_COLORS)) {
    const box = h("input", { type: "checkbox", value: kind, "aria-label": humanize(kind) });
    box.addEventListener("change", () => {
      const all = Object.keys(KIND_COLORS);
      const shown = state.kinds.length > 0 ? state.kinds : all;
      const next = box.checked ? [...shown, kind] : shown.filter((k) => k !== kind);
      state.kinds = next.length === all.length ? [] : all.filter((k) => next.includes(k));
      saveState();
      void loadView();
    });
    fieldset.append(
      h(
        "label",
        {},
        box,
        h("span", { class: "swatch edge-kind", style: `background:${colour}` }),
        humanize(kind),
      ),
    );
  }
}

buildTypeFilters();
wireControls();
syncControls();
renderHint();
void init();
