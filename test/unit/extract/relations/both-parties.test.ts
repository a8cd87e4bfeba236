// relations/both-parties.ts: a stance against "both governments" is against the two states acting together. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const stances = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "CRITICIZES" || r.kind === "ACCUSES")
    .map((r) => `${r.kind} ${r.sourceId} ${r.targetId}`);

describe("both parties", () => {
  it("reads 'accused both governments' as an accusation of the two states that agreed", () => {
    const rels = stances(
      "Italy and Libya agreed on Friday to stage joint patrols at sea. Human Rights Watch accused both governments of ignoring abuses. It said the patrols were “reckless.”",
    );
    expect(rels).toContain("ACCUSES org:human-rights-watch country:it");
    expect(rels).toContain("ACCUSES org:human-rights-watch country:ly");
    expect(rels).toContain("CRITICIZES org:human-rights-watch country:it");
    expect(rels).toContain("CRITICIZES org:human-rights-watch country:ly");
  });

  it("leaves 'both' alone when it is not the object of a stance", () => {
    expect(
      stances(
        "Italy and Libya agreed on Friday to stage joint patrols. Both governments said the deal was fair.",
      ),
    ).toEqual([]);
  });
});
