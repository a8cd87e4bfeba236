// Long names with particles and diacritics, short-name coreference, blocs from organisation
// contexts, intent-to-negotiate events and criticism by evaluative words — all on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const rels = (x: X, kind: string) =>
  x.relations.filter((r) => r.kind === kind).map((r) => `${r.sourceId}>${r.targetId}`);
const person = (x: X, id: string) => x.actors.find((a) => a.id === id);
const mentions = (x: X, id: string) => person(x, id)?.mentions.map((m) => `${m.text}/${m.kind}`);
// Saturday: "on Friday" is the day before.
const SATURDAY = "March 09, 2030";

describe("long personal names", () => {
  it("reads a 4-word name with particles and diacritics after a demonym title", () => {
    const x = extractBody("Peruvian President Rosa María Quispe de la Vega said the vote was fair.");
    expect(person(x, "person:rosa-maria-quispe-de-la-vega")).toMatchObject({
      kind: "Person",
      name: "Rosa María Quispe de la Vega",
      title: "President",
      countryId: "country:pe",
    });
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:rosa-maria-quispe-de-la-vega>country:pe"]);
  });

  it("resolves later single and multi-word parts of the full name to the same person", () => {
    const x = extractBody(
      "Ecuadorian President José Pepe Arturo Valdés Ibarra met traders. Valdés Ibarra said prices would fall. Pepe told the crowd to wait. President Valdés also said taxes would stay.",
    );
    const id = "person:jose-pepe-arturo-valdes-ibarra";
    expect(mentions(x, id)).toEqual([
      "José Pepe Arturo Valdés Ibarra/name",
      "Valdés Ibarra/short-name",
      "Pepe/short-name",
      "Valdés/short-name",
    ]);
    expect(x.actors.filter((a) => a.kind === "Person").map((a) => a.id)).toEqual([id]);
    expect(x.statements.map((s) => s.speakerId)).toEqual([id, id, id]);
  });

  it("gives a quote to a short name right before the reporting verb", () => {
    const x = extractBody(
      "Bolivian President Marco Antonio Choque Apaza arrived late. “We will not wait,” Choque told reporters in Sucre after the meeting.",
    );
    expect(x.statements).toMatchObject([
      { kind: "quote", speakerId: "person:marco-antonio-choque-apaza", text: "We will not wait," },
    ]);
  });
});

describe("possessive pronouns in role phrases", () => {
  it("strips 'its' from the title and takes the state from the previous sentence's subject", () => {
    const x = extractBody(
      "Paraguay rejected the offer from Chile. Its foreign minister, Tomás Villca, said the terms were unfair.",
    );
    expect(person(x, "person:tomas-villca")).toMatchObject({
      title: "Foreign Minister",
      countryId: "country:py",
    });
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:tomas-villca>country:py"]);
  });

  it("reads a sentence-final speaker after a comma ('…, X warned.')", () => {
    const x = extractBody(
      "Paraguay’s trade minister Nilda Ortiz spoke. Asunción could seek other buyers, Ortiz warned.",
    );
    expect(x.statements).toMatchObject([
      {
        kind: "paraphrase",
        speakerId: "person:nilda-ortiz",
        verb: "warned",
        cameo: "012",
        text: "Asunción could seek other buyers",
      },
    ]);
  });
});

describe("blocs", () => {
  it("knows well-known blocs from the general list", () => {
    const x = extractBody(
      "Ministers held a Mercosur meeting while AUKUS partners and CARICOM leaders watched.",
    );
    const ids = x.actors.filter((a) => a.kind === "Organization").map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(["org:mercosur", "org:aukus", "org:caricom"]));
  });

  it("reads an unknown single-word bloc from '<Name> summit' and 'members of <Name>'", () => {
    const x = extractBody(
      "Leaders gathered for the Varnex summit in Lima. Chile said members of Varnex disagreed.",
    );
    expect(x.actors.find((a) => a.id === "org:varnex")).toMatchObject({
      kind: "Organization",
      name: "Varnex",
      orgType: "intergovernmental",
    });
    expect(x.actors.find((a) => a.id === "org:varnex")?.mentions).toHaveLength(2);
    const summit = x.events.find((e) => e.type === "summit");
    expect(summit?.participants).toContainEqual({ actorId: "org:varnex", role: "participant" });
  });

  it("reads an unknown acronym before 'leaders' but never an ordinary word or a region", () => {
    const x = extractBody(
      "ZANTA leaders met in Quito. Kremlin leaders said nothing, and the Arab summit ended. Opposition members left.",
    );
    const orgs = x.actors.filter((a) => a.kind === "Organization").map((a) => a.id);
    expect(orgs).toEqual(["org:zanta"]);
  });
});

