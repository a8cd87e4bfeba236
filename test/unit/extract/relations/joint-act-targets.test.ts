// A stance against a joint act is against every party to it (joint-act-targets.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const rels = (x: X, kind: string) => relationPairs(x, kind);

describe("stances against a joint act", () => {
  it("reads the warning beside 'condemned the pact as …' as a threat to both signatories", () => {
    const x = extractBody(
      "Latvia and Lithuania signed a defence pact in Riga on Monday, pledging to defend each other. Belarus condemned the pact as “a dangerous provocation” and warned that it would respond.",
    );
    expect(rels(x, "THREATENS")).toEqual(["country:by>country:lt", "country:by>country:lv"]);
  });
  it("does not widen an accusation beside the labelled act", () => {
    const x = extractBody(
      "Latvia and Lithuania signed a defence pact in Riga on Monday. Belarus called the pact “a hostile step” and accused Lithuania of hiding NATO troops.",
    );
    expect(rels(x, "ACCUSES")).toEqual(["country:by>country:lt"]);
  });
});
