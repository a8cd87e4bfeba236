// News agencies introduced by their kind, and the speech they carry (made-up text).
import { describe, expect, it } from "vitest";
import { entityDoc, extractBody, ids, speakerTexts } from "../helpers.ts";

const orgs = (body: string) =>
  [...entityDoc(body).actors.values()]
    .filter((a) => a.kind === "Organization")
    .map((a) => `${a.id}${a.countryId ? `@${a.countryId}` : ""}`)
    .sort();

describe("news agencies", () => {
  it("binds a state agency to the country whose possessive opens the phrase", () => {
    expect(
      orgs("ROME, May 3 (Reuters) - Italy protested. Belarus’s state news agency BTN reported a clash."),
    ).toEqual(["org:btn@country:by"]);
  });

  it("gives a state agency without a named owner to the home country", () => {
    expect(
      orgs("LIMA, May 3 (Reuters) - Peru said no. The state news agency Andes Libre said the talks ended."),
    ).toEqual(["org:andes-libre@country:pe"]);
  });

  it("gives a state agency to the side whose state opens the sentence as its subject", () => {
    expect(
      orgs(
        "ACCRA, May 3 (Reuters) - Ghana expelled a diplomat. The Togolese foreign ministry’s spokesman told the state news agency TNR that the move was hasty.",
      ).filter((o) => o.includes("tnr")),
    ).toEqual(["org:tnr@country:tg"]);
    expect(
      orgs(
        "ACCRA, May 3 (Reuters) - Ghana expelled a diplomat. Togo’s foreign ministry called it hasty, the state news agency TNR reported.",
      ).filter((o) => o.includes("tnr")),
    ).toEqual(["org:tnr@country:tg"]);
  });

  it("keeps the home state when the sentence opens on no state ('The trains were handed over to the Togolese Red Cross, …')", () => {
    expect(
      orgs(
        "ACCRA, May 3 (Reuters) - Ghana sent aid. The trucks were handed to the Togolese Red Cross, the ministry said, according to the state news agency GNX.",
      ).filter((o) => o.includes("gnx")),
    ).toEqual(["org:gnx@country:gh"]);
  });

  it("reads 'the semi-official X news agency' as X News Agency, of no country", () => {
    expect(
      orgs("TEHRAN, May 3 (Reuters) - Iran seized a ship, the semi-official Parsnews news agency reported."),
    ).toEqual(["org:parsnews-news-agency"]);
  });

  it("credits the quoted person, not the agency ('quoted Minister X as saying', 'reported that X described')", () => {
    const quoted = extractBody(
      "JAKARTA, May 3 (Reuters) - Indonesia will appeal. The state news agency Nusa quoted Coordinating Minister for Maritime Affairs Budi Santoso as saying the appeal would be lodged “within days.”",
    );
    expect(quoted.statements.map((s) => s.speakerId)).toContain("person:budi-santoso");
    expect(quoted.statements.map((s) => s.speakerId)).not.toContain("org:nusa");
    const described = extractBody(
      "RABAT, May 3 (Reuters) - Morocco signed a deal.\n\nIt was signed by Ruritanian Minister Jan Kowal and his Moroccan counterpart, Omar Lahlou, in Rabat.\n\nMorocco’s state news agency MAGH reported that Lahlou described the deal as “a fair bargain.”",
    );
    expect(described.statements.map((s) => [s.speakerId, s.text])).toEqual([
      ["person:omar-lahlou", "the deal as “a fair bargain.”"],
    ]);
  });

  it("'NAME reported that …' is the agency's statement", () => {
    const x = extractBody(
      "MINSK, May 3 (Reuters) - Belarus protested.\n\nThe state news agency Zvezda reported that the guards had fired at the crowd.",
    );
    expect(x.statements.map((s) => [s.speakerId, s.text])).toEqual([
      ["org:zvezda", "the guards had fired at the crowd"],
    ]);
  });

  it("'NAME quoted Minister X' does not make X the agency's man", () => {
    const x = extractBody(
      "JAKARTA, May 3 (Reuters) - Indonesia will appeal. The state news agency Nusa quoted Trade Minister Budi Santoso as saying the appeal was ready.",
    );
    expect(x.relations.filter((r) => r.targetId === "org:nusa" && r.kind === "AFFILIATED_WITH")).toEqual([]);
  });

  it("'The agency said …' after an agency is that agency; its unnamed quoted official speaks for the state", () => {
    const x = extractBody(
      "MINSK, May 3 (Reuters) - Belarus protested.\n\nBelarus’s state news agency Zvezda carried the protest. The agency said the guards had crossed the line. The agency quoted an unnamed border official as saying the crossing was “a provocation.”",
    );
    expect(x.statements.map((s) => [s.speakerId, s.text])).toEqual([
      ["org:zvezda", "the guards had crossed the line"],
      ["country:by", "the crossing was “a provocation.”"],
    ]);
  });
});

