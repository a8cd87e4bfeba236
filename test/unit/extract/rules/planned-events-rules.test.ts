// General rules for planned events in infinitive and reported clauses, place phrases and event
// back-references, each on made-up text (no article sentences or names).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const events = (x: X) =>
  x.events.map((e) => [
    e.type,
    e.cameo,
    e.status,
    e.dates.map((d) => `${d.value}/${d.precision}`).join(","),
    e.placeName ?? e.placeId ?? "",
    e.participants.map((p) => `${p.role}:${p.actorId}`).join(","),
  ]);
const rels = (x: X, kind: string) =>
  x.relations.filter((r) => r.kind === kind).map((r) => `${r.sourceId}>${r.targetId}`);

describe("planned events inside infinitive clauses", () => {
  const x = extractBody(
    "Chile and Peru signed a defence agreement on Monday, vowing to exchange radar data and to hold joint naval patrols in the Pacific Ocean from March.",
    "November 02, 2023",
  );
  it("reads the pledged patrols as a planned joint military event, dated forwards, placed in the ocean", () => {
    expect(events(x)).toEqual([
      ["agreement", "057", "occurred", "2023-10-30/day", "", "participant:country:cl,participant:country:pe"],
      [
        "military-exercise",
        "062",
        "planned",
        "2024-03/month",
        "Pacific Ocean",
        "participant:country:cl,participant:country:pe",
      ],
    ]);
  });
  it("keeps a month after the publication month in the same year", () => {
    const y = extractBody(
      "Ghana and Togo agreed to hold joint patrols in the Gulf of Guinea from December.",
      "May 12, 2023",
    );
    expect(events(y)).toEqual([
      [
        "military-exercise",
        "062",
        "planned",
        "2023-12/month",
        "Gulf of Guinea",
        "participant:country:gh,participant:country:tg",
      ],
    ]);
  });
  it("reads an intent verb with an adverbial before the infinitive as planned", () => {
    const y = extractBody("Ghana and Togo agreed on Friday to hold joint patrols.", "May 12, 2023");
    expect(y.events.map((e) => [e.type, e.status])).toEqual([["military-exercise", "planned"]]);
  });
});

describe("planned events in reported speech", () => {
  it("reads 'X would host the next round of talks in <month>' as a planned meeting hosted by X", () => {
    const x = extractBody(
      "Foreign Minister Ana Ruiz said the talks were useful. She added that Norway would host the next round of talks in February.",
      "September 20, 2023",
    );
    expect(events(x)).toEqual([["meeting", "036", "planned", "2024-02/month", "", "host:country:no"]]);
  });
  it("reads 'X will raise the matter at <organisation> next month' as a planned consultation", () => {
    const x = extractBody(
      "According to the minister, Ecuador will raise the matter at the United Nations next month.",
      "March 08, 2023",
    );
    expect(events(x)).toEqual([
      ["meeting", "036", "planned", "2023-04/month", "", "source:country:ec,participant:org:un"],
    ]);
    expect(x.events[0]?.plover).toBe("AGREE");
  });
  it("needs a forum: raising concerns with no one named is no event", () => {
    const x = extractBody("Ecuador raised concerns about the price of fuel.");
    expect(x.events).toEqual([]);
  });
  it("gives a reported pronoun subject ('X said it would …') the speaker's role", () => {
    const x = extractBody("The European Commission said it would present new sanctions in June.");
    expect(x.events[0]?.participants).toEqual([{ actorId: "org:european-commission", role: "participant" }]);
  });
});

describe("subjects of commissive verbs", () => {
  it("keeps the subject of 'welcomed … and pledged to provide' as the agent of the planned event", () => {
    const x = extractBody("Morocco welcomed the vote and pledged to provide humanitarian aid.");
    expect(events(x)).toEqual([["aid", "033", "planned", "", "", "participant:country:ma"]]);
  });
  it("still separates a speaker from the events they report", () => {
    const x = extractBody("Morocco said the drills would start soon.");
    expect(x.events).toEqual([]);
  });
});

describe("place phrases", () => {
  it("reads multi-word and 'of' place names, never a truncated or function word", () => {
    const x = extractBody(
      "Kenya and Tanzania held naval drills on Tuesday and Wednesday with frigates, corvettes, supply ships, submarines and long-range maritime aircraft in the Sea of Zanj. Spain and Italy held joint drills in the Adriatic Sea.",
    );
    expect(x.events.map((e) => e.placeName)).toEqual(["Sea of Zanj", "Adriatic Sea"]);
  });
  it("does not take a country word inside a geographic name as the country", () => {
    const x = extractBody(
      "Vietnam and Japan held joint drills in the South China Sea. Chile and Peru held drills in the Taiwan Strait near the Indian Ocean.",
    );
    expect(x.actors.map((a) => a.id).sort()).toEqual([
      "country:cl",
      "country:jp",
      "country:pe",
      "country:vn",
    ]);
    expect(x.events.map((e) => e.placeName)).toEqual(["South China Sea", "Taiwan Strait"]);
  });
  it("gives the place to the nearest trigger before it, not an earlier signing", () => {
    const x = extractBody(
      "Chile and Peru signed a pact, promising to hold joint patrols in the Humboldt Current region.",
    );
    expect(x.events.map((e) => [e.type, e.placeName ?? ""])).toEqual([
      ["agreement", ""],
      ["military-exercise", "Humboldt Current region"],
    ]);
  });
});

describe("statements referring back to an event", () => {
  const x = extractBody(
    "Chile and Peru signed a fisheries agreement on Monday. Bolivia criticized the agreement. A Bolivian foreign ministry spokesman, Juan Mamani, warned that the deal could cause “a dangerous precedent.”",
  );
  it("makes criticism of 'the agreement' about and against its parties", () => {
    const st = x.statements.find((s) => s.speakerId === "country:bo");
    expect(st).toMatchObject({ cameo: "111", aboutIds: ["country:cl", "country:pe"] });
    expect(st?.targetIds).toEqual(["country:cl", "country:pe"]);
    expect(rels(x, "CRITICIZES")).toEqual(["country:bo>country:cl", "country:bo>country:pe"]);
  });
  it("makes a warning about 'the deal' about its parties without making it criticism", () => {
    const st = x.statements.find((s) => s.speakerId === "person:juan-mamani");
    expect(st).toMatchObject({ cameo: "012", aboutIds: ["country:cl", "country:pe"] });
  });
  it("leaves a statement alone when no earlier event of that kind exists", () => {
    const y = extractBody("Bolivia criticized the agreement.");
    expect(y.statements[0]?.aboutIds).toEqual([]);
  });
  it("refers 'the move' to the latest event of any kind, taking its agent", () => {
    const y = extractBody("Chile expelled three Peruvian journalists on Monday. Peru condemned the move.");
    expect(y.statements[0]).toMatchObject({ aboutIds: ["country:cl"], targetIds: ["country:cl"] });
  });
});
