import { describe, expect, it } from "vitest";
import { entityDoc, extractFile, SEED_FILE } from "../helpers.ts";

const seed = () => extractFile(SEED_FILE);
const actor = (id: string) => seed().actors.find((a) => a.id === id);
const mentionsOf = (doc: ReturnType<typeof entityDoc>, id: string) =>
  doc.mentions.filter((m) => m.actorId === id).map((m) => `${m.kind}:${m.text}`);

describe("entities in the seed article", () => {
  it("finds exactly the countries, organisations and people a reader finds", () => {
    expect(
      seed()
        .actors.map((a) => a.id)
        .sort(),
    ).toEqual([
      "country:cn",
      "country:jp",
      "country:ru",
      "country:us",
      "org:asean",
      "org:cn:ministry-of-foreign-affairs",
      "org:jp:self-defense-forces",
      "org:us:armed-forces",
      "person:katsunobu-kato",
      "person:wang-wenbin",
    ]);
  });

  it("gives countries ISO codes and Wikidata ids", () => {
    expect(actor("country:jp")).toMatchObject({
      kind: "Country",
      name: "Japan",
      isoCode: "JP",
      wikidataId: "Q17",
    });
    expect(actor("country:us")).toMatchObject({ name: "United States", wikidataId: "Q30" });
    expect(actor("country:cn")?.wikidataId).toBe("Q148");
    expect(actor("country:ru")?.wikidataId).toBe("Q159");
  });

  it("records mention kinds: demonym government, possessive, alias", () => {
    const jp = actor("country:jp")?.mentions ?? [];
    expect(jp[0]).toMatchObject({ kind: "demonym", text: "Japanese government", sentence: 0 });
    expect(jp.filter((m) => m.kind === "possessive").map((m) => m.text)).toEqual([
      "Japan’s",
      "Japan’s",
      "Japan’s",
      "Japan’s",
    ]);
    expect(actor("country:us")?.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(["alias:U.S."]);
  });

  it("binds national bodies to the country written before them", () => {
    expect(actor("org:cn:ministry-of-foreign-affairs")).toMatchObject({
      name: "Ministry of Foreign Affairs of China",
      orgType: "ministry",
      countryId: "country:cn",
    });
    expect(actor("org:cn:ministry-of-foreign-affairs")?.mentions[0]?.text).toBe("China’s foreign Ministry");
    expect(actor("org:us:armed-forces")?.mentions[0]?.text).toBe("U.S. forces");
    expect(actor("org:jp:self-defense-forces")?.mentions[0]?.text).toBe("Japanese Self-Defense Forces");
    expect(actor("org:asean")).toMatchObject({ orgType: "intergovernmental", wikidataId: "Q7768" });
  });

  it("finds people from role appositives, with normalised titles and countries", () => {
    expect(actor("person:katsunobu-kato")).toMatchObject({
      name: "Katsunobu Kato",
      title: "Chief Cabinet Secretary",
      countryId: "country:jp",
    });
    expect(actor("person:wang-wenbin")).toMatchObject({
      name: "Wang Wenbin",
      title: "Foreign Ministry Spokesman",
      countryId: "country:cn",
    });
  });

  it("resolves short names and pronouns to earlier people (coreference)", () => {
    expect(actor("person:wang-wenbin")?.mentions.map((m) => `${m.kind}:${m.text}@${m.sentence}`)).toEqual([
      "name:Wang Wenbin@7",
      "short-name:Wang@8",
    ]);
    expect(actor("person:katsunobu-kato")?.mentions.map((m) => `${m.kind}:${m.text}@${m.sentence}`)).toEqual([
      "name:Katsunobu Kato@3",
      "pronoun:He@4",
    ]);
  });
});

describe("entities in other text", () => {
  it("finds people by role prefix, reporting verb and 'according to', never by capitalisation alone", () => {
    const doc = entityDoc(
      "French President Emmanuel Macron met officials. Maria Silva said the plan was sound. According to Tomas Berg, talks went well. Blue Harbor Logistics expanded.",
    );
    const people = [...doc.actors.values()].filter((a) => a.kind === "Person");
    expect(people.map((p) => [p.id, p.title ?? "", p.countryId ?? ""])).toEqual([
      ["person:emmanuel-macron", "President", "country:fr"],
      ["person:maria-silva", "", ""],
      ["person:tomas-berg", "", ""],
    ]);
  });

  it("finds a person named after a leading role phrase ('…spokeswoman, Maria Lopez, said')", () => {
    const doc = entityDoc(
      "Peru’s foreign ministry spokeswoman, Maria Lopez, condemned the plan. She said it was unlawful.",
    );
    expect(doc.actors.get("person:maria-lopez")).toMatchObject({
      title: "Foreign Ministry Spokeswoman",
      countryId: "country:pe",
    });
    expect(mentionsOf(doc, "person:maria-lopez")).toEqual(["name:Maria Lopez", "pronoun:She"]);
  });

  it("links a pronoun to the subject of the latest sentence with a person, across sentences", () => {
    const doc = entityDoc(
      "Ana Costa, Brazil's foreign minister, met Ivan Petrov. She said the talks were useful. Costa left.",
    );
    expect(mentionsOf(doc, "person:ana-costa")).toEqual([
      "name:Ana Costa",
      "pronoun:She",
      "short-name:Costa",
    ]);
    expect(mentionsOf(doc, "person:ivan-petrov")).toEqual([]);
  });

  it("resolves 'the spokesperson' to the person holding that title", () => {
    const doc = entityDoc(
      "Lena Holm, a spokesperson for the EU, said talks would resume. The EU said the spokesperson was right.",
    );
    expect(mentionsOf(doc, "person:lena-holm")).toContain("title:spokesperson");
  });

  it("handles aliases, demonyms, capitals as governments, and not capitals as places", () => {
    const doc = entityDoc(
      "Britain and the UK's allies met. Moscow rejected the plan. Talks in Paris ended. German troops left. The Indian Ocean was calm.",
    );
    expect(mentionsOf(doc, "country:gb")).toEqual(["alias:Britain", "possessive:UK's"]);
    expect(mentionsOf(doc, "country:ru")).toEqual(["alias:Moscow"]);
    expect(doc.actors.has("country:fr")).toBe(false);
    expect(doc.actors.has("country:in")).toBe(false);
    expect(mentionsOf(doc, "org:de:armed-forces")).toEqual(["alias:German troops"]);
  });

  it("recognises organisations not in the knowledge base by the shape of their names", () => {
    const doc = entityDoc(
      "Kenya, a member of the East African Community, fights the al-Shabaab militant group. Al-Shabaab denied it.",
    );
    expect(doc.actors.get("org:east-african-community")?.kind).toBe("Organization");
    expect(doc.actors.get("org:al-shabaab")?.orgType).toBe("armed group");
  });

  it("knows regional blocs, UN missions and agencies by name and acronym, one id for both", () => {
    const doc = entityDoc(
      "The Intergovernmental Authority on Development (IGAD) met in Nairobi. IGAD urged calm. Europol and the UNODC " +
        "tracked the shipments, and the Central American Integration System (SICA) called a summit.",
    );
    expect(mentionsOf(doc, "org:igad").map((m) => m.split(":")[1])).toEqual([
      "Intergovernmental Authority on Development",
      "IGAD",
      "IGAD",
    ]);
    expect(doc.actors.has("org:europol")).toBe(true);
    expect(doc.actors.has("org:unodc")).toBe(true);
    expect(doc.actors.has("org:central-american-integration-system")).toBe(true);
    expect(doc.actors.has("org:sica")).toBe(false);
  });

  it("keeps every mention offset exact", () => {
    for (const a of seed().actors)
      for (const m of a.mentions) expect(seed().article.body.slice(m.start, m.end)).toBe(m.text);
  });
});
