// COOPERATES_WITH from the wider family of backing verbs (cooperation.ts backingParties).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const cooperation = (body: string) => relationPairs(extractBody(body), "COOPERATES_WITH");

describe("backing verbs", () => {
  it("reads siding with, endorsing and throwing weight behind a party", () => {
    expect(cooperation("Chile sided with Peru in the dispute.")).toEqual(["country:cl>country:pe"]);
    expect(cooperation("Chile endorsed Peru’s bid to host the summit.")).toEqual(["country:cl>country:pe"]);
    expect(cooperation("Chile threw its weight behind Peru on Tuesday.")).toEqual(["country:cl>country:pe"]);
  });
  it("reads no cooperation from endorsing a plan", () => {
    expect(cooperation("Chile endorsed the plan on Tuesday.")).toEqual([]);
  });
});
