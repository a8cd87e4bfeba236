// National bodies named without their country, and the home country of a wire story (made-up text).
import { describe, expect, it } from "vitest";
import { homeCountry } from "../../../../src/extract/entities/gazetteer.ts";
import { entityDoc, extractBody } from "../helpers.ts";

const ids = (body: string) => [...entityDoc(body).actors.keys()].sort();

describe("home country", () => {
  it("skips the dateline and takes the first country of the lead", () => {
    const body = "LIMA, Feb. 3 (Andina) — Peru said on Monday that Chile had closed a border crossing.";
    const doc = entityDoc(body);
    const countries = doc.mentions
      .filter((m) => m.actorId.startsWith("country:"))
      .map((m) => ({ start: m.start, end: m.end, actorId: m.actorId, kind: m.kind }));
    expect(homeCountry(body, countries)).toBe("PE");
  });
});

describe("a national body without its country", () => {
  it("binds 'The foreign ministry' to the home country", () => {
    const body =
      "OSLO, May 2 (NTB) — Norway protested to Iceland on Tuesday.\n\nThe foreign ministry said the quota was unfair.";
    expect(ids(body)).toContain("org:no:ministry-of-foreign-affairs");
  });

  it("continues the same kind named earlier with its country", () => {
    const body =
      "Ghana’s defence ministry met Togo. Later, the defence ministry said the patrols would resume.";
    const doc = entityDoc(body);
    const later = doc.mentions.find((m) => m.text === "defence ministry" && m.start > 30);
    expect(later?.actorId).toBe("org:gh:ministry-of-defense");
  });

  it("binds a sentence-opening title phrase ('Defence ministry spokesman X')", () => {
    const body = "Kenya sent troops north.\n\nDefence ministry spokesman Amos Kipchoge said they would stay.";
    expect(ids(body)).toContain("org:ke:ministry-of-defense");
  });

  it("leaves generic uses alone: 'associated with the military', 'foreign forces', 'the embassy'", () => {
    const body = "Peru named firms associated with the military. Foreign forces left. The embassy was shut.";
    expect(ids(body).filter((id) => id.startsWith("org:"))).toEqual([]);
  });
});

describe("a sentence opened by 'In <capital>,'", () => {
  const orgIds = (body: string) =>
    [...entityDoc(body).actors.values()].filter((a) => a.kind === "Organization").map((a) => a.id);

  it("places the bare body after the comma in that capital's country", () => {
    const body =
      "HANOI, May 3 (Reuters) - Vietnam protested.\n\nIn Beijing, foreign ministry spokesman Lin Tao said the boat was fishing illegally.";
    expect(orgIds(body)).toEqual(["org:cn:ministry-of-foreign-affairs"]);
  });

  it("leaves a bare body elsewhere to the home country", () => {
    const body =
      "HANOI, May 3 (Reuters) - Vietnam protested.\n\nTalks were held in Beijing. The foreign ministry said the boat was seized.";
    expect(orgIds(body)).toEqual(["org:vn:ministry-of-foreign-affairs"]);
  });
});

describe("a demonym two states share", () => {
  const ids = (x: ReturnType<typeof extractBody>) => x.actors.map((a) => a.id).sort();
  it("means the state the story names otherwise", () => {
    const x = extractBody("Kinshasa said the Congolese army had retaken the town.");
    expect(ids(x)).toContain("org:cd:army");
    expect(ids(x)).not.toContain("country:cg");
  });
  it("keeps the first owner when the story names neither", () => {
    const x = extractBody("The Congolese army said it had retaken the town.");
    expect(ids(x)).toContain("org:cg:army");
  });
});

describe("a two-word capital", () => {
  it("is never a person, even before a reporting verb", () => {
    const x = extractBody("The Chinese embassy in Kuala Lumpur said the claims were groundless.");
    expect(x.actors.map((a) => a.id)).not.toContain("person:kuala-lumpur");
  });
});

describe("more kinds of national bodies", () => {
  it("reads customs services, but not a customs union or customs duties", () => {
    expect(ids("Peru’s customs service said it had seized gold.")).toContain("org:pe:customs-service");
    expect(ids("Finnish Customs said the ship carried fuel oil.")).toContain("org:fi:customs-service");
    expect(ids("Turkey’s customs union with the bloc was discussed.")).not.toContain(
      "org:tr:customs-service",
    );
    expect(ids("Chile’s customs duties on wine were cut.")).not.toContain("org:cl:customs-service");
  });

  it("reads an electoral commission of the home country, with its acronym", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana postponed two votes.\n\nThe Electoral Commission (EC) said staff were at risk. The EC will meet.";
    const doc = entityDoc(body);
    expect(doc.actors.get("org:gh:electoral-commission")?.aliases).toContain("EC");
  });

  it("reads a state broadcaster and a prosecutor's office", () => {
    const found = ids(
      "Ecuador’s state broadcaster showed the arrest. Ecuador’s prosecutor’s office opened a case.",
    );
    expect(found).toContain("org:ec:state-broadcaster");
    expect(found).toContain("org:ec:prosecutors-office");
  });

  it("does not read 'state' before a noun as the country's government", () => {
    const doc = entityDoc("Bolivia’s state oil firm said output fell.");
    expect(doc.mentions.find((m) => m.actorId === "country:bo")?.text).toBe("Bolivia’s");
    expect(entityDoc("Bolivia’s state said no.").mentions[0]?.text).toBe("Bolivia’s state");
  });

  it("binds a body after a possessive and an adjective of rank, not after a bare name", () => {
    expect(ids("Pakistan’s main spy agency said it had warned.")).toContain("org:pk:intelligence");
    expect(ids("Peru’s federal police said the road was shut.")).toContain("org:pe:police");
    expect(ids("Chile main police said the road was shut.")).not.toContain("org:cl:police");
  });
});
