// A proper-named state body glossed by its country and kind in apposition (made-up bodies).
import { describe, expect, it } from "vitest";
import { entityDoc, extractBody } from "../helpers.ts";

const actor = (body: string, id: string) => entityDoc(body).actors.get(id);

describe("glossed state bodies", () => {
  it("makes 'the Directorate of Coastal Intelligence (DCI), Peru’s main spy agency' Peru’s intelligence", () => {
    const body =
      "The Directorate of Coastal Intelligence (DCI), Peru’s main spy agency, had warned of it. The DCI said so.";
    const doc = entityDoc(body);
    expect([...doc.actors.keys()]).not.toContain("org:directorate-of-coastal-intelligence");
    expect(actor(body, "org:pe:intelligence")?.aliases).toEqual(
      expect.arrayContaining(["Directorate of Coastal Intelligence", "DCI"]),
    );
  });

  it("reads the gloss first too ('Chile’s intelligence service, the Office of Andean Security')", () => {
    const body = "Chile’s intelligence service, the Office of Andean Security, said it had evidence.";
    expect(actor(body, "org:cl:intelligence")?.aliases).toContain("Office of Andean Security");
  });

  it("keeps a name opening with another country apart from the body before the comma", () => {
    const ids = (body: string) => [...entityDoc(body).actors.keys()];
    expect(
      ids("A clerk spied for Chinese intelligence, the Dutch General Intelligence Service said."),
    ).toEqual(expect.arrayContaining(["org:cn:intelligence", "org:nl:intelligence"]));
    expect(
      ids("Two men worked for Iranian intelligence, the Swedish Security Service told reporters on Monday."),
    ).toEqual(expect.arrayContaining(["org:ir:intelligence", "org:se:intelligence"]));
    expect(
      ids("He had passed files to Russian military intelligence, Romania’s Intelligence Service said."),
    ).toEqual(expect.arrayContaining(["org:ru:intelligence", "org:ro:intelligence"]));
    expect(
      ids("Officers watched the Belarusian embassy, the Lithuanian State Security Department said."),
    ).toEqual(expect.arrayContaining(["org:by:embassy", "org:lt:intelligence"]));
  });

  it("leaves a body glossed by a phrase that is no national kind alone", () => {
    const body = "The Frontier Rangers Corps, the paramilitary force that guards the border, said so.";
    expect([...entityDoc(body).actors.keys()]).toEqual(["org:frontier-rangers-corps"]);
  });
});

describe("a name followed by a known body's acronym", () => {
  it("makes 'National Liberation Army (ELN)' the known ELN", () => {
    const doc = entityDoc("The National Liberation Army (ELN) denied it.");
    expect([...doc.actors.keys()]).toEqual(["org:eln"]);
    expect(doc.actors.get("org:eln")?.aliases).toContain("National Liberation Army");
  });
});

describe("a name glossed by 'which serves as the country’s <body>'", () => {
  it.each([
    "Uruguay protested. The Chilean Naval Prefecture (CNP), which serves as the country’s coast guard, said it had stopped the barges.",
    "Uruguay protested. The Chilean Maritime Gendarmerie, which acts as the country’s coast guard, said it had stopped the barges.",
  ])("is that body (%s)", (body) => {
    const x = extractBody(body);
    expect(x.actors.map((a) => a.id)).toContain("org:cl:coast-guard");
    expect(x.statements.map((s) => s.speakerId)).toEqual(["org:cl:coast-guard"]);
  });
});

describe("security-force name heads", () => {
  it.each([
    ["The Chilean Naval Prefecture said it had stopped the barges.", "org:cl:naval-prefecture"],
    ["The Royal Tonga Constabulary said it had stopped the barges.", "org:royal-tonga-constabulary"],
  ])("make '%s' an organisation, never a person", (body, id) => {
    const ids = extractBody(body).actors.map((a) => a.id);
    expect(ids).toContain(id);
    expect(ids.filter((a) => a.startsWith("person:"))).toEqual([]);
  });
});