describe("a news agency named again by its bare name", () => {
  it("credits 'Kabar reported …' to the agency introduced as 'the state news agency Kabar'", () => {
    expect(
      speakerTexts(
        "“We are ready,” Kyrgyz Minister Aibek Osmonov told the state news agency Kabar. Kabar reported that the ministry had asked Tajikistan to explain the delays.",
      ),
    ).toContain("org:kabar|the ministry had asked Tajikistan to explain the delays");
  });

  it("does not create the agency from a bare name alone (negative case)", () => {
    expect(ids("Kabar reported that the border was shut.")).not.toContain("org:kabar");
  });
});

describe("an agency named by an acronym before 'news agency'", () => {
  it("takes the acronym alone as its name", () => {
    expect(ids("Oslo said the flight was routine, the NTB news agency reported.")).toContain("org:ntb");
  });
  it("gives it no country unless one is written before it or a state status says so", () => {
    const x = extractBody(
      "OSLO (NTB) — Norway protested. Russia said the flight was routine, the RIA news agency reported.",
    );
    expect(x.relations.filter((r) => r.sourceId === "org:ria" && r.kind === "PART_OF")).toEqual([]);
  });
  it("still binds a state agency to the story's country", () => {
    const x = extractBody(
      "Norway protested on Monday. The state news agency NTB said the flight was routine.",
    );
    expect(
      x.relations.filter((r) => r.sourceId === "org:ntb" && r.kind === "PART_OF").map((r) => r.targetId),
    ).toEqual(["country:no"]);
  });
});

describe("state media of the knowledge base", () => {
  it("binds a known state agency named by its acronym to its state", () => {
    expect(orgs("Syria blamed the rebels, SANA reported.")).toContain(
      "org:syrian-arab-news-agency@country:sy",
    );
  });
  it("reads the full name and the acronym as one agency", () => {
    const doc = entityDoc("The Korean Central News Agency said the launch succeeded. KCNA gave no date.");
    expect(doc.actors.get("org:korean-central-news-agency")?.aliases).toContain("KCNA");
  });
  it("reads an agency written before 'news agency' with a status word", () => {
    expect(orgs("The state-run Anadolu news agency said the ferry had docked.")).toContain(
      "org:anadolu-agency@country:tr",
    );
  });
  it("binds a named state broadcaster to its state", () => {
    expect(orgs("The talks were adjourned, Radio Moçambique reported on Monday.")).toContain(
      "org:radio-mocambique@country:mz",
    );
  });
  it("reads no actor from the byline of a dateline", () => {
    expect(orgs("MOSCOW, May 4 (TASS) — Russia said the talks would resume in June.")).toEqual([]);
  });
  it("keeps an agency named in the text after a dateline byline", () => {
    expect(orgs("HANOI, May 4 (Reuters) — Vietnam said the boat sank, VNA reported.")).toEqual([
      "org:vietnam-news-agency@country:vn",
    ]);
  });
});

describe("a named broadcaster after its kind", () => {
  it("reads 'told the state broadcaster <Name>' as the named broadcaster alone", () => {
    const found = orgs("“We will not yield,” Interior Minister Ana Ruiz told the state broadcaster RTS.");
    expect(found).toContain("org:rts@country:rs");
    expect(found.filter((id) => id.includes("state-broadcaster"))).toEqual([]);
  });
  it("still reads 'told state television on Monday' as the speaking side's broadcaster", () => {
    const found = orgs("Chad protested. “We will not yield,” the minister told state television Monday.");
    expect(found).toContain("org:td:state-broadcaster@country:td");
  });
});
