// Status and dates from where an act sits in its clause, venue-then-parties for talks, and the
// diplomacy lexicon entries added with them (tariffs, protocols, aid deliveries). Made-up text only.
import { describe, expect, it } from "vitest";
import { eventRows, extractBody, kinds, plannedEvents, SATURDAY, summary } from "../helpers.ts";

const events = (body: string, published = "October 14, 2027") =>
  extractBody(body, published).events.map((e) => ({
    type: e.type,
    cameo: e.cameo,
    status: e.status,
    dates: e.dates.map((d) => d.value),
  }));

const ofType = (body: string, type: string, published?: string) =>
  events(body, published).filter((e) => e.type === type);

describe("settleClauseStatus", () => {
  it("keeps a simple past signing in the past after an earlier 'would'", () => {
    expect(
      ofType(
        "Chile said its coast guard would send two cutters to the strait next month under a treaty Chile and Peru signed in April.",
        "agreement",
      ),
    ).toEqual([{ type: "agreement", cameo: "057", status: "occurred", dates: ["2027-04"] }]);
  });

  it("leaves a signing that is still to come planned", () => {
    const [signing] = ofType(
      "Chile said its coast guard would send two cutters under a treaty that Chile and Peru would have signed in April.",
      "agreement",
    );
    expect(signing?.status).not.toBe("occurred");
  });

  it("makes a meeting with a future time after it planned, even after a past verb", () => {
    expect(
      ofType(
        "Analysts in Oslo said the expulsions came just before a meeting of European Union foreign ministers in Luxembourg next week.",
        "meeting",
      ),
    ).toEqual([{ type: "meeting", cameo: "036", status: "planned", dates: ["2027-10"] }]);
  });

  it("does not read a past meeting as planned when the future time belongs to another verb", () => {
    const [meeting] = ofType(
      "Monday’s talks in Lima between Peruvian and Chilean ministers ended without a deal on the fees, and will resume next month.",
      "meeting",
    );
    expect(meeting?.dates).toEqual(["2027-10-11"]);
    expect(meeting?.status).not.toBe("planned");
  });

  it("dates talks the past main clause comes after by that clause's day", () => {
    const meetings = ofType(
      "Kenya and Ethiopia agreed on Tuesday to hold a joint border drill in December, after talks between their defence ministers in Nairobi.",
      "meeting",
    );
    expect(meetings).toEqual([{ type: "meeting", cameo: "040", status: "occurred", dates: ["2027-10-12"] }]);
  });

  it("leaves talks after a future main clause planned", () => {
    const [meeting] = ofType(
      "Kenya and Ethiopia will sign the accord next month, after talks between their defence ministers in Nairobi.",
      "meeting",
    );
    expect(meeting?.status).not.toBe("occurred");
  });
});

describe("acts a reporting or past verb comes after, without a comma", () => {
  it("dates talks the spokesman 'said after' by the main clause's day", () => {
    const [meeting] = ofType(
      "Kenya and Ethiopia agreed on Tuesday to reopen the crossing and to hold joint drills in May, the ministry said after a meeting of interior ministers in Nairobi.",
      "meeting",
    );
    expect(meeting).toEqual({ type: "meeting", cameo: "040", status: "occurred", dates: ["2027-10-12"] });
  });

  it("makes a meeting an announcement came after a meeting held, no pledge", () => {
    const [meeting] = ofType(
      "The accord was announced after a meeting of fisheries ministers in Mombasa.",
      "meeting",
    );
    expect(meeting).toMatchObject({ cameo: "040", status: "occurred" });
  });

  it("reads 'X followed talks' as talks held before X", () => {
    const [meeting] = ofType(
      "The deal followed delegation-level talks in Nairobi between Kenyan Foreign Minister Ann Wairimu and her Ethiopian counterpart Dawit Haile.",
      "meeting",
    );
    expect(meeting).toMatchObject({ cameo: "040", status: "occurred" });
  });

  it("leaves talks a future announcement comes after planned", () => {
    const [meeting] = ofType(
      "The ministers will announce the plan after talks between Kenya and Ethiopia in Nairobi next week.",
      "meeting",
    );
    expect(meeting?.status).not.toBe("occurred");
  });
});

