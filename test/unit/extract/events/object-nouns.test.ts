// Tests of src/extract/events/object-nouns.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { objectForms, pluralOf } from "../../../../src/extract/events/object-nouns.ts";
import { extractBody, summary } from "../helpers.ts";

describe("object nouns in the plural", () => {
  it("makes regular plurals and maps them back", () => {
    expect(pluralOf("treaty")).toBe("treaties");
    expect(pluralOf("border crossing")).toBe("border crossings");
    expect(pluralOf("embassy")).toBe("embassies");
    expect(pluralOf("ports")).toBeUndefined();
    const forms = objectForms(["pact", "treaty"]);
    expect(forms.listed.get("pacts")).toBe("pact");
    expect(forms.listed.get("treaties")).toBe("treaty");
  });

  it("reads a signing of several agreements as one signing", () => {
    const x = extractBody(
      "Peru and Chile signed four trade agreements on Monday. The agreements, signed in Lima by the two ministers, cover fishing.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["agreement 057 [2023-05-01]"]);
  });
});
