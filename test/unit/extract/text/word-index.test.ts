import { describe, expect, it } from "vitest";
import { findAll } from "../../../../src/extract/text/text.ts";
import {
  findPhrases,
  findPhrasesIn,
  mayOccur,
  phraseMatcher,
  phraseWords,
  wordIndex,
} from "../../../../src/extract/text/word-index.ts";

const doc = (body: string) => ({ body, sentences: [] });

const PHRASES = ["hold talks", "held talks", "talks", "take part in", "build-up", "don't", "u.s. troops"];

const BODIES = [
  "They held  talks; the\u00a0talks went on. HOLD TALKS again, take\npart in them.",
  "The build-up of troops and the buildup-less rebuild-up: don’t, Don't, donʼt.",
  // Letters that fold onto ASCII only under the `iu` flags, and one that lengthens when lower-cased.
  "ſtalks, talkſ, taKe part in, İtalks, İ talks, U.S. troops, u.s.troops",
  "subtalks talks2 2talks talks_ _talks talks-",
];

describe("findPhrases", () => {
  it.each(["giu", "gu", "iu"])("finds exactly what findAll finds with flags %s", (flags) => {
    const matcher = phraseMatcher(PHRASES, flags);
    expect(matcher.sticky).toBeDefined();
    for (const body of BODIES) {
      const expected = findAll(matcher.regex, body);
      expect(expected.length).toBeGreaterThan(0);
      expect(findPhrases(doc(body), matcher)).toEqual(expected);
    }
  });

  it("finds in a window exactly what findAll finds in the slice, words cut by its edges included", () => {
    const matcher = phraseMatcher(["talks", "alks", "tal", "held talks"], "giu");
    for (const body of BODIES) {
      for (let start = 0; start < body.length; start += 3) {
        for (const width of [0, 4, 9, 25]) {
          const end = Math.min(body.length, start + width);
          const expected = findAll(matcher.regex, body.slice(start, end), start);
          expect(findPhrasesIn(doc(body), matcher, start, end)).toEqual(expected);
        }
      }
    }
  });

  it("agrees with findAll on generated text full of near misses, by hand and by regex", () => {
    const pieces = [
      "talks",
      "Talks",
      "TALKS",
      "held",
      "hold",
      "take",
      "part",
      "in",
      "build",
      "up",
      "don",
      "t",
      "u",
      "s",
    ];
    const glue = [
      " ",
      "  ",
      "\u00a0",
      "\n",
      "-",
      "'",
      "’",
      ".",
      ",",
      "",
      "ſ",
      "K",
      "é",
      "2",
      "😀",
      "\u2003",
      "İ",
    ];
    let seed = 7;
    const pick = <T>(list: readonly T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return list[seed % list.length] as T;
    };
    const literal = phraseMatcher(PHRASES, "giu");
    const regexOnly = phraseMatcher([...PHRASES, "talks in Genève"], "giu");
    expect(literal.literals).toBeDefined();
    expect(regexOnly.literals).toBeUndefined();
    expect(regexOnly.sticky).toBeDefined();
    for (let n = 0; n < 300; n++) {
      const body = Array.from({ length: 30 }, () => pick(pieces) + pick(glue)).join("");
      for (const matcher of [literal, regexOnly]) {
        expect(findPhrases(doc(body), matcher)).toEqual(findAll(matcher.regex, body));
        const start = seed % body.length;
        const end = Math.min(body.length, start + (seed % 40));
        expect(findPhrasesIn(doc(body), matcher, start, end)).toEqual(
          findAll(matcher.regex, body.slice(start, end), start),
        );
      }
    }
  });

  it("falls back to a whole-body scan when a phrase does not open with an ASCII word", () => {
    const matcher = phraseMatcher(["’s talks", "σύνοδος"], "giu");
    expect(matcher.sticky).toBeUndefined();
    const body = "a ’s talks at the ΣΎΝΟΔΟΣ";
    expect(findPhrases(doc(body), matcher).map((h) => h.text)).toEqual(["’s talks", "ΣΎΝΟΔΟΣ"]);
  });

  it("indexes the words of a body once per document, keyed lower-cased", () => {
    const d = doc("Talks, TALKS and İran");
    const index = wordIndex(d);
    expect(wordIndex(d)).toBe(index);
    expect(index.starts.get("talks")).toEqual([0, 7]);
    expect(index.starts.get("and")).toEqual([13]);
  });
});

describe("mayOccur", () => {
  const index = wordIndex(doc("The Coast Guard of Peru said ſtrikes went on."));

  it("is false only when every phrase misses one of its words, whatever the case", () => {
    expect(mayOccur(phraseWords(["coast guard", "navy"], false), index)).toBe(true);
    expect(mayOccur(phraseWords(["Coast Guard Command", "Navy"], false), index)).toBe(false);
    expect(mayOccur(phraseWords(["STRIKES"], true), index)).toBe(true);
  });

  it("always tries a case-insensitive phrase with a non-ASCII word", () => {
    expect(mayOccur(phraseWords(["σύνοδος"], true), index)).toBe(true);
    expect(mayOccur(phraseWords(["σύνοδος"], false), index)).toBe(false);
  });
});
