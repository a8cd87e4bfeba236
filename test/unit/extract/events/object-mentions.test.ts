// Tests of src/extract/events/object-mentions.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("event nouns that are a verb's object", () => {
  it("reads a delivery of food aid as one act, not two", () => {
    expect(kinds("Peru shipped 500 tonnes of food aid to Bolivia on Tuesday.")).toEqual([
      "aid 070 2022-06-07",
    ]);
    expect(kinds("Peru sent humanitarian aid to Bolivia on Tuesday.")).toEqual(["aid 070 2022-06-07"]);
  });

  it("keeps an aid noun of its own in another sentence", () => {
    expect(
      kinds("Peru shipped food to Bolivia on Tuesday. Chile pledged $10 million in aid on Wednesday."),
    ).toEqual(["aid 070 2022-06-07", "aid 033 2022-06-08"]);
  });
});

describe("event nouns that are the object of a verb of another type", () => {
  it("reads a signed partnership as an agreement only", () => {
    expect(kinds("Peru and Chile signed a partnership on energy in Lima on Tuesday.")).toEqual([
      "agreement 057 2022-06-07",
    ]);
  });

  it("reads a lifted blockade as easing only, not as a new blockade", () => {
    expect(kinds("Peru lifted its blockade of Chilean ports on Tuesday.")).toEqual([
      "sanctions-eased 085 2022-06-07",
    ]);
  });

  it("keeps a partnership noun that no verb acts on", () => {
    expect(kinds("Peru and Chile launched an energy partnership in Lima on Tuesday.")).toEqual([
      "cooperation 061 2022-06-07",
    ]);
  });
});
