// A proper-named state body glossed by its country and kind in apposition (made-up bodies).
import { describe, expect, it } from "vitest";
import { entityDoc } from "../helpers.ts";

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
