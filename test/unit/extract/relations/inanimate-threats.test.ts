// A thing that "threatens" something endangers it: no party threatens anybody (inanimate-threats.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const threats = (body: string) => stancePairs(extractBody(body)).filter((p) => p.startsWith("THREATENS"));

describe("thing threats", () => {
  it("reads no threat when a closure, ban or dispute threatens something", () => {
    expect(
      threats("Kazakhstan said the closure threatened the Trans-Afghan highway that Astana has championed."),
    ).toEqual([]);
    expect(threats("Kazakhstan said the closure threatened Afghan traders.")).toEqual([]);
    expect(threats("Ghana said the ban threatened the livelihoods of farmers in Togo.")).toEqual([]);
    expect(threats("Ghana said that these new tariffs threaten Togolese farmers.")).toEqual([]);
  });
  it("keeps a threat whose subject is a party", () => {
    expect(
      threats("Kazakhstan said the government in Tashkent threatened Kyrgyzstan with sanctions."),
    ).toContain("THREATENS country:kz>country:kg");
    expect(threats("Peru said the Bolivian army threatened Peruvian farmers near the border.")).not.toEqual(
      [],
    );
  });
  it("keeps a threat whose subject is a pronoun for the party", () => {
    expect(threats("Peru said it threatened Bolivia with sanctions over the canal.")).not.toEqual([]);
  });
});
