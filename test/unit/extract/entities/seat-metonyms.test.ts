// A body's seat city stands for the body where the body is named ("Brussels" for the EU); without
// the body named it stays its state's capital.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const ids = (body: string) =>
  extractBody(body)
    .actors.map((a) => a.id)
    .sort();

describe("seat metonyms", () => {
  it("reads Brussels as the EU in a story that names the EU", () => {
    const x = extractBody(
      "The European Union said it would study the duties. A spokeswoman, Ilse Maren, said Brussels was ready to talk.",
    );
    expect(x.actors.map((a) => a.id)).not.toContain("country:be");
    expect(x.actors.find((a) => a.id === "org:eu")?.aliases).toContain("Brussels");
  });

  it("reads Brussels as the EU when only an organ of it is named ('European Commission')", () => {
    expect(ids("A European Commission spokesman said Brussels expected all members to comply.")).toEqual([
      "org:eu",
      "org:european-commission",
    ]);
  });

  it("keeps Brussels as Belgium's capital when no seated body is named", () => {
    expect(ids("Brussels summoned the Dutch ambassador on Monday.")).toContain("country:be");
  });

  it("leaves other capitals alone in a story that names the EU", () => {
    expect(ids("The EU said Paris had agreed.")).toEqual(["country:fr", "org:eu"]);
  });
});