describe("settleClauseDates", () => {
  it("gives the agreeing's day to the agreeing, not to a plan that has its own date", () => {
    const [drill] = ofType(
      "Kenya and Ethiopia agreed on Tuesday to hold a joint military exercise in the Rift Valley next year.",
      "military-exercise",
    );
    expect(drill?.dates).toEqual(["2028"]);
  });

  it("keeps the agreeing's day on a plan that has no date of its own", () => {
    const [sanctions] = ofType(
      "The bloc’s ministers agreed on Tuesday to widen sanctions on Belarus to cover shipping firms.",
      "sanctions",
    );
    expect(sanctions?.dates).toEqual(["2027-10-12"]);
  });
});

describe("weekday possessives", () => {
  it("dates 'Thursday’s summit' forwards when the summit is ahead", () => {
    const summits = ofType(
      "The two presidents are expected to hold talks on the sidelines of Thursday’s summit of Andean leaders in Quito.",
      "summit",
    );
    expect(summits.map((s) => s.dates)).toEqual([["2027-10-21"]]);
  });

  it("dates 'Monday’s talks' backwards when they are over", () => {
    const [meeting] = ofType(
      "Monday’s talks in Quito between Ecuadorian and Colombian officials ended without agreement.",
      "meeting",
    );
    expect(meeting?.dates).toEqual(["2027-10-11"]);
  });
});

describe("partiesAfterVenue", () => {
  it("reads the parties of talks after their venue", () => {
    expect(ofType("Talks in Vienna between Serbia and Kosovo broke down on Friday.", "meeting").length).toBe(
      1,
    );
  });

  it("does not reach past a clause boundary for parties", () => {
    expect(
      ofType("Talks in Vienna ended on Friday, and Serbia and Kosovo blamed each other.", "meeting"),
    ).toEqual([]);
  });
});

describe("passive call-off after an 'of' phrase", () => {
  it("reads a summit postponed after an aside as called off", () => {
    const [summit] = ofType(
      "A summit of Andean leaders, which had been due in Quito in November, has been postponed until March.",
      "summit",
    );
    expect(summit?.cameo).toBe("164");
  });

  it("does not call off a summit when the clause says it goes ahead", () => {
    const [summit] = ofType(
      "A summit of Andean leaders, which had been due in Quito in November, will go ahead as planned.",
      "summit",
    );
    expect(summit?.cameo).not.toBe("164");
  });
});

describe("diplomacy lexicon", () => {
  it("reads a tariff imposed on a neighbour's goods as a policy change", () => {
    expect(
      ofType("Ghana imposed a 20 percent tariff on Togolese cement in May.", "policy-implementation"),
    ).toEqual([{ type: "policy-implementation", cameo: "0342", status: "occurred", dates: ["2027-05"] }]);
  });

  it("reads a signed protocol as an agreement", () => {
    expect(
      ofType("Ghana and Togo signed a protocol on cross-border trade in June.", "agreement"),
    ).toHaveLength(1);
  });

  it("reads equipment handed to a state as aid, and not an aircraft that merely operates", () => {
    expect(
      ofType(
        "Japan delivered four patrol vessels and two surveillance aircraft to Vietnam in August.",
        "aid",
      ),
    ).toHaveLength(1);
    expect(
      ofType(
        "The pact lets Japanese aircraft use Vietnamese airfields and provides for joint training.",
        "aid",
      ),
    ).toEqual([]);
  });
});

