// PART_OF for state-owned bodies the knowledge base does not place (state-bodies.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const parts = (body: string) => relationPairs(extractBody(body), "PART_OF");

describe("state bodies", () => {
  it("places a state body by the state named before it", () => {
    expect(parts("The sanctions hit two executives of the Peruvian state oil company Petrolima.")).toContain(
      "org:petrolima>country:pe",
    );
  });
  it("places a state body by the one state of the sentence, before or after its name", () => {
    expect(parts("Peru signed a supply deal with Petrolima, the state-run energy firm.")).toContain(
      "org:petrolima>country:pe",
    );
    expect(
      parts(
        "Serbian Interior Minister Bojan Ristic told the state broadcaster RTS that the expulsion was a stunt.",
      ),
    ).toContain("org:rts>country:rs");
  });
  it("places nothing when the sentence names two states or the body is not the state's", () => {
    expect(
      parts("Peru and Chile signed a supply deal with Petrolima, the state oil company."),
    ).not.toContainEqual(expect.stringMatching(/^org:petrolima>/));
    expect(parts("Peru signed a supply deal with Petrolima, a private energy firm.")).not.toContainEqual(
      expect.stringMatching(/^org:petrolima>/),
    );
  });
});
