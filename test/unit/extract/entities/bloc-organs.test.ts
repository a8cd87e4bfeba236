// An international body's organ written in lower case after its name (bloc-organs.ts), on made-up text.
import { describe, expect, it } from "vitest";
import { actorIds, saidPairs } from "../helpers.ts";

describe("'<bloc> secretariat|commission' in lower case", () => {
  it.each([["The ECOWAS commission said the observers had left.", "org:ecowas-commission"]])(
    "is the organ, the same id as its capitalised name, and speaks (%s)",
    (body, id) => {
      expect(actorIds(body)).toContain(id);
      expect(saidPairs(body)).toEqual([[id, "the observers had left"]]);
    },
  );

  it.each([
    ["A spokesman for the ASEAN secretariat in Jakarta said the observers had left.", "org:asean"],
    ["The SADC secretariat said the observers had left.", "org:sadc"],
    ["On Monday the CARICOM secretariat said the observers had left.", "org:caricom"],
    ["In a letter, the ECOWAS secretariat said the observers had left.", "org:ecowas"],
  ])("reads a bloc's secretariat as the bloc speaking (%s)", (body, id) => {
    expect(actorIds(body).filter((a) => a.includes("secretariat"))).toEqual([]);
    expect(saidPairs(body)).toEqual([[id, "the observers had left"]]);
  });

  it("keeps the bloc itself when no organ follows", () => {
    expect(saidPairs("ASEAN said the observers had left.")).toEqual([
      ["org:asean", "the observers had left"],
    ]);
  });

  it("leaves a national body's commission to the national readers", () => {
    expect(actorIds("Kenya’s electoral commission said the count was over.")).not.toContain(
      "org:ke-electoral-commission",
    );
  });
});
