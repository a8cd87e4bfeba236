// A time-range brush over a histogram of events per month: drag across the bars to pick a range of
// months, click once to clear it. Plain SVG; the months come from `eventHistogram`.
import type { MonthCount } from "./network-api.ts";

const SVG = "http://www.w3.org/2000/svg";

export interface BrushRange {
  /** `YYYY-MM-DD`, first day of the first month; empty = open. */
  from: string;
  /** `YYYY-MM-DD`, last day of the last month; empty = open. */
  to: string;
}

/** Every month from the first to the last, with zero where no event falls. */
export function fillMonths(counts: MonthCount[]): MonthCount[] {
  if (counts.length === 0) return [];
  const byMonth = new Map(counts.map((c) => [c.month, c.count]));
  const [first, last] = [counts[0]?.month ?? "", counts.at(-1)?.month ?? ""];
  const months: MonthCount[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    months.push({ month: key, count: byMonth.get(key) ?? 0 });
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${year}-${String(month).padStart(2, "0")}`;
  }
  return months;
}

const lastDay = (month: string) => {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, "0")}`;
};

export class TimeBrush {
  private months: MonthCount[] = [];
  private readonly svg: SVGSVGElement;
  private dragFrom = -1;

  constructor(
    private readonly host: HTMLElement,
    private readonly onChange: (range: BrushRange) => void,
  ) {
    this.svg = document.createElementNS(SVG, "svg");
    this.svg.setAttribute("class", "brush");
    this.svg.setAttribute("role", "slider");
    this.svg.setAttribute("aria-label", "Time range: drag across the months");
    host.replaceChildren(this.svg);
    this.svg.addEventListener("pointerdown", (event) => {
      this.dragFrom = this.indexAt(event.clientX);
      this.svg.setPointerCapture(event.pointerId);
      this.paint(this.dragFrom, this.dragFrom);
    });
    this.svg.addEventListener("pointermove", (event) => {
      if (this.dragFrom >= 0) this.paint(this.dragFrom, this.indexAt(event.clientX));
    });
    this.svg.addEventListener("pointerup", (event) => {
      if (this.dragFrom < 0) return;
      const to = this.indexAt(event.clientX);
      const [a, b] = [Math.min(this.dragFrom, to), Math.max(this.dragFrom, to)];
      this.dragFrom = -1;
      const range =
        a === b
          ? { from: "", to: "" }
          : { from: `${this.months[a]?.month}-01`, to: lastDay(this.months[b]?.month ?? "") };
      this.show(range);
      this.onChange(range);
    });
  }

  setData(counts: MonthCount[]): void {
    this.months = fillMonths(counts);
    const max = Math.max(1, ...this.months.map((m) => m.count));
    const width = Math.max(1, this.months.length);
    this.svg.setAttribute("viewBox", `0 0 ${width} 100`);
    this.svg.setAttribute("preserveAspectRatio", "none");
    const bars = this.months.map((m, i) => {
      const bar = document.createElementNS(SVG, "rect");
      const height = m.count === 0 ? 0 : 4 + (92 * m.count) / max;
      bar.setAttribute("x", String(i + 0.08));
      bar.setAttribute("y", String(100 - height));
      bar.setAttribute("width", "0.84");
      bar.setAttribute("height", String(height));
      bar.setAttribute("data-month", m.month);
      const title = document.createElementNS(SVG, "title");
      title.textContent = `${m.month}: ${m.count} event${m.count === 1 ? "" : "s"}`;
      bar.append(title);
      return bar;
    });
    this.svg.replaceChildren(...bars);
    const [first, last] = [this.months[0]?.month ?? "", this.months.at(-1)?.month ?? ""];
    this.host.dataset.first = first;
    this.host.dataset.last = last;
  }

  /** Highlights the months of a range given as dates (from the URL or the date inputs). */
  show(range: BrushRange): void {
    const from = range.from.slice(0, 7);
    const to = range.to.slice(0, 7);
    const a = from ? this.months.findIndex((m) => m.month >= from) : 0;
    let b = this.months.length - 1;
    if (to) b = this.months.findLastIndex((m) => m.month <= to);
    this.host.dataset.from = range.from;
    this.host.dataset.to = range.to;
    if (!range.from && !range.to) this.paint(-1, -1);
    else this.paint(a < 0 ? this.months.length : a, b);
  }

  private indexAt(clientX: number): number {
    const box = this.svg.getBoundingClientRect();
    const share = (clientX - box.left) / Math.max(1, box.width);
    return Math.min(this.months.length - 1, Math.max(0, Math.floor(share * this.months.length)));
  }

  private paint(a: number, b: number): void {
    const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
    this.svg.querySelectorAll("rect").forEach((bar, i) => {
      bar.classList.toggle("in", a < 0 || (i >= lo && i <= hi));
    });
  }
}
