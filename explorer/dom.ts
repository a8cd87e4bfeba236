// Small DOM helpers: every text goes through textContent, never innerHTML.

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element as T;
}

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value !== undefined) element.setAttribute(key, value);
  }
  for (const child of children) {
    if (child) element.append(child);
  }
  return element;
}

/**
 * A sentence with `marks` wrapped in <mark> and `context` in <span class="context">; spans are
 * clamped to the sentence, and a mark inside context splits it.
 */
export function highlighted(sentence: string, marks: Span[], context: Span[] = []): HTMLElement {
  const clamp = (spans: Span[]) =>
    spans
      .map((s) => ({ start: Math.max(0, s.start), end: Math.min(sentence.length, s.end) }))
      .filter((s) => s.end > s.start);
  const marked = clamp(marks);
  const quiet = clamp(context);
  const kind = (i: number) =>
    marked.some((s) => i >= s.start && i < s.end)
      ? "mark"
      : quiet.some((s) => i >= s.start && i < s.end)
        ? "context"
        : "";
  const quote = h("q", { class: "evidence" });
  let at = 0;
  while (at < sentence.length) {
    const current = kind(at);
    let end = at + 1;
    while (end < sentence.length && kind(end) === current) end += 1;
    const text = sentence.slice(at, end);
    if (current === "mark") quote.append(h("mark", {}, text));
    else if (current === "context") quote.append(h("span", { class: "context" }, text));
    else quote.append(text);
    at = end;
  }
  return quote;
}

export interface Span {
  start: number;
  end: number;
}

/** Relationship types like CRITICIZES or SPEAKS_FOR, as words. */
export const humanize = (type: string) => type.toLowerCase().replaceAll("_", " ");
