// Tests of src/extract/speech/colon-frame.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { saidWithVerb, speakerTexts } from "../helpers.ts";

describe("a quotation after a name and a colon", () => {
  it("credits the named speaker ('Role Name: “…”')", () => {
    expect(saidWithVerb("Transport Minister Lea Vidmar: “The ferry will run all winter.”")).toEqual([
      "person:lea-vidmar|said|010|The ferry will run all winter.",
    ]);
  });

  it("credits a body ('The ministry of X: “…”' with the body named)", () => {
    expect(
      saidWithVerb("Slovenia’s transport ministry: “Fares will fall.”").map((x) => x.split("|")[0]),
    ).toEqual(["org:si:ministry-of-transport"]);
  });

  it("does not read a colon after a clause as a frame ('The ferry carried Slovenia: “…”')", () => {
    expect(saidWithVerb("The ferry carried a banner from Slovenia: “Open the port.”")).toEqual([]);
  });
});

describe("quote boundaries", () => {
  it("keeps the hearer out of a colon frame ('told reporters: “…”')", () => {
    expect(speakerTexts("Spokeswoman Amina Said told reporters: “We are studying the note.”")).toEqual([
      "person:amina-said|We are studying the note.",
    ]);
  });
});
