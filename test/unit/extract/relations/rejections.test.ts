// relations/rejections.ts: re-describing or condemning an accusation criticises its owner. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const rels = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "CRITICIZES" || r.kind === "ACCUSES")
    .map((r) => `${r.kind} ${r.sourceId} ${r.targetId}`);

describe("evaluated accusations", () => {
  it("criticises the owner named in 'dismissed the Peruvian account as “…”'", () => {
    expect(rels("Ecuador’s foreign ministry dismissed the Peruvian account as “not what happened.”")).toEqual(
      ["CRITICIZES org:ec:ministry-of-foreign-affairs country:pe", "CRITICIZES country:ec country:pe"],
    );
  });

  it("criticises the owner in 'described Bolivia’s objections as “…”'", () => {
    expect(rels("Chile described Bolivia’s objections as “theatre for a domestic audience.”")).toEqual([
      "CRITICIZES country:cl country:bo",
    ]);
  });

  it("finds the accuser of 'called the accusations “…”' when the object names nobody", () => {
    expect(
      rels(
        "Paraguay accused Uruguay of harbouring arms dealers. Uruguay’s embassy called the accusations “a show for the cameras.”",
      ),
    ).toContain("CRITICIZES org:uy:embassy country:py");
  });

  it("criticises what a rejection in condemning words names", () => {
    expect(rels("Kenya rejected a ruling by the African Union, calling the decision “biased.”")).toEqual([
      "CRITICIZES country:ke org:african-union",
    ]);
  });

  it("does not read praise of a deal or a plain rejection as criticism", () => {
    expect(rels("Chile described the Bolivian deal as “a model for the region.”")).toEqual([]);
    expect(rels("Peru rejected the Bolivian proposal on Tuesday.")).toEqual([]);
  });
});

describe("stance events", () => {
  it("criticises the state a protest is lodged with, and an embassy's state rather than the embassy", () => {
    expect(rels("Chile’s foreign ministry said it had lodged a protest with Lima.")).toContain(
      "CRITICIZES org:cl:ministry-of-foreign-affairs country:pe",
    );
    const handed = rels("Ecuador handed a protest note to the Peruvian embassy on Monday.");
    expect(handed).toContain("CRITICIZES country:ec country:pe");
    expect(handed).not.toContain("CRITICIZES country:ec org:pe:embassy");
  });
});

describe("a rejection of an accusation whose target is read late", () => {
  const criticises = (body: string) =>
    extractBody(body)
      .relations.filter((r) => r.kind === "CRITICIZES")
      .map((r) => `${r.sourceId}>${r.targetId}`);
  it("criticises the accuser of 'the junta' once the junta is read as its state", () => {
    expect(
      criticises(
        "Mali’s military government closed the border on Monday. Ghana accused the junta of arming rebels in the north. Mali’s foreign ministry dismissed the accusations as “baseless lies.”",
      ),
    ).toContain("country:ml>country:gh");
  });
  it("leaves 'the criticism' of several critics unanswered (answered-critics.ts answers one critic)", () => {
    expect(
      criticises(
        "Mali’s military government closed the border on Monday. Ghana accused the junta of arming rebels in the north, and Togo criticised Mali for the closure. Mali’s foreign ministry dismissed the criticism as “one-sided.”",
      ),
    ).not.toContain("country:ml>country:gh");
  });
});

describe("rejections of clause accusations", () => {
  it("criticises the state whose clause accused the speaker's state", () => {
    const x = extractBody(
      "Peru accused Bolivia of stealing water, the foreign ministry said. Bolivia’s foreign minister, Marco Quispe, dismissed the accusations as “fabrications”.",
    );
    expect(stancePairs(x)).toContain("CRITICIZES person:marco-quispe>country:pe");
  });
  it("names no accuser when nobody accused the speaker's state", () => {
    const x = extractBody(
      "Peru castigated Chile on Monday. Bolivia’s foreign minister, Marco Quispe, dismissed the accusations as “fabrications”.",
    );
    expect(stancePairs(x).filter((p) => p.startsWith("CRITICIZES person:marco-quispe"))).toEqual([]);
  });
});

