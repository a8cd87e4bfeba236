// Tests of src/extract/events/custody-transfers.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("people held handed to the prosecution or a court", () => {
  it("is no release", () => {
    expect(
      kinds("The navy said the crews would be handed over to the Public Prosecutor’s Office in Callao."),
    ).toEqual([]);
    expect(kinds("Police handed the two suspects over to prosecutors in Arica.")).toEqual([]);
    expect(kinds("Peru handed over the two suspects to a court in Lima, officials said.")).toEqual([]);
  });

  it("keeps a handover to another state and a release", () => {
    expect(kinds("Peru handed over the two fishermen to Bolivia on Tuesday.")).toEqual([
      "release 084 2022-06-07",
    ]);
    expect(kinds("Chile released the 12 fishermen on Tuesday.")).toEqual(["release 084 2022-06-07"]);
  });
});
