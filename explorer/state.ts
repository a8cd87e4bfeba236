// The view state lives in the query string, so any view can be shared as a link:
// /explore?center=country:cn&depth=2&hide=Statement&from=2021-07-01&to=2021-09-30&expand=…&select=…&path=a,b
// The default mode is the actor network; `mode=story` is the statement-and-event view around `center`.

export const DEFAULT_CENTER = "country:cn";
export const DEFAULT_DEPTH = 2;
export const MAX_DEPTH = 3;

export type Mode = "network" | "story";
export type Colour = "type" | "community";

export interface ViewState {
  /** `network`: the aggregated actor network (default); `story`: statements and events around `center`. */
  mode: Mode;
  /** Network mode: relation kinds shown (empty = all). */
  kinds: string[];
  /** Network mode: node colour by actor kind or by Louvain community. */
  colour: Colour;
  center: string;
  depth: number;
  /** Node types that are hidden (everything else is shown, including types added later). */
  hidden: string[];
  /** Event date range, ISO `YYYY-MM-DD`, inclusive; empty = open. */
  from: string;
  to: string;
  /** Nodes whose neighbours were expanded, in order. */
  expanded: string[];
  selected: string;
  /** Shortest path shown between two actors, when both are set. */
  pathFrom: string;
  pathTo: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const list = (value: string | null) => (value ? value.split(",").filter((item) => item.length > 0) : []);

export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const depth = Number.parseInt(params.get("depth") ?? "", 10);
  const [pathFrom = "", pathTo = ""] = list(params.get("path"));
  const date = (key: string) => {
    const value = params.get(key) ?? "";
    return ISO_DATE.test(value) ? value : "";
  };
  return {
    mode: params.get("mode") === "story" ? "story" : "network",
    kinds: list(params.get("kinds")),
    colour: params.get("colour") === "community" ? "community" : "type",
    center: params.get("center")?.trim() || DEFAULT_CENTER,
    depth: Number.isFinite(depth) ? Math.min(Math.max(depth, 1), MAX_DEPTH) : DEFAULT_DEPTH,
    hidden: list(params.get("hide")),
    from: date("from"),
    to: date("to"),
    expanded: list(params.get("expand")),
    selected: params.get("select") ?? "",
    pathFrom,
    pathTo,
  };
}

/** The query string for a state, leaving out defaults so links stay short. */
export function formatState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.mode !== "network") params.set("mode", state.mode);
  if (state.kinds.length > 0) params.set("kinds", state.kinds.join(","));
  if (state.colour !== "type") params.set("colour", state.colour);
  if (state.center !== DEFAULT_CENTER) params.set("center", state.center);
  if (state.depth !== DEFAULT_DEPTH) params.set("depth", String(state.depth));
  if (state.hidden.length > 0) params.set("hide", state.hidden.join(","));
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.expanded.length > 0) params.set("expand", state.expanded.join(","));
  if (state.selected) params.set("select", state.selected);
  if (state.pathFrom && state.pathTo) params.set("path", `${state.pathFrom},${state.pathTo}`);
  const text = params.toString().replaceAll("%3A", ":").replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/** Whether an event dated `date` (YYYY, YYYY-MM or YYYY-MM-DD) can fall inside the range. */
export function dateInRange(date: string | null | undefined, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  // Compare on the shared prefix so "2021-09" is inside a range that covers any day of September.
  const start = date.padEnd(10, "-00").slice(0, 10);
  const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return (!from || end >= from) && (!to || start <= to);
}
