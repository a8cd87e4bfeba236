// Speaker families found on other helpers' probe articles (round 5b), on invented sentences: a
// subject with a relative clause before two joined verbs, a base-form verb inside an already reported
// clause, a short name in parentheses before an appositive, and an appositive led by a possessive name.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

describe("a subject with a relative clause before 'X named Y as Z and said …'", () => {
  it("credits the body that opens the sentence, not the person named as the object", () => {
    expect(
      said(
        "The Peruvian navy, which patrols the southern coast, identified the captain as Rodrigo Paredes and said he would face charges.",
      ),
    ).toEqual(["org:pe:navy|he would face charges"]);
  });

  it("still stops at a clause break inside the verb phrase ('…, who …, and said')", () => {
    expect(
      said(
        "The Peruvian navy identified the captain as Rodrigo Paredes, who sailed from Chile, and said he would face charges.",
      ),
    ).not.toContain("org:pe:navy|he would face charges");
  });
});

describe("a base-form verb inside a clause an earlier verb reports", () => {
  it("keeps 'said his government would defend … “…”' as one statement of the speaker", () => {
    expect(
      said(
        "Trade Minister Lucia Prado said her government would defend its tariffs in Geneva “with total conviction.”",
      ),
    ).toEqual([
      "person:lucia-prado|her government would defend its tariffs in Geneva “with total conviction.”",
    ]);
  });

  it("still reads a base form after a clause break as its own verb ('…, and will deny …')", () => {
    expect(said("Chile denied the report. Peru will deny it “in the strongest terms.”")).toContain(
      "country:pe|it “in the strongest terms.”",
    );
  });
});

describe("a subject before an appositive", () => {
  it("skips a short name in parentheses ('The Andean Community (CAN), the bloc that …, accused')", () => {
    const speakers = said(
      "The Andean Community (CAN), the bloc that Peru founded with Bolivia after the two left the Latin American Free Trade Association (LAFTA), accused Chile of “sabotage.”",
    ).map((x) => x.split("|")[0]);
    expect(speakers).toEqual(["org:andean-community"]);
  });

  it("gives each coordinated state when the appositive opens with a possessive name", () => {
    expect(
      said("Chile and Peru, Bolivia’s partners in the Andean Community, said they opposed the canal."),
    ).toEqual(["country:cl|they opposed the canal", "country:pe|they opposed the canal"]);
  });

  it("does not take a possessive body in a list for an appositive", () => {
    expect(said("Chile, Peru’s foreign ministry and Bolivia said the border was closed.")).toHaveLength(3);
  });
});

describe("a closing 'according to' a named body", () => {
  it("credits a body named in full right before the sentence end", () => {
    expect(said("Troops crossed the border in May, according to Chile’s foreign ministry.")).toEqual([
      "org:cl:ministry-of-foreign-affairs|Troops crossed the border in May",
    ]);
  });

  it("reads no speech act in a news outlet or a body's figures", () => {
    expect(said("Troops crossed the border in May, according to Reuters.")).toEqual([]);
    expect(said("Exports fell by a third, according to Chile’s foreign ministry figures.")).toEqual([]);
  });

  it("gives the source the words of its relative clause ('…, according to X, which called …')", () => {
    expect(
      said(
        "Peruvian boats fired flares at a patrol in March, according to Chile’s foreign ministry, which called the incident “a grave provocation.”",
      ),
    ).toEqual(["org:cl:ministry-of-foreign-affairs|the incident “a grave provocation.”"]);
  });
});

describe("'<noun> suspected/accused of …' as a reduced relative", () => {
  it("reads no accusation in a participle that describes a noun", () => {
    expect(said("Chilean police arrested two men suspected of smuggling fuel into Peru.")).toEqual([]);
  });

  it("still reads the active verb with its object ('Peru accused Chile of …')", () => {
    expect(said("Peru accused Chile of smuggling fuel.")).toEqual(["country:pe|Chile of smuggling fuel"]);
  });
});
