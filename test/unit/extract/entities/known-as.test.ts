// Names introduced with "known as" are aliases of the organisation they follow (known-as.ts).
import { describe, expect, it } from "vitest";
import { aliases, extractBody } from "../helpers.ts";

describe("names introduced with 'known as'", () => {
  it("makes the name after a named body an alias, and a later use a mention of it", () => {
    const body =
      "Kenya’s Coast Guard Service, known locally as Kelinda, seized a dhow on Monday. Kelinda said the crew had fled.";
    expect(aliases(body, "org:ke:coast-guard")).toContain("Kelinda");
    expect(extractBody(body).statements.map((s) => s.speakerId)).toContain("org:ke:coast-guard");
  });
  it("resolves 'The agency, known as X,' to the latest agency named", () => {
    const body =
      "Peru’s National Water Authority cut supplies on Monday.\n\nThe authority, known as Anara, said reservoirs were at a third of capacity.";
    expect(aliases(body, "org:pe:national-water-authority")).toContain("Anara");
  });
  it("gives no earlier organisation the name when none fits the definite noun", () => {
    // The gang itself is a new group (introduced-groups.ts), not an alias of anything named before.
    const body = "The Customs Agency met. The gang, known as Los Halcones, moved cocaine through the port.";
    expect(
      extractBody(body)
        .actors.map((a) => a.id)
        .filter((id) => id.includes("halcones") || id.includes("customs")),
    ).toEqual(["org:customs-agency", "org:los-halcones"]);
  });
});
