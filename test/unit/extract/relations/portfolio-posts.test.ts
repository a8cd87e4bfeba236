// A state-only post whose title names a portfolio moves to the named ministry (portfolio-posts.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const affiliated = (body: string) => relationPairs(extractBody(body), "AFFILIATED_WITH");

describe("portfolio posts", () => {
  it("ties 'Interior Cabinet Secretary' and 'Principal Secretary for Foreign Affairs' to the named ministry", () => {
    const body =
      "LIMA, March 5 — Peru’s interior ministry closed the border. Interior Cabinet Secretary Ana Ruiz said it would stay shut. " +
      "Peru’s foreign ministry was silent. Principal Secretary for Foreign Affairs Luis Vega spoke later.";
    expect(affiliated(body)).toEqual(
      expect.arrayContaining([
        "person:ana-ruiz>org:pe:ministry-of-interior",
        "person:luis-vega>org:pe:ministry-of-foreign-affairs",
      ]),
    );
  });
  it("reads 'Home Secretary' as the interior portfolio", () => {
    const body =
      "LIMA, March 5 — Peru’s interior ministry closed the border. Home Secretary Ana Ruiz said it would stay shut.";
    expect(affiliated(body)).toContain("person:ana-ruiz>org:pe:ministry-of-interior");
  });
  it("keeps the state for titles with no portfolio, or when the ministry is not named", () => {
    const body =
      "LIMA, March 5 — Peru’s interior ministry closed the border. President Ana Ruiz said it would stay shut.";
    expect(affiliated(body)).toContain("person:ana-ruiz>country:pe");
    // "the prime ministry" names no portfolio a "Prime Minister" title could point to.
    const prime =
      "LIMA, March 5 — Peru’s prime ministry said so. Prime Minister Ana Ruiz said talks would go on.";
    expect(affiliated(prime)).toEqual(["person:ana-ruiz>country:pe"]);
    expect(
      affiliated("Interior Cabinet Secretary Ana Ruiz of Peru said the border would stay shut."),
    ).not.toContain("person:ana-ruiz>org:pe:ministry-of-interior");
  });
  it("reads 'External Affairs Minister' as the foreign portfolio", () => {
    const body =
      "NEW DELHI, March 5 — India’s foreign ministry summoned the envoy. External Affairs Minister Ravi Rao said ties were strained.";
    expect(affiliated(body)).toEqual(["person:ravi-rao>org:in:ministry-of-foreign-affairs"]);
  });
});