describe("rejections of accusations", () => {
  it("directs a rejection calling the claims baseless at the accusing state", () => {
    expect(
      rels(
        "Ecuador’s defence ministry accused Peru of shielding smugglers. Peru rejected the accusation, calling the claims “a fabrication and absurd.”",
      ),
    ).toEqual([
      "ACCUSES org:ec:ministry-of-defense country:pe",
      "ACCUSES country:ec country:pe",
      "CRITICIZES country:pe country:ec",
    ]);
  });

  it("reads an accusation reported after the rejection too", () => {
    expect(
      rels(
        "Uruguay dismissed the allegations as “a smear.” On Monday, Paraguay had accused Uruguay of harbouring arms dealers.",
      ),
    ).toContain("CRITICIZES country:uy country:py");
  });

  it("leaves a rejection without condemning words and one with no accuser alone", () => {
    expect(rels("Peru rejected the complaint. Bolivia dismissed the report as “baseless.”")).toEqual([]);
  });
});

describe("wider rejections and evaluations", () => {
  const crit = (body: string) =>
    extractBody(body)
      .relations.filter((r) => r.kind === "CRITICIZES")
      .map((r) => `${r.sourceId}>${r.targetId}`);
  it("reads 'rejected what it called Chilean hype' as criticism of the state named", () => {
    expect(crit("Peru’s foreign ministry rejected what it called Chilean hype.")).toContain(
      "country:pe>country:cl",
    );
  });
  it("reads an accusation judged 'ridiculous' or 'pure fiction' as criticism of the accuser", () => {
    expect(crit("Chile accused Peru of spying. Peru said the accusation was “ridiculous.”")).toContain(
      "country:pe>country:cl",
    );
    expect(
      crit("Chile accused Peru of spying. Peru said the claims were “pure fiction” and “an insult”."),
    ).toContain("country:pe>country:cl");
  });
  it("reads no criticism from a plain rejection or an evaluation of no party's act", () => {
    expect(crit("Peru rejected the Chilean proposal for talks.")).toEqual([]);
    expect(crit("Peru said the weather was unfair to farmers.")).toEqual([]);
  });
});

describe("rejections of an accusation against one of the speaker's state bodies", () => {
  it("finds the accuser when the accusation named the speaker's army, not its state", () => {
    expect(
      rels(
        "Estonia accused Latvia’s army of flying drones over its border posts. Latvia’s foreign ministry rejected the accusation as “a crude fabrication.”",
      ),
    ).toContain("CRITICIZES org:lv:ministry-of-foreign-affairs country:ee");
  });
  it("reads 'dismissed the charges as …' after an accusation against the speaker's police", () => {
    expect(
      rels(
        "Ghana accused Togo’s police of beating Ghanaian traders at the border. Togo’s interior ministry dismissed the charges as “baseless.”",
      ),
    ).toContain("CRITICIZES country:tg country:gh");
  });
  it("still finds no accuser when the accusation was against a third state's body", () => {
    expect(
      rels(
        "Ghana accused Benin’s police of beating Ghanaian traders at the border. Togo’s interior ministry dismissed the charges as “baseless.”",
      ),
    ).not.toContain("CRITICIZES country:tg country:gh");
  });
});

describe("rejected protests", () => {
  it("reads dismissing another state's protest note in evaluating words as criticism of that state", () => {
    const found = rels(
      "Peru lodged a protest with Chile on Monday over the arrest of six fishermen. Chile’s interior ministry dismissed the Peruvian note as “an attempt to rewrite the border”.",
    );
    expect(found).toContain("CRITICIZES org:cl:ministry-of-interior country:pe");
    expect(found).toContain("CRITICIZES country:cl country:pe");
  });
  it("reads describing a protest as an evaluation, with the owner named as a demonym", () => {
    const found = rels(
      "Chile’s navy spokesman, Jorge Soto, described the Peruvian protest as “an attempt to dress up poaching as a grievance”.",
    );
    expect(found).toContain("CRITICIZES person:jorge-soto country:pe");
  });
  it("criticises nobody when the note names no owner and nobody protested", () => {
    const found = rels(
      "Chile’s interior ministry dismissed the note as “an attempt to rewrite the border” on Monday.",
    );
    expect(found).toEqual([]);
  });
});
