// How each node type is drawn: one colour and one shape per type, shared by the graph, the legend,
// the filters and the search results.
import type { StylesheetJson } from "cytoscape";

export interface TypeLook {
  label: string;
  color: string;
  shape: string;
  size: number;
}

export const TYPE_LOOKS: Record<string, TypeLook> = {
  Country: { label: "Countries", color: "#e8772e", shape: "round-hexagon", size: 46 },
  Person: { label: "People", color: "#3f76b5", shape: "ellipse", size: 38 },
  Organization: { label: "Organisations", color: "#4a9a47", shape: "round-rectangle", size: 36 },
  Statement: { label: "Statements", color: "#9b5fa0", shape: "round-diamond", size: 30 },
  Event: { label: "Events", color: "#d64550", shape: "round-triangle", size: 32 },
};

const OTHER: TypeLook = { label: "Other", color: "#8c8c8c", shape: "ellipse", size: 26 };

export const lookOf = (type: string): TypeLook => TYPE_LOOKS[type] ?? OTHER;

/** Long statement captions are cut for the canvas; the panel shows them whole. */
export function shortLabel(text: string, max = 42): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

export function graphStyle(): StylesheetJson {
  const byType = Object.entries(TYPE_LOOKS).map(([type, look]) => ({
    selector: `node[type = "${type}"]`,
    style: { "background-color": look.color, shape: look.shape, width: look.size, height: look.size },
  }));
  return [
    {
      selector: "node",
      style: {
        "background-color": OTHER.color,
        width: OTHER.size,
        height: OTHER.size,
        label: "data(short)",
        "font-family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
        "font-size": 13,
        color: "#1d2430",
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": "130px",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": "2px",
        "text-background-shape": "roundrectangle",
        "border-width": 2,
        "border-color": "#ffffff",
        "min-zoomed-font-size": 6,
      },
    },
    ...byType,
    { selector: 'node[type = "Country"]', style: { "font-size": 15, "font-weight": "bold" } },
    { selector: 'node[type = "Person"]', style: { "font-weight": "bold" } },
    { selector: 'node[type = "Statement"]', style: { "font-size": 12, "font-style": "italic" } },
    {
      selector: "edge",
      style: {
        width: 1.6,
        "line-color": "#a7b0bd",
        "target-arrow-color": "#a7b0bd",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.9,
        "curve-style": "bezier",
        label: "data(label)",
        "font-size": 10,
        color: "#5b6573",
        "text-rotation": "autorotate",
        "text-background-color": "#f6f7f9",
        "text-background-opacity": 0.9,
        "text-background-padding": "1px",
        "min-zoomed-font-size": 7,
      },
    },
    { selector: ".center", style: { "border-color": "#1d2430", "border-width": 3 } },
    {
      selector: "node:selected",
      style: { "border-color": "#f2c200", "border-width": 5, "overlay-opacity": 0 },
    },
    {
      selector: "edge:selected",
      style: { "line-color": "#f2c200", "target-arrow-color": "#f2c200", width: 3 },
    },
    { selector: ".faded", style: { opacity: 0.18 } },
    {
      selector: "edge.on-path",
      style: { "line-color": "#f2a900", "target-arrow-color": "#f2a900", width: 4, "z-index": 10 },
    },
    { selector: "node.on-path", style: { "border-color": "#f2a900", "border-width": 5, "z-index": 10 } },
    { selector: ".filtered", style: { display: "none" } },
  ];
}
