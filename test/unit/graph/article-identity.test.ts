import { describe, expect, it } from "vitest";
import { articleId } from "../../../src/extract/text/ids.ts";
import {
  articleIdentityKey,
  candidateArticleIds,
  MAX_IDENTITY_KEY_LENGTH,
  normaliseHeadline,
  normaliseUrl,
} from "../../../src/graph/article-identity.ts";

describe("normaliseHeadline", () => {
  it("ignores case, runs of whitespace, and every kind of quote mark", () => {
    const a = normaliseHeadline("  China’s  “Grave Concern”\tover Japan's plan ");
    expect(a).toBe("chinas grave concern over japans plan");
    expect(normaliseHeadline('CHINA\'S "grave concern" OVER japan’s plan')).toBe(a);
    expect(normaliseHeadline("China‘s «grave concern» over Japan`s plan")).toBe(a);
  });

  it("reads dashes of every width as one, and compatibility forms as their plain letters", () => {
    expect(normaliseHeadline("Talks resume — at last")).toBe(normaliseHeadline("Talks resume - at last"));
    expect(normaliseHeadline("Ｔａｌｋｓ resume")).toBe("talks resume");
  });

  it("keeps words that differ: only form is normalised, not content", () => {
    expect(normaliseHeadline("Japan seeks stronger cybersecurity")).not.toBe(
      normaliseHeadline("Japan seeks stronger cyber security"),
    );
  });
});

describe("normaliseUrl", () => {
  it("drops scheme, www, fragment, tracking parameters and a trailing slash", () => {
    const plain = normaliseUrl("https://example.com/news/2021/japan");
    expect(plain).toBe("example.com/news/2021/japan");
    for (const variant of [
      "http://example.com/news/2021/japan",
      "https://www.EXAMPLE.com/news/2021/japan/",
      "https://example.com:443/news/2021/japan#comments",
      "https://example.com/news/2021/japan?utm_source=x&utm_medium=y&fbclid=z",
      "  https://example.com/news/2021/japan  ",
    ]) {
      expect(normaliseUrl(variant)).toBe(plain);
    }
  });

  it("keeps the path's case and the parameters that can name an article", () => {
    expect(normaliseUrl("https://example.com/News?id=7&utm_source=x")).toBe("example.com/News?id=7");
    expect(normaliseUrl("https://example.com/story?id=7")).not.toBe(
      normaliseUrl("https://example.com/story?id=8"),
    );
  });

  it("keeps a URL it cannot parse, or that is not a web address, as written", () => {
    expect(normaliseUrl(" not a url ")).toBe("not a url");
    expect(normaliseUrl("urn:isbn:0451450523")).toBe("urn:isbn:0451450523");
  });
});

describe("articleIdentityKey", () => {
  const base = { title: "Japan seeks stronger cybersecurity", publishedAt: "2021-07-09" };

  it("is the date and the full normalised headline when there is no URL", () => {
    expect(articleIdentityKey(base)).toBe("headline:2021-07-09:japan seeks stronger cybersecurity");
    expect(articleIdentityKey({ ...base, title: "JAPAN seeks  stronger cybersecurity" })).toBe(
      articleIdentityKey(base),
    );
    expect(articleIdentityKey({ ...base, publishedAt: "2021-07-10" })).not.toBe(articleIdentityKey(base));
  });

  it("tells apart two headlines of one day that share their first four words", () => {
    const first = { ...base, title: "Japan seeks stronger cybersecurity due to China" };
    const second = { ...base, title: "Japan seeks stronger cybersecurity cooperation with ASEAN" };
    expect(articleId(first.publishedAt, first.title)).toBe(articleId(second.publishedAt, second.title));
    expect(articleIdentityKey(first)).not.toBe(articleIdentityKey(second));
  });

  it("is the URL alone when there is one: a changed headline or date is the same article", () => {
    const url = "https://example.com/japan";
    const key = articleIdentityKey({ ...base, url });
    expect(key).toBe("url:example.com/japan");
    expect(articleIdentityKey({ title: "Another headline", publishedAt: "2021-07-10", url: `${url}/` })).toBe(
      key,
    );
    expect(articleIdentityKey({ ...base, url: "  " })).toBe(articleIdentityKey(base));
  });

  it("stays under the index-key size for a huge headline, and still tells two apart", () => {
    const long = (end: string) => ({ ...base, title: `${"word ".repeat(400)}${end}` });
    const a = articleIdentityKey(long("a"));
    expect(a.length).toBeLessThanOrEqual(MAX_IDENTITY_KEY_LENGTH);
    expect(a).toMatch(/#sha256:[0-9a-f]{64}$/);
    expect(articleIdentityKey(long("b"))).not.toBe(a);
  });
});

describe("candidateArticleIds", () => {
  it("prefers the readable id, then adds 6, 12 and 64 hex characters of the identity key's hash", () => {
    const ids = candidateArticleIds("2021-07-09-japan-seeks-stronger-cybersecurity", "headline:x");
    expect(ids[0]).toBe("2021-07-09-japan-seeks-stronger-cybersecurity");
    expect(ids[1]).toMatch(/^2021-07-09-japan-seeks-stronger-cybersecurity-[0-9a-f]{6}$/);
    expect(ids[2]).toMatch(/-[0-9a-f]{12}$/);
    expect(ids[3]).toMatch(/-[0-9a-f]{64}$/);
    expect(ids[2]?.startsWith(ids[1] ?? "?")).toBe(true);
  });

  it("is stable for one identity and differs between identities", () => {
    expect(candidateArticleIds("d-a", "k1")).toEqual(candidateArticleIds("d-a", "k1"));
    expect(candidateArticleIds("d-a", "k1")[1]).not.toBe(candidateArticleIds("d-a", "k2")[1]);
  });
});