describe("trips and earlier-visit dates", () => {
  it("reads a planned trip to a capital as a planned visit", () => {
    expect(
      ofType(
        "Kenya’s foreign minister, Ruth Wambui, said she would travel to Addis Ababa in December.",
        "visit",
      ),
    ).toEqual([{ type: "visit", cameo: "036", status: "planned", dates: ["2027-12"] }]);
  });

  it("does not read travel advice as a visit", () => {
    expect(
      ofType("Kenya advised its citizens not to travel to the border region in December.", "visit"),
    ).toEqual([]);
  });

  it("lets the visit noun tell a trip made on a state visit, once", () => {
    expect(
      ofType("President Amina Odhiambo will travel to Kampala in December on a state visit.", "visit"),
    ).toHaveLength(1);
  });

  it("keeps the year of an earlier visit off 'the first … since' visit", () => {
    const [visit] = ofType(
      "Odhiambo will pay a state visit to Kampala in December, the first by a Kenyan president since 2009.",
      "visit",
    );
    expect(visit?.dates).toEqual(["2027-12"]);
  });

  it("keeps a 'since' date that is not about a first time", () => {
    const [visit] = ofType("Odhiambo has made an official visit to Kampala every year since 2019.", "visit");
    expect(visit?.dates).toContain("2019");
  });
});

describe("a definite re-mention saying when the act takes place", () => {
  it("dates a planned drill by 'the exercise would take place in …'", () => {
    const [drill] = ofType(
      "Ghana and Togo agreed to hold a joint naval exercise in the Gulf of Guinea. Ghana’s defence minister said the exercise would take place in February.",
      "military-exercise",
    );
    expect(drill?.dates).toContain("2028-02");
  });

  it("does not take a date that is not the act's time", () => {
    const [drill] = ofType(
      "Ghana and Togo agreed to hold a joint naval exercise in the Gulf of Guinea. Ghana’s defence minister said the exercise was first proposed in February.",
      "military-exercise",
    );
    expect(drill?.dates ?? []).not.toContain("2027-02");
  });
});

describe("officialParties", () => {
  it("reads a possessive official and a counterpart as the two parties of a meeting", () => {
    expect(ofType("Samoa’s prime minister met his Fijian counterpart in Apia on Monday.", "meeting")).toEqual(
      [{ type: "meeting", cameo: "040", status: "occurred", dates: ["2027-10-11"] }],
    );
  });

  it("does not make a meeting of one official with no one else", () => {
    expect(ofType("Samoa’s prime minister met reporters in Apia on Monday.", "meeting")).toEqual([]);
  });

  it("lets a possessive official take part in a visit", () => {
    const x = extractBody(
      "Samoa’s prime minister arrived in Wellington on Sunday for a three-day state visit.",
      "October 14, 2027",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.participants.map((p) => p.actorId)).toContain("country:ws");
  });
});

describe("pledges and eased sanctions", () => {
  it("reads aid pledged in dollars as an intent to give aid (033) dated by the pledge", () => {
    expect(ofType("Japan pledged $40 million in aid to Tonga on Tuesday.", "aid")).toEqual([
      { type: "aid", cameo: "033", status: "planned", dates: ["2027-10-12"] },
    ]);
  });

  it("keeps aid delivered as aid given (070)", () => {
    const [aid] = ofType("Japan delivered $40 million in aid to Tonga on Tuesday.", "aid");
    expect(aid?.cameo).toBe("070");
  });

  it("reads lifted sanctions as easing them, not as new sanctions", () => {
    const types = events("The European Union lifted sanctions on Belarusian potash exports in March.").map(
      (e) => `${e.type}/${e.cameo}`,
    );
    expect(types).toEqual(["sanctions-eased/085"]);
  });

  it("still reads imposed sanctions as sanctions", () => {
    const types = events("The European Union imposed sanctions on Belarusian potash exports in March.").map(
      (e) => `${e.type}/${e.cameo}`,
    );
    expect(types).toEqual(["sanctions/163"]);
  });
});

