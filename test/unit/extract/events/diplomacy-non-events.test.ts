// Tests of src/extract/events/diplomacy-non-events.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("wire constructions", () => {
  it("does not read a recall for consultations as a meeting", () => {
    expect(kinds("Peru recalled its ambassador to Chile for consultations on Tuesday.")).toEqual([
      "envoy-recalled 161 2022-06-07",
    ]);
  });
});
