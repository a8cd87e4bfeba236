// Tests of src/extract/events/phone-calls.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("a phone call told with the other party before the means", () => {
  it.each([
    "Kenya's president spoke with his Ugandan counterpart by telephone on Monday.",
    "Kenya's foreign minister talked to Uganda's foreign minister over the phone on Monday.",
    "Kenya's president spoke with Uganda's president Yoweri Museveni by video link on Monday.",
  ])("reads %j as a phone call", (body) => {
    expect(kinds(body)).toEqual(["meeting 041 2022-06-06"]);
  });

  it("reads the participle of a call told in the past perfect", () => {
    expect(
      kinds("Kenya's foreign minister said on Monday she had spoken with Uganda's envoy by telephone."),
    ).toContain("meeting 041 ");
    expect(kinds("Kenya's foreign minister said she had spoken by phone with Uganda's envoy.")).toContain(
      "meeting 041 ",
    );
  });

  it("not when a clause break or a long stretch stands between the verb and the means", () => {
    expect(kinds("Kenya's president spoke with Uganda's envoy, who had called by phone on Monday.")).toEqual(
      [],
    );
    expect(
      kinds(
        "Kenya's president spoke with reporters in Nairobi about the long dispute over the water of the lake with Uganda by telephone.",
      ),
    ).toEqual([]);
  });
});
