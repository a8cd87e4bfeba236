// Each statement records the attribution sieve that found its speaker (made-up text).
import { describe, expect, it } from "vitest";
import { SIEVE_CONFIDENCE } from "../../../../src/extract/speech/attribution.ts";
import { extractBody } from "../helpers.ts";

const sieves = (body: string) =>
  extractBody(body).statements.map((s) => [s.speakerId, s.attribution?.sieve, s.attribution?.confidence]);
const c = SIEVE_CONFIDENCE;

describe("attribution sieves", () => {
  it("verb-adjacent: 'X said', 'X on Friday said', '“…,” said X'", () => {
    expect(sieves("Peru on Friday said the border would reopen.")).toEqual([
      ["country:pe", "verb-adjacent", c["verb-adjacent"]],
    ]);
    expect(sieves("“The border will reopen,” said Peru.")).toEqual([
      ["country:pe", "verb-adjacent", c["verb-adjacent"]],
    ]);
  });

  it("appositive: 'Name, <role>, said' and '<role>, Name, said'", () => {
    expect(sieves("Marta Ruiz, Peru’s foreign minister, said the border would reopen.")[0]?.[1]).toBe(
      "appositive",
    );
    expect(sieves("Peru’s foreign minister, Marta Ruiz, said the border would reopen.")[0]?.[1]).toBe(
      "appositive",
    );
  });

  it("passive-agent and according-to", () => {
    // A bare "by Chile" is a fragment and no statement; the sieve shows on the quotation it frames.
    expect(sieves("Peru’s decision was condemned by Chile as “a breach of the treaty.”")[0]?.[1]).toBe(
      "passive-agent",
    );
    expect(sieves("According to Chile, the raid killed two people.")[0]?.[1]).toBe("according-to");
  });

  it("pronoun: '“…,” she said' after the speaker was named", () => {
    const out = sieves("Foreign Minister Marta Ruiz spoke in Lima. “We will reopen the border,” she said.");
    expect(out).toEqual([["person:marta-ruiz", "pronoun", c.pronoun]]);
  });

  it("paragraph-continuation: a quotation re-opened in the next paragraph", () => {
    const out = sieves("Marta Ruiz said: “The border will reopen.\n\n“Trade will follow.”");
    expect(out.map((x) => x[1])).toEqual(["verb-adjacent", "paragraph-continuation"]);
  });

  it("sentence-subject: the subject is not next to the verb", () => {
    expect(
      sieves(
        "Chile, which has long disputed the claim, also on Monday said it would contest the ruling.",
      )[0]?.[1],
    ).toBe("sentence-subject");
  });

  it("orders the confidences: adjacent > appositive ≥ frames > pronoun/title > subject", () => {
    expect(c["verb-adjacent"]).toBeGreaterThan(c.appositive);
    expect(c.appositive).toBeGreaterThanOrEqual(c["according-to"]);
    expect(c.pronoun).toBeGreaterThan(c["sentence-subject"]);
  });
});