describe("coordinated plans, numbers and pledges told after the noun", () => {
  it("leaves a later infinitive's date off the first plan", () => {
    const [meeting] = ofType(
      "Namibia and Angola agreed to hold a joint commission meeting in Luanda in March and to launch a railway project next year.",
      "meeting",
    );
    expect(meeting?.dates).toEqual(["2028-03"]);
  });

  it("keeps a plan's own date when no later infinitive intervenes", () => {
    const [meeting] = ofType(
      "Namibia and Angola agreed to hold a joint commission meeting in Luanda next year.",
      "meeting",
    );
    expect(meeting?.dates).toEqual(["2028"]);
  });

  it("reads an object past a number with a thousands separator", () => {
    expect(ofType("Tanzania delivered 5,000 tonnes of maize to Malawi last month.", "aid")).toEqual([
      { type: "aid", cameo: "070", status: "occurred", dates: ["2027-09"] },
    ]);
  });

  it("still stops an object search at a real comma", () => {
    expect(
      ofType("Tanzania delivered the letter, and maize prices fell in Malawi last month.", "aid"),
    ).toEqual([]);
  });

  it("reads an aid package pledged in a past month as a pledge of that month", () => {
    expect(
      ofType("Zambia received the first part of a food aid package pledged by Malawi in August.", "aid"),
    ).toEqual([{ type: "aid", cameo: "033", status: "planned", dates: ["2027-08"] }]);
  });

  it("reads an export duty to be imposed as a planned policy change", () => {
    expect(
      ofType(
        "Malaysia will impose a 10 percent export duty on crude palm oil from January.",
        "policy-implementation",
      ),
    ).toEqual([{ type: "policy-implementation", cameo: "0342", status: "planned", dates: ["2028-01"] }]);
  });
});

describe("processes and habits that are no single act", () => {
  it("does not read 'a decade of talks' as one meeting", () => {
    expect(
      ofType(
        "Peru and Ecuador signed a river accord on Monday, ending more than a decade of talks.",
        "meeting",
      ),
    ).toEqual([]);
  });

  it("still reads talks held on a day as a meeting", () => {
    expect(
      ofType("Peru and Ecuador held talks on Monday about the river accord.", "meeting").map((e) => e.status),
    ).toEqual(["occurred"]);
  });

  it("does not read a country that routinely ships grain as giving aid", () => {
    expect(
      ofType("Kazakhstan, which ships grain through Iran to the Gulf, criticised the closure.", "aid"),
    ).toEqual([]);
  });

  it("still reads grain shipped to a country as aid", () => {
    expect(ofType("Kazakhstan shipped grain to Afghanistan in March.", "aid")).toHaveLength(1);
  });
});

describe("agreeing to a ceasefire or to talks", () => {
  it("reads 'agreed to a ceasefire' as a ceasefire agreed, dated in the past", () => {
    const x = extractBody("Armenia and Azerbaijan agreed to a ceasefire on Tuesday.", "June 14, 2024");
    expect(x.events.map((e) => [e.type, e.status, e.dates.map((d) => d.value)])).toEqual([
      ["ceasefire", "occurred", ["2024-06-11"]],
    ]);
  });

  it("keeps 'agreed to hold talks' planned", () => {
    const x = extractBody(
      "Armenia and Azerbaijan agreed to hold talks in Almaty next month.",
      "June 14, 2024",
    );
    expect(x.events.map((e) => e.status)).toEqual(["planned"]);
  });
});

describe("coordinated intents and other people expelled", () => {
  it("keeps 'agreed to X and to Y' as two undertakings of the agreeing day, each in its own field", () => {
    const x = extractBody(
      "Iraq and Turkey agreed on Thursday to set up a joint security committee and to expand trade.",
      "June 14, 2024",
    );
    expect(summary(x)).toEqual(["cooperation 0312 [2024-06-13]", "cooperation 0311 [2024-06-13]"]);
  });
});

