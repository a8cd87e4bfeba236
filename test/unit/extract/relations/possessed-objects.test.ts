// relations/possessed-objects.ts: criticism of "the <body>’s …" is directed at that body. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const criticism = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "CRITICIZES")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("criticism of what a body does", () => {
  it("directs 'criticised the commission’s reliance on American advice' at the commission", () => {
    const found = criticism(
      "The European Commission proposed new tariffs on Chinese steel on Monday. Chinese foreign ministry spokesman Li Wei criticised the commission’s reliance on American advice.",
    );
    expect(found).toContain("country:cn org:european-commission");
    expect(found).not.toContain("country:cn country:us");
  });

  it("leaves the target alone when no body of the article has that head noun", () => {
    const found = criticism(
      "The European Commission proposed new tariffs on Chinese steel on Monday. Chinese foreign ministry spokesman Li Wei criticised the senator’s reliance on American advice.",
    );
    expect(found).not.toContain("country:cn org:european-commission");
  });

  it("never directs it at a body of the speaker's own state", () => {
    const found = criticism(
      "Chinese foreign ministry spokesman Li Wei criticised the ministry’s reliance on American advice.",
    );
    expect(found.some((r) => r.endsWith("org:cn:ministry-of-foreign-affairs"))).toBe(false);
  });
});
