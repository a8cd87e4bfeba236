import { describe, expect, it } from "vitest";
import { ArticleFormatError, MAX_ARTICLE_BYTES, parseArticle } from "../../../../src/extract/index.ts";
import { parseDateText } from "../../../../src/extract/text/parse.ts";
import { extractBody, extractFromTextHelper, readRepoFile, SEED_FILE, statementTexts } from "../helpers.ts";

function problemOf(raw: string): string {
  try {
    parseArticle(raw, "bad.txt");
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleFormatError);
    expect((error as Error).message).toMatch(/^bad\.txt: /);
    return (error as ArticleFormatError).problem;
  }
  throw new Error("expected an ArticleFormatError");
}

describe("parseArticle (plain layout)", () => {
  const seed = parseArticle(readRepoFile(SEED_FILE));

  it("reads title, date, reading time and derives the id", () => {
    expect(seed.title).toBe("Japan seeks stronger cybersecurity due to threats from China and Russia");
    expect(seed.publishedAt).toBe("2021-07-09");
    expect(seed.readingMinutes).toBe(2);
    expect(seed.id).toBe("2021-07-09-japan-seeks-stronger-cybersecurity");
    expect(seed.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps the body as written: curly quotes, NBSPs, double spaces; paragraphs joined by a blank line", () => {
    expect(seed.body.startsWith("A new and improved cybersecurity strategy")).toBe(true);
    expect(seed.body.endsWith("Association of Southeast Asian Nations.")).toBe(true);
    expect(seed.body).toContain("Japan’s move");
    expect(seed.body).toContain("monitored\u00a0 during");
    expect(seed.body.split("\n\n")).toHaveLength(9);
  });

  it("normalises CRLF line endings", () => {
    const a = parseArticle("Title here\r\n\r\nMay 3, 2022 | 1 minute read\r\n\r\nFirst.\r\n\r\nSecond.\r\n");
    expect(a.body).toBe("First.\n\nSecond.");
    expect(a.publishedAt).toBe("2022-05-03");
  });
});

describe("parseArticle (Markdown with front matter)", () => {
  it("reads title, date, url and source, and drops a repeated title heading", () => {
    const a = parseArticle(
      '---\ntitle: "Talks resume in Geneva"\ndate: 2023-02-01\nurl: https://example.org/a\nsource: Example News\n---\n\n# Talks resume in Geneva\n\nDiplomats met on Monday.\n',
    );
    expect(a).toMatchObject({
      title: "Talks resume in Geneva",
      publishedAt: "2023-02-01",
      url: "https://example.org/a",
      source: "Example News",
      body: "Diplomats met on Monday.",
      id: "2023-02-01-talks-resume-in-geneva",
    });
  });
});

describe("parseArticle errors", () => {
  it("rejects empty input", () => expect(problemOf("  \n\n ")).toBe("empty"));
  it("rejects a file without a title", () =>
    expect(problemOf("July 09, 2021 | 2 minutes read\n\nBody.")).toBe("no-title"));
  it("rejects a file without a parsable date", () =>
    expect(problemOf("A title\n\nSometime in July\n\nBody.")).toBe("no-date"));
  it("rejects an impossible date", () =>
    expect(problemOf("A title\n\nFebruary 30, 2021\n\nBody.")).toBe("no-date"));
  it("rejects front matter without a date", () =>
    expect(problemOf("---\ntitle: X\n---\nBody.")).toBe("no-date"));
  it("rejects NUL bytes as binary", () =>
    expect(problemOf("A title\n\nJuly 09, 2021\n\nBo\u0000dy")).toBe("binary"));
  it("rejects mostly control characters as binary", () =>
    expect(problemOf(`A title\n\nJuly 09, 2021\n\n${"\u0001\u0002\u0003x".repeat(50)}`)).toBe("binary"));
  it("rejects files over the size limit", () =>
    expect(problemOf(`A title\n\nJuly 09, 2021\n\n${"a".repeat(MAX_ARTICLE_BYTES)}`)).toBe("too-large"));
  it("rejects a header without body", () =>
    expect(problemOf("A title\n\nJuly 09, 2021 | 2 minutes read\n\n")).toBe("no-body"));
  it("accepts a single-argument message for callers that wrap file errors", () => {
    const e = new ArticleFormatError("x.txt: not a regular file.");
    expect(e.message).toBe("x.txt: not a regular file.");
    expect(e.problem).toBe("other");
  });
});

describe("parseDateText", () => {
  it.each([
    ["July 09, 2021", "2021-07-09"],
    ["9 July 2021", "2021-07-09"],
    ["Sept. 3, 2020", "2020-09-03"],
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", undefined],
    ["yesterday", undefined],
  ])("%s → %s", (text, expected) => expect(parseDateText(text)).toBe(expected));
});

describe("robustness", () => {
  it("handles one paragraph with no people and no quotes", () => {
    const x = extractBody("Chile and Peru signed a trade agreement in Lima on Monday.");
    expect(x.actors.every((a) => a.kind !== "Person")).toBe(true);
    expect(x.statements).toEqual([]);
    expect(x.events.map((e) => e.type)).toEqual(["agreement"]);
  });
  it("reads Markdown front matter", () => {
    const x = extractFromTextHelper(
      "---\ntitle: Chile and Peru sign deal\ndate: 2021-07-09\nurl: https://example.org/a\nsource: Example\n---\n\n# Chile and Peru sign deal\n\nChile said the deal was fair.",
    );
    expect([x.article.title, x.article.publishedAt, x.article.source]).toEqual([
      "Chile and Peru sign deal",
      "2021-07-09",
      "Example",
    ]);
    expect(statementTexts(x)).toEqual([["country:cl", "said", "010", "the deal was fair"]]);
  });
});
