// A state's stance against another state's national body reaches that state too (body-target-states.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

const accuses = (body: string) => rels(extractBody(body), "ACCUSES");

describe("body target states", () => {
  it("adds the body's state when a state accuses another state's soldiers", () => {
    const found = accuses(
      "LIMA, July 9 (Andina) — Peru on Friday accused Chilean soldiers of firing on two fishing boats near the maritime border.",
    );
    expect(found).toContain("country:pe>country:cl");
  });
  it("adds the body's state when a state accuses another state's intelligence service", () => {
    const found = accuses("Ghana accused Togo’s intelligence service on Monday of funding a smuggling ring.");
    expect(found).toContain("country:gh>country:tg");
  });
  it("leaves a ministry's or a person's stance against the body alone", () => {
    const found = accuses(
      "Peru’s foreign ministry accused Chilean soldiers of firing on two fishing boats near the border.",
    );
    expect(found).not.toContain("org:pe:ministry-of-foreign-affairs>country:cl");
  });
  it("adds nothing against the state's own bodies", () => {
    expect(accuses("Peru accused its own navy of hiding the losses.")).not.toContain("country:pe>country:pe");
  });
});
