// relations/group-references.ts: "accused the group of …" is against the body last described as a group. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const accusations = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "ACCUSES")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("stances against 'the group'", () => {
  it("directs 'accused the group of …' at the armed group named before", () => {
    expect(
      accusations(
        "Clashes erupted on Monday near the border between Syria’s army and the Kurdistan Workers’ Party (PKK). Syria’s defence ministry accused the group of smuggling weapons.",
      ),
    ).toContain("country:sy org:pkk");
  });

  it("does not read a noun the body was never described by as that body", () => {
    expect(
      accusations(
        "Clashes erupted on Monday near the border between Syria’s army and the Kurdistan Workers’ Party (PKK). Syria’s defence ministry accused the movement of smuggling weapons.",
      ),
    ).not.toContain("country:sy org:pkk");
  });
});