describe("acts set ahead by a participle after them", () => {
  it("reads 'an exercise scheduled for Monday' as planned and dates it forwards", () => {
    const x = extractBody(
      "Chile said a naval exercise scheduled for Monday would go ahead.",
      "June 14, 2024",
    );
    expect(x.events.map((e) => [e.type, e.status, e.dates.map((d) => d.value)])).toEqual([
      ["military-exercise", "planned", ["2024-06-17"]],
    ]);
  });

  it("leaves 'an exercise held on Monday' in the past", () => {
    const x = extractBody("Chile said a naval exercise held on Monday had gone well.", "June 14, 2024");
    expect(x.events.map((e) => [e.status, e.dates.map((d) => d.value)])).toEqual([
      ["occurred", ["2024-06-10"]],
    ]);
  });
});

describe("acts in wire copy", () => {
  it("leaves the day of a report off the reported act", () => {
    const x = extractBody(
      "Kenya’s police said Friday they had raided a warehouse in Mombasa and seized smuggled cargo.",
      "June 10, 2022",
    );
    expect(eventRows(x).map((e) => [e[0], e[2]])).toEqual([
      ["raid", ""],
      ["seizure", ""],
    ]);
  });
});

describe("particles and clause scope", () => {
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
});

describe("planned events inside infinitive clauses", () => {
  const x = extractBody(
    "Chile and Peru signed a defence agreement on Monday, vowing to exchange radar data and to hold joint naval patrols in the Pacific Ocean from March.",
    "November 02, 2023",
  );
  it("reads the pledged patrols as a planned joint military event, dated forwards, placed in the ocean", () => {
    expect(plannedEvents(x)).toEqual([
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
    expect(plannedEvents(y)).toEqual([
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

describe("relative weeks (month of the week's Thursday)", () => {
  it("makes an event dated next week planned", () => {
    const x = extractBody("Chile will hold talks with Peru next week.", "July 30, 2021");
    expect(x.events.map((e) => [e.cameo, e.status, e.dates.map((d) => d.value).join()])).toEqual([
      ["036", "planned", "2021-08"],
    ]);
  });
});

describe("'the first since' and a later date of the act", () => {
  it("keeps the act's own day after the 'since' year, and drops the year", () => {
    expect(kinds("Peru and Chile held their first talks since 2019 on Tuesday.")).toEqual([
      "meeting 040 2022-06-07",
    ]);
  });

  it("still drops the year of a first visit since", () => {
    expect(kinds("Peru's president visited Chile on Tuesday, the first such visit since 2015.")).toEqual([
      "visit 042 2022-06-07",
    ]);
  });
});

describe("ordinals and superlatives reaching back to a 'since' date", () => {
  it("drops the 'since' year of the sixth round or the largest drills", () => {
    expect(kinds("Peru and Chile held the sixth round of talks since 2019 on Tuesday.")).toEqual([
      "meeting 040 2022-06-07",
    ]);
    expect(kinds("Peru's navy held its largest drills since 2015 on Tuesday.")).toEqual([
      "military-exercise 150 2022-06-07",
    ]);
  });

  it("keeps a 'since' date with no ordinal before it", () => {
    expect(kinds("The border has been closed since 2020, Peru said on Tuesday.")).toEqual([
      "border-closure 191 2020",
    ]);
  });
});

describe("aid announced or earmarked is a pledge", () => {
  it("reads aid announced in dollars as an intent to give aid (033)", () => {
    expect(kinds("Peru announced $10 million in aid for flood victims in Bolivia on Tuesday.")).toEqual([
      "aid 033 2022-06-07",
    ]);
  });

  it("keeps aid delivered as given (070)", () => {
    expect(kinds("Peru delivered 500 tonnes of food aid to Bolivia on Tuesday.")).toEqual([
      "aid 070 2022-06-07",
    ]);
  });
});
