import { describe, expect, it } from "vitest";
import {
  execAll,
  phraseRegexCacheSize,
  phrasesRegex,
  REGEX_CACHE_SIZE,
} from "../../../../src/extract/text/text.ts";
import { kinds } from "../helpers.ts";

describe("phrasesRegex", () => {
  it("matches whole phrases, longest first, across any whitespace", () => {
    const re = phrasesRegex(["Coast Guard", "Coast Guard Command"]);
    expect([..."the Coast\u00a0Guard  Command said".matchAll(re)].map((m) => m[0])).toEqual([
      "Coast\u00a0Guard  Command",
    ]);
  });

  it("keeps its cache bounded when every article brings new phrase lists", () => {
    for (let i = 0; i < REGEX_CACHE_SIZE * 3; i++) phrasesRegex(new Set([`Name${i}`]));
    expect(phraseRegexCacheSize()).toBeLessThanOrEqual(REGEX_CACHE_SIZE);
    // An evicted list compiles again to an equivalent regex.
    expect(phrasesRegex(new Set(["Name0"])).source).toBe(phrasesRegex(new Set(["Name0"])).source);
  });
});

describe("irregular and doubled verbs of the event lexicon", () => {
  it("inflects irregular and doubled verbs (slapped, swapped, froze)", () => {
    expect(kinds("Peru slapped tariffs on Chilean steel on Tuesday.")).toEqual([
      "policy-implementation 0342 2022-06-07",
    ]);
    expect(kinds("Peru and Chile swapped prisoners on Tuesday.")).toEqual(["release 084 2022-06-07"]);
    expect(kinds("Peru froze trade links with Chile on Tuesday.")).toEqual([
      "relations-reduced 160 2022-06-07",
    ]);
  });
});

describe("execAll", () => {
  const same = (re: RegExp, text: string) => {
    const expected = [...text.matchAll(re)].map((m) => [m.index, [...m]]);
    expect(execAll(re, text).map((m) => [m.index, [...m]])).toEqual(expected);
    expect(re.lastIndex).toBe(0);
  };

  it("gives the matches and groups matchAll gives, and leaves the regex reset", () => {
    same(/(\d+)-(\w)/g, "1-a 22-b 333-c");
    same(/(?<![\p{L}])(on|in)\s+(\p{Lu}\p{L}+)/gu, "on Monday in Paris, on time");
  });

  it("steps over empty matches as matchAll does, surrogate pairs whole in unicode mode", () => {
    same(/x*/g, "axxb😀c");
    same(/x*/gu, "axxb😀c");
    same(/(?:)/gu, "😀😀");
  });
});
