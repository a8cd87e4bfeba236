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

describe("an act told twice", () => {
  it("directs criticism of the act at every state of its fuller telling", () => {
    const found = criticism(
      "Kenyan and Ugandan troops will hold their largest joint exercise next month, the two governments said on Monday. About 900 members of the Kenya Defence Forces will join Ugandan soldiers for two weeks of drills in Turkana starting on July 4, the army said. A spokesman for Tanzania’s defence ministry called the exercise “a provocation.”",
    );
    expect(found).toContain("country:tz country:ke");
    expect(found).toContain("country:tz country:ug");
  });

  it("does not merge an earlier act whose states do not include the later one's", () => {
    const found = criticism(
      "Ugandan and Rwandan troops held a joint exercise in March, the two governments said on Monday. About 900 members of the Kenya Defence Forces will join Tanzanian soldiers for two weeks of drills in Turkana starting on July 4, the army said. A spokesman for Burundi’s defence ministry called the exercise “a provocation.”",
    );
    expect(found).toContain("country:bi country:ke");
    expect(found).not.toContain("country:bi country:ug");
  });
});
