// Posts at a body named again only by a noun or a pronoun (referred-posts.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

describe("referred posts", () => {
  it("ties 'a spokesperson for the bloc, X' to the latest bloc named, and lets X speak for it", () => {
    const x = extractBody(
      "Andean Community ministers met in Lima on Monday. A spokesperson for the bloc, Rosa Mamani, said the talks went well.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toEqual(["person:rosa-mamani>org:andean-community"]);
    expect(relationPairs(x, "SPEAKS_FOR")).toEqual(["person:rosa-mamani>org:andean-community"]);
  });
  it("replaces a state guessed for 'the bloc’s commission president, X'", () => {
    const x = extractBody(
      "Peru hosted an African Union summit on Monday. The bloc’s commission president, Amadou Keita, said Peru had been generous.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toEqual(["person:amadou-keita>org:african-union"]);
  });
  it("ties nobody who only criticises the bloc", () => {
    const x = extractBody(
      "Andean Community ministers met in Lima on Monday. A critic of the bloc, Rosa Mamani, said the talks failed.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH").filter((p) => p.endsWith("org:andean-community"))).toEqual([]);
  });
  it("ties 'X, the agency’s deputy director' to the agency named before", () => {
    const x = extractBody(
      "The World Food Programme (WFP) said rations in Chad would be cut. “We have no money left,” said Olga Brenner, the agency’s deputy director for the region.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toContain("person:olga-brenner>org:wfp");
  });
  it("ties 'the agency’s envoy for Asia, X' written before the name", () => {
    const x = extractBody(
      "The International Organization for Migration (IOM) warned of new arrivals in Bangladesh. The agency’s coordinator for Asia, Marta Quist, said camps were full.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toContain("person:marta-quist>org:iom");
  });
  it("reads a plural possessive as the body's own head word ('the Guards’ commander')", () => {
    const x = extractBody(
      "Iran’s Islamic Revolutionary Guard Corps (IRGC) seized a tanker on Monday. “Nobody enters our waters unasked,” the Guards’ navy commander, Rear Admiral Reza Tavakoli, said.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toContain(
      "person:reza-tavakoli>org:islamic-revolutionary-guard-corps",
    );
  });
  it("ties 'Its spokesman, X' to the ministry the previous sentence is about, not its state", () => {
    const x = extractBody(
      "Ghana’s defence ministry denied the report on Tuesday. Its spokesman, Kwame Asante, said no troops had crossed the border.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toEqual(["person:kwame-asante>org:gh:ministry-of-defense"]);
    expect(relationPairs(x, "SPEAKS_FOR")).toEqual(["person:kwame-asante>org:gh:ministry-of-defense"]);
  });
  it("ties 'Its chairman, X' to a named body the sentence before is about", () => {
    const x = extractBody(
      "The Caspian Shipowners Association said freight rates had doubled. Its chairman, Farid Aliyev, blamed the closure of the port.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toContain(
      "person:farid-aliyev>org:caspian-shipowners-association",
    );
  });
  it("leaves 'Its foreign minister, X' with a state to the state", () => {
    const x = extractBody(
      "Chile protested on Monday. Its foreign minister, Paula Soto, said the border had been violated.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toEqual(["person:paula-soto>country:cl"]);
  });
  it("does not tie a person to a body when the noun names none ('the country’s')", () => {
    const x = extractBody(
      "Peru’s trade ministry said exports had fallen. The country’s chief negotiator, Luis Vera, said talks would resume.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH").filter((p) => p.includes("ministry"))).toEqual([]);
  });
  it("reads past a hyphenated modifier to the body the sentence is about ('the Junta-run ministry')", () => {
    const x = extractBody(
      "Myanmar’s Tatmadaw-led interior ministry denied the claim on Friday. Its spokeswoman, Thida Aung, said no shots were fired.",
    );
    expect(relationPairs(x, "SPEAKS_FOR")).toEqual(["person:thida-aung>org:mm:ministry-of-interior"]);
  });
  it("prefers the body the text is about over a later body of the same kind", () => {
    const x = extractBody(
      "The World Health Organization, which advised Kenya’s Medical Research Agency during the outbreak, warned of new cases. The agency’s regional director, Anna Kovacs, said vaccines were short.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toContain("person:anna-kovacs>org:who");
  });
  it("takes the head noun of 'a former chief of the general staff'", () => {
    const x = extractBody(
      "Romania’s General Staff said drills would go ahead. Defence Minister Ion Radu, a former chief of the general staff, said the drills were routine.",
    );
    expect(relationPairs(x, "AFFILIATED_WITH")).toContain("person:ion-radu>org:ro:general-staff");
  });
});
