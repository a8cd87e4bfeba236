// Seed progress. On a terminal: one bar redrawn in place on stderr (files done/total, articles per
// second, time left), with each article's line printed above it. Elsewhere (a pipe, a log, CI):
// plain lines only.
export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR_WIDTH = 24;

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds % 60)} s`;
}

/** The bar's text: `[#####-------] 12/40  3.1 articles/s  ~9.0 s left`. */
export function progressBar(done: number, total: number, elapsedSeconds: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total}  ${rate.toFixed(1)} articles/s  ~${formatSeconds(left)} left`;
}

export class Progress {
  private done = 0;
  private readonly started = performance.now();

  constructor(
    private readonly total: number,
    private readonly out: ProgressOutput,
    private readonly lines: (line: string) => void,
  ) {}

  private get tty(): boolean {
    return this.out.isTTY === true;
  }

  private clear(): void {
    if (this.tty) this.out.write("\r\x1b[2K");
  }

  private draw(): void {
    if (this.tty) this.out.write(progressBar(this.done, this.total, this.elapsedSeconds()));
  }

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** A file is finished (stored or failed): print its line, then the bar. */
  step(line: string, print: (line: string) => void = this.lines): void {
    this.done += 1;
    this.clear();
    print(line);
    this.draw();
  }

  /** A line that is not a step (a warning). */
  note(line: string): void {
    this.clear();
    this.lines(line);
    this.draw();
  }

  finish(): void {
    this.clear();
  }
}
