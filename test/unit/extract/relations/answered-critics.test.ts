// relations/answered-critics.ts: rejecting, in evaluating words, what the other side just said criticises
// that side. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

const criticises = (body: string) => rels(extractBody(body), "CRITICIZES");

describe("rejections answering the other side's words", () => {
  it("reads 'dismissed the criticism as “…”' against the side that just criticised", () => {
    const found = criticises(
      "China’s foreign ministry spokesman Lin Hao said Australia should “stop meddling in the Pacific.” Australian Defence Minister Claire Whitlock dismissed the criticism as “a tired line from a country that builds outposts on reefs.”",
    );
    expect(found).toContain("person:claire-whitlock>country:cn");
    expect(found).toContain("country:au>country:cn");
  });
  it("reads 'rejected the remark as “absurd”'", () => {
    expect(
      criticises(
        "The Chilean embassy criticised Peru’s deal with Bolivia as a step towards war. Peru’s foreign ministry rejected the remark as “absurd.”",
      ),
    ).toContain("country:pe>country:cl");
  });
  it("reads 'dismissed the report as inaccurate' against the side whose outlet reported", () => {
    expect(
      criticises(
        "Syria’s foreign ministry said on Monday that a Jordanian drone had struck a farmhouse near the border. Jordan’s foreign ministry dismissed the report as “inaccurate and unverified.”",
      ),
    ).toContain("country:jo>country:sy");
  });
  it("reads 'rejected the comments, calling them baseless'", () => {
    expect(
      criticises(
        "Ghana’s trade minister Kofi Mensah said Togo was stealing Ghanaian customers. Togo rejected the comments, calling them baseless.",
      ),
    ).toContain("country:tg>country:gh");
  });
  it("needs evaluating words: a plain rejection criticises nobody", () => {
    expect(
      criticises(
        "Ghana’s trade minister Kofi Mensah said Togo should lower its port fees. Togo rejected the proposal on Tuesday.",
      ),
    ).not.toContain("country:tg>country:gh");
  });
  it("needs the other side's words close before it", () => {
    expect(
      criticises(
        "Ghana’s trade minister Kofi Mensah said Togo should lower its port fees. The port handled record volumes last year. Its new terminal opened in March. Traders welcomed the change. Togo’s ministry dismissed the criticism as “a smear.”",
      ),
    ).not.toContain("country:tg>country:gh");
  });
  it("does not answer the speaker's own side", () => {
    expect(
      criticises(
        "Togo’s opposition leader Jean Agbo said the port fees were too high. Togo’s ministry dismissed the criticism as “a smear.”",
      ),
    ).toEqual([]);
  });
});

describe("what the rejection answers", () => {
  it("needs the answered words to be critical or about the rejecting side", () => {
    expect(
      criticises(
        "The Chilean embassy said the harvest had been good this year. Peru’s foreign ministry rejected the remark as “absurd.”",
      ),
    ).not.toContain("country:pe>country:cl");
  });
  it("answers critical words even when they name no target", () => {
    expect(
      criticises(
        "The Chilean embassy criticised the pact, calling it “a step towards war.” Peru’s foreign ministry rejected the remark as “absurd.”",
      ),
    ).toContain("country:pe>country:cl");
  });
});

describe("several critics", () => {
  it("answers the one critic of the speaker's side", () => {
    expect(
      criticises(
        "Mali’s military government closed the border on Monday. Ghana accused the junta of arming rebels in the north. Mali’s foreign ministry dismissed the criticism as “one-sided.”",
      ),
    ).toContain("country:ml>country:gh");
  });
  it("leaves 'the criticism' open when two sides criticised", () => {
    const found = criticises(
      "Ghana criticised Mali for arming rebels in the north. Togo criticised Mali for the border closure. Mali’s foreign ministry dismissed the criticism as “one-sided.”",
    );
    expect(found).not.toContain("country:ml>country:gh");
    expect(found).not.toContain("country:ml>country:tg");
  });
});

describe("what the other side said, said to be something condemning", () => {
  it("reads 'said the accusations were “an attempt to …”' against the accuser, a body of no state too", () => {
    const found = criticises(
      "The European Union accused Belarus of flying migrants to the border. The Belarusian foreign ministry said the accusations were “an attempt to hide the failure of Europe’s own migration policy.”",
    );
    expect(found).toContain("org:by:ministry-of-foreign-affairs>org:eu");
    expect(found).toContain("country:by>org:eu");
  });
  it("reads 'said the claim was “a diversion”'", () => {
    expect(
      criticises(
        "Sierra Leone accused Guinea of sheltering the plotters. Guinea’s spokesman, Ousmane Diallo, said the claim was “a diversion” from the fraud complaints.",
      ),
    ).toContain("country:gn>country:sl");
  });
  it("leaves a neutral word about the claims alone", () => {
    expect(
      criticises(
        "Sierra Leone said Guinea had closed the border. Guinea’s spokesman, Ousmane Diallo, said the claims were made on Monday.",
      ),
    ).toEqual([]);
  });
});
