// Posts at a body named after a preposition next to the person's name (body-posts.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const affiliated = (body: string) => relationPairs(extractBody(body), "AFFILIATED_WITH");
const speaks = (body: string) => relationPairs(extractBody(body), "SPEAKS_FOR");

describe("body posts", () => {
  it("ties a spokesperson named after 'a spokesman for the <body>,' to that body", () => {
    const body =
      "Peru’s presidency rejected the report. “We will not be lectured,” a spokesman for the presidency, Ana Ruiz, said on Monday.";
    expect(affiliated(body)).toContain("person:ana-ruiz>org:pe:presidency");
    expect(speaks(body)).toContain("person:ana-ruiz>org:pe:presidency");
  });
  it("ties a person to a think tank named after the name ('NAME, an analyst at the …')", () => {
    expect(
      affiliated(
        "Luis Vega, a maritime security analyst at the Institute for Peace Studies in Lima, said the patrols would continue.",
      ),
    ).toContain("person:luis-vega>org:institute-for-peace-studies");
  });
  it("ties no one to a body they criticise, visit or are held by", () => {
    const critic =
      "Luis Vega, a fierce critic of the Institute for Peace Studies, said the patrols would continue.";
    expect(affiliated(critic)).not.toContain("person:luis-vega>org:institute-for-peace-studies");
    const guest = "Luis Vega, a guest of the Institute for Peace Studies, said the patrols would continue.";
    expect(affiliated(guest)).not.toContain("person:luis-vega>org:institute-for-peace-studies");
  });
});

describe("body posts past an abbreviation and a rank", () => {
  const body =
    "KAMPALA, Feb. 8 — In Juba, the spokesman for the Nile Valley Defence Forces (NVDF), Major General Deng Akol Mabior, rejected the account.";
  it("ties 'the spokesman for the X (ABBR), Major General NAME' to X alone", () => {
    expect(speaks(body)).toEqual(["person:deng-akol-mabior>org:nile-valley-defence-forces"]);
    expect(affiliated(body).filter((p) => p.startsWith("person:deng-akol-mabior>"))).toEqual([
      "person:deng-akol-mabior>org:nile-valley-defence-forces",
    ]);
  });
});
