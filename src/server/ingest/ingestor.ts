// Text in, article stored: parse and extract (pure, may refuse with the problem named), then one
// write transaction through `ingestExtraction`. `prepareIngest` (constraints, identity backfill) runs
// once per process, before the first ingest, and again if it failed.
import { ArticleFormatError, extractArticle, parseArticle } from "../../extract/index.ts";
import type { CypherExecutor } from "../../graph/executor.ts";
import { type IngestResult, type IngestStatus, ingestExtraction, prepareIngest } from "../../graph/ingest.ts";
import type { Logger } from "../log.ts";

/** The article itself is the problem: nothing was written. */
export class ArticleInputError extends Error {
  override name = "ArticleInputError";
  constructor(
    message: string,
    readonly problem: string,
  ) {
    super(message);
  }
}

const MAX_URL_LENGTH = 2_048;

function checkedUrl(url: string | undefined | null): string | undefined {
  if (url === undefined || url === null || url.trim() === "") return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.trim());
  } catch {
    parsed = undefined;
  }
  if (
    !parsed ||
    (parsed.protocol !== "http:" && parsed.protocol !== "https:") ||
    url.length > MAX_URL_LENGTH
  ) {
    throw new ArticleInputError(
      `url must be an http(s) URL of at most ${MAX_URL_LENGTH} characters, got ${JSON.stringify(url.slice(0, 100))}.`,
      "bad-url",
    );
  }
  return url.trim();
}

export interface IngestorOptions {
  logger?: Logger;
  /** Hears of every stored article (metrics). */
  onIngest?: (status: IngestStatus) => void;
}

export class Ingestor {
  private prepared: Promise<unknown> | undefined;

  constructor(
    private readonly executor: CypherExecutor,
    private readonly options: IngestorOptions = {},
  ) {}

  private prepare(): Promise<unknown> {
    this.prepared ??= prepareIngest(this.executor).catch((error: unknown) => {
      this.prepared = undefined; // a database that was down must not disable ingest for good
      throw error;
    });
    return this.prepared;
  }

  /** `url`, when given, is the article's URL (its identity), in place of any in the front matter. */
  async ingest(text: string, url?: string | null): Promise<IngestResult> {
    const givenUrl = checkedUrl(url);
    let extraction: ReturnType<typeof extractArticle>;
    try {
      const parsed = parseArticle(text);
      extraction = extractArticle(givenUrl ? { ...parsed, url: givenUrl } : parsed);
    } catch (error) {
      if (error instanceof ArticleFormatError) throw new ArticleInputError(error.message, error.problem);
      throw error;
    }
    await this.prepare();
    const result = await ingestExtraction(this.executor, extraction);
    this.options.onIngest?.(result.status);
    this.options.logger?.info(`ingest ${result.status} ${result.id}`, {
      articleId: result.id,
      status: result.status,
      title: result.title,
      ...(result.warnings.length ? { warnings: result.warnings } : {}),
    });
    return result;
  }
}
