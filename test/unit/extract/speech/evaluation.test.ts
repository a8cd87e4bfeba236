// speech/evaluation.ts: whom criticism of an earlier act is directed at. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const criticism = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "CRITICIZES")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("criticism of an act whose author is unknown", () => {
  it("does not direct criticism of sanctions at the only party named, which is likely their target", () => {
    expect(
      criticism(
        "Peru said on Monday that a dozen Peruvian firms had been put on a sanctions list. Russia’s embassy in Lima called the sanctions “illegal and inhumane.”",
      ),
    ).toEqual([]);
  });

  it("still directs criticism of an act at its known author", () => {
    expect(
      criticism(
        "Chile imposed sanctions on Bolivia on Monday. Peru’s foreign ministry called the sanctions “illegal.”",
      ),
    ).toContain("org:pe:ministry-of-foreign-affairs country:cl");
  });
});