describe("intent to negotiate", () => {
  it("'X and Y agreed on Friday to resume talks': 036, occurred, people and their states, cooperation", () => {
    const x = extractBody(
      "Peruvian President Rosa Quispe and Bolivian President Marco Choque agreed on Friday to resume talks on a shared railway.",
      SATURDAY,
    );
    expect(x.events).toHaveLength(1);
    expect(x.events[0]).toMatchObject({
      type: "meeting",
      cameo: "036",
      plover: "AGREE",
      status: "occurred",
      dates: [{ value: "2030-03-08", precision: "day" }],
    });
    expect(x.events[0]?.participants.map((p) => p.actorId)).toEqual([
      "person:rosa-quispe",
      "person:marco-choque",
      "country:pe",
      "country:bo",
    ]);
    expect(rels(x, "COOPERATES_WITH")).toEqual(["country:pe>country:bo"]);
  });

  it.each([
    "Chile and Peru agreed to launch negotiations on fishing rights.",
    "Chile and Peru agreed to restart dialogue over the border.",
    "Chile and Peru agreed to revive stalled negotiations.",
  ])("reads '%s'", (text) => {
    const x = extractBody(text);
    expect(x.events.map((e) => [e.type, e.cameo, e.status])).toEqual([["meeting", "036", "occurred"]]);
    expect(rels(x, "COOPERATES_WITH")).toEqual(["country:cl>country:pe"]);
  });
});

describe("criticism of a plan", () => {
  const body =
    "Chile and Peru agreed on Friday to revive negotiations on a customs union. Ecuador criticized the plan. Its foreign minister, Inés Carrión, said the idea was “hasty and unrealistic”.";

  it("'X criticized the plan' targets the states behind the referenced agreement", () => {
    const x = extractBody(body, SATURDAY);
    expect(x.statements[0]).toMatchObject({
      speakerId: "country:ec",
      cameo: "111",
      targetIds: ["country:cl", "country:pe"],
    });
  });

  it("evaluative words make a plain quote criticism of the plan's parties", () => {
    const x = extractBody(body, SATURDAY);
    expect(x.statements[1]).toMatchObject({
      kind: "quote",
      speakerId: "person:ines-carrion",
      cameo: "111",
      targetIds: ["country:cl", "country:pe"],
    });
    expect(rels(x, "CRITICIZES")).toEqual([
      "country:ec>country:cl",
      "country:ec>country:pe",
      "person:ines-carrion>country:cl",
      "person:ines-carrion>country:pe",
    ]);
  });

  it.each(["premature", "ill-conceived", "misguided", "counterproductive", "poorly thought out"])(
    "'%s' is a criticism word",
    (word) => {
      const x = extractBody(`Chile signed a deal with Peru. Ecuador said the deal was “${word}”.`);
      expect(x.statements[0]?.cameo).toBe("111");
    },
  );
});

describe("particles and clause scope", () => {
  it("keeps Malay and Filipino particles inside names ('binti', 'dela')", () => {
    const x = extractBody(
      "Malaysian Trade Minister Siti Hajar binti Osman met Philippine Trade Secretary Jose dela Paz Ramos. Siti Hajar said tariffs would fall.",
    );
    expect(x.actors.filter((a) => a.kind === "Person").map((a) => a.id)).toEqual([
      "person:siti-hajar-binti-osman",
      "person:jose-dela-paz-ramos",
    ]);
    expect(x.statements[0]?.speakerId).toBe("person:siti-hajar-binti-osman");
  });

  it("an intent phrase's 'to' does not make a later event in the sentence planned", () => {
    const x = extractBody(
      "Chile and Peru agreed on Friday to resume talks on fishing rights, on the sidelines of the Varnex summit in Quito.",
      SATURDAY,
    );
    expect(x.events.map((e) => [e.type, e.cameo, e.status])).toEqual([
      ["meeting", "036", "occurred"],
      ["summit", "040", "occurred"],
    ]);
  });

  it("a bare definite event noun after an earlier event of its type is no new event", () => {
    const x = extractBody(
      "Chile and Peru agreed to resume talks on fishing rights. Ecuador said members of Varnex would follow the talks closely.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting"]);
    expect(x.events[0]?.participants.map((p) => p.actorId)).toEqual(["country:cl", "country:pe"]);
  });
});
