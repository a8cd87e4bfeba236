// relations/aid-donors.ts: a donor state cooperates with the state its aid goes to. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

const cooperating = (body: string) => rels(extractBody(body), "COOPERATES_WITH");

describe("aid given", () => {
  it("reads a pledge of aid told in the opening to a named state", () => {
    expect(
      cooperating("Japan on Monday pledged $50 million in humanitarian aid to Bangladesh after the floods."),
    ).toContain("country:jp>country:bd");
  });
  it("gives aid that names no recipient to the state the story's relief goes to", () => {
    const found = cooperating(
      "Turkey on Monday sent 30 tonnes of humanitarian aid to Pakistan. Germany delivered water purification units to Pakistan on Tuesday. Qatar on Wednesday pledged $10 million in humanitarian assistance for the survivors.",
    );
    expect(found).toEqual(
      expect.arrayContaining(["country:tr>country:pk", "country:de>country:pk", "country:qa>country:pk"]),
    );
  });
  it("leaves aid told in passing as background alone", () => {
    const found = cooperating(
      "Chile and Peru agreed on Monday to hold joint naval patrols. The two navies will meet in Arica next month. Officials said the talks went well. Sweden supplied Peru with two aircraft in April.",
    );
    expect(found).not.toContain("country:se>country:pe");
  });
  it("does not take a state named in another clause as the recipient", () => {
    const found = cooperating(
      "A patrol boat donated by Japan intercepted the trawler after an Australian aircraft spotted it.",
    );
    expect(found).not.toContain("country:jp>country:au");
  });
  it("reads no cooperation from aid only one side claims was sent", () => {
    const found = cooperating(
      "Nigeria accused Beninese traders of relabelling rice and sending it across the border as aid to Niger.",
    );
    expect(found).not.toContain("country:bj>country:ne");
  });
});
