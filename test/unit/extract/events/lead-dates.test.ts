// The sentence after a dated lead tells the lead's act in detail. Made-up text only.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

const of = (type: string, body: string) => kinds(body).filter((k) => k.startsWith(type));

describe("an undated act of the sentence after a dated lead takes the lead's day", () => {
  it("a signing told after the agreeing", () => {
    expect(
      of(
        "agreement",
        "Peru and Ecuador agreed on Tuesday to set up a joint river commission. The two foreign ministers signed a memorandum of understanding in Lima after a day of talks.",
      ),
    ).toEqual(["agreement 057 2022-06-07"]);
    expect(
      of(
        "agreement",
        "Chile and Bolivia agreed on Monday to hold joint patrols on their border. The ministers of the two countries, Chile’s Ana Soto and Bolivia’s Luis Paz, signed a protocol in Arica.",
      ),
    ).toEqual(["agreement 057 2022-06-06"]);
  });

  it("the talks it was done after, through the dated signing", () => {
    expect(
      of(
        "meeting",
        "Ghana and Togo agreed on Wednesday to resume joint patrols on their border. The foreign ministers of the two countries, Ghana’s Kofi Mensah and Togo’s Komi Ayi, signed a memorandum of understanding in Accra after three hours of talks.",
      ),
    ).toContain("meeting 040 2022-06-08");
  });

  it("a lead dated by the report of a plan", () => {
    expect(
      of(
        "agreement",
        "Benin and Niger agreed on Thursday to run joint patrols from next month. The two interior ministers signed an accord in Cotonou that also sets up a hotline.",
      ),
    ).toEqual(["agreement 057 2022-06-09"]);
  });

  it("not a backstory told in the past perfect, dated, told apart or done by others", () => {
    const lead = "Peru and Ecuador agreed on Tuesday to set up a joint river commission. ";
    expect(of("agreement", `${lead}The two countries had signed a border treaty in Brasilia.`)).not.toContain(
      "agreement 057 2022-06-07",
    );
    expect(of("agreement", `${lead}The two countries signed a border treaty in 1998.`)).toEqual([
      "agreement 057 1998",
    ]);
    expect(
      of("agreement", `${lead}In a separate move, the two countries signed a fisheries accord.`),
    ).not.toContain("agreement 057 2022-06-07");
    expect(of("agreement", `${lead}Brazil and Bolivia signed a gas accord in La Paz.`)).not.toContain(
      "agreement 057 2022-06-07",
    );
  });

  it("not an act of force, left to the incident steps", () => {
    expect(
      of(
        "military-attack",
        "Mali protested to Niger on Tuesday. Nigerien troops shelled a village near the border.",
      ),
    ).not.toContain("military-attack 190 2022-06-07");
  });
});

describe("an act with a relative time of its own", () => {
  it("keeps off the lead's day", () => {
    expect(
      of(
        "release",
        "Gendarmes arrested 11 suspects at a checkpoint on Tuesday. Eight of the men were later released without charge.",
      ),
    ).not.toContain("release 084 2022-06-07");
  });
});
