// Posts held in a bloc named only as "the bloc" (bloc-posts.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

describe("bloc posts", () => {
  it("ties 'a spokesperson for the bloc, X' to the latest bloc named, and lets X speak for it", () => {
    const x = extractBody(
      "Andean Community ministers met in Lima on Monday. A spokesperson for the bloc, Rosa Mamani, said the talks went well.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toEqual(["person:rosa-mamani>org:andean-community"]);
    expect(relationPairs(x, "SPEAKS_FOR")).toEqual(["person:rosa-mamani>org:andean-community"]);
  });
  it("replaces a state guessed for 'the bloc’s commission president, X'", () => {
    const x = extractBody(
      "Peru hosted an African Union summit on Monday. The bloc’s commission president, Amadou Keita, said Peru had been generous.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toEqual(["person:amadou-keita>org:african-union"]);
  });
  it("ties nobody who only criticises the bloc", () => {
    const x = extractBody(
      "Andean Community ministers met in Lima on Monday. A critic of the bloc, Rosa Mamani, said the talks failed.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH").filter((p) => p.endsWith("org:andean-community"))).toEqual([]);
  });
});
