// Tests of src/extract/entities/camel-case-orgs.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { ids } from "../helpers.ts";

describe("one-word company names with an inner capital", () => {
  it("reads 'PetroVolga said' as an organisation, never a person", () => {
    expect(ids("PetroVolga said its tankers were safe.")).toEqual(["org:petrovolga"]);
  });

  it("leaves surname prefixes and platforms alone (negative cases)", () => {
    expect(ids("Senator Anne McCarthy spoke.")).not.toContain("org:mccarthy");
    expect(ids("The ministry said on WhatsApp that it knew nothing.")).toEqual([]);
  });
});
