import { describe, expect, it } from "vitest";
import {
  execAll,
  IRREGULAR_PAST,
  inflect,
  phraseRegexCacheSize,
  phrasesRegex,
  REGEX_CACHE_SIZE,
  zeroChangePast,
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

describe("verbForms: the irregular-verb table and spelling rules", () => {
  const forms = (lemma: string) => inflect(lemma).map((f) => `${f.text}/${f.form}`);

  it("gives every form of an irregular verb, the participle too", () => {
    expect(forms("shoot")).toEqual(["shoot/base", "shoots/s", "shot/past", "shooting/ing"]);
    expect(forms("bear")).toEqual([
      "bear/base",
      "bears/s",
      "bore/past",
      "borne/past",
      "born/past",
      "bearing/ing",
    ]);
    expect(forms("swear")).toContain("sworn/past");
    expect(forms("lie")).toEqual(["lie/base", "lies/s", "lay/past", "lied/past", "lain/past", "lying/ing"]);
  });

  it("keeps a past that is also the base ('hit', 'cut') as the base, and doubles its -ing", () => {
    expect(forms("hit")).toEqual(["hit/base", "hits/s", "hitting/ing"]);
    expect(forms("upset")).toEqual(["upset/base", "upsets/s", "upsetting/ing"]);
    expect(zeroChangePast("hit")).toBe(true);
    expect(zeroChangePast("Broadcast")).toBe(true);
    expect(zeroChangePast("said")).toBe(false);
    expect(zeroChangePast("visit")).toBe(false);
  });

  it("inflects verbs built on an irregular one with a prefix, not its regular look-alikes", () => {
    expect(forms("overrun")).toContain("overran/past");
    expect(forms("undertake")).toContain("undertook/past");
    expect(forms("withhold")).toContain("withheld/past");
    expect(forms("foresee")).toContain("foreseen/past");
    expect(forms("relay")).toContain("relayed/past");
    expect(forms("belie")).toContain("belied/past");
  });

  it("applies the regular spelling rules: doubling, -ck, -oes, British and American -l", () => {
    expect(forms("ban")).toEqual(["ban/base", "bans/s", "banned/past", "banning/ing"]);
    expect(forms("admit")).toContain("admitted/past");
    expect(forms("confer")).toContain("conferring/ing");
    expect(forms("offer")).toContain("offered/past");
    expect(forms("visit")).toContain("visiting/ing");
    expect(forms("panic")).toContain("panicked/past");
    expect(forms("embargo")).toContain("embargoes/s");
    expect(forms("cancel")).toEqual([
      "cancel/base",
      "cancels/s",
      "cancelled/past",
      "canceled/past",
      "cancelling/ing",
      "canceling/ing",
    ]);
    expect(forms("appeal")).toContain("appealed/past");
    expect(forms("die")).toContain("dying/ing");
    expect(forms("agree")).toContain("agreeing/ing");
  });

  it("inflects the head of a phrase and the last part of a hyphenated verb", () => {
    expect(forms("hit out at")).toEqual(["hit out at/base", "hits out at/s", "hitting out at/ing"]);
    expect(forms("take issue with")).toContain("took issue with/past");
    expect(forms("spoon-feed")).toContain("spoon-fed/past");
  });

  it("lists the irregular pasts that mark a clause, not the ones read as nouns", () => {
    for (const w of ["hit", "shot", "bore", "fled", "overran", "withheld", "led", "set", "sought"])
      expect(IRREGULAR_PAST.has(w)).toBe(true);
    for (const w of ["ground", "wound", "bound", "spat", "was", "had", "bit", "cost", "dreamed"])
      expect(IRREGULAR_PAST.has(w)).toBe(false);
  });
});
