// Dates relative to another act ("a month later", "two years after"). Made-up text only.
import { describe, expect, it } from "vitest";
import { shiftDate } from "../../../../src/extract/events/relative-dates.ts";
import type { DateMention } from "../../../../src/extract/text/dates.ts";
import { extractBody, kinds, summary } from "../helpers.ts";

const at = (value: string, precision: DateMention["precision"]): DateMention => ({
  start: 0,
  end: 0,
  text: "",
  value,
  precision,
});
const dated = (x: ReturnType<typeof extractBody>) =>
  x.events.map((e) => [e.type, e.dates.map((d) => d.value).join(",")]);

describe("shiftDate", () => {
  it("moves a date by days, months or years at the base's precision", () => {
    expect(shiftDate(at("2021-08-31", "day"), "day", 1)?.value).toBe("2021-09-01");
    expect(shiftDate(at("2021-12", "month"), "month", 1)?.value).toBe("2022-01");
    expect(shiftDate(at("2013", "year"), "year", -2)?.value).toBe("2011");
    expect(shiftDate(at("2021-08", "month"), "year", 1)?.value).toBe("2022-08");
  });

  it("does not invent precision the base lacks", () => {
    expect(shiftDate(at("2021-08", "month"), "day", 1)).toBeUndefined();
    expect(shiftDate(at("2021", "year"), "month", 1)).toBeUndefined();
  });
});

describe("acts dated relative to another act", () => {
  it("dates 'a month later' from the earlier act of the sentence, not by coordination", () => {
    const x = extractBody(
      "Chad cut diplomatic ties with Sudan in May 2020 and closed its border a month later.",
      "June 10, 2022",
    );
    expect(dated(x)).toEqual([
      ["relations-cut", "2020-05"],
      ["border-closure", "2020-06"],
    ]);
  });

  it("dates the act after 'two years after' from the sentence's earlier date", () => {
    const x = extractBody(
      "The court ruled in 2015, two years after Eritrean troops shelled Ethiopian villages.",
      "June 10, 2022",
    );
    expect(dated(x)).toEqual([["military-attack", "2013"]]);
  });

  it("leaves an act undated when the span is vaguer than a count ('weeks later')", () => {
    const x = extractBody(
      "Chad cut diplomatic ties with Sudan in May 2020 and closed its border weeks later.",
      "June 10, 2022",
    );
    expect(dated(x)).toEqual([
      ["relations-cut", "2020-05"],
      ["border-closure", ""],
    ]);
  });

  it("gives an event the start date of a later mention ('the drills, which began on Saturday, …')", () => {
    const x = extractBody(
      "Chile staged naval drills off Arica. Peru said the drills, which began on Saturday, were a provocation.",
      "June 13, 2022",
    );
    expect(dated(x)).toEqual([["military-exercise", "2022-06-11"]]);
  });

  it("dates an act 'the same night' as the latest act dated to the day", () => {
    const x = extractBody(
      "Oman’s navy intercepted a tanker on Wednesday night. The coast guard said Iranian fast boats had harassed another vessel the same night.",
      "June 10, 2022",
    );
    expect(dated(x)).toEqual([
      ["seizure", "2022-06-08"],
      ["coercion", "2022-06-08"],
    ]);
  });

  it("dates an event from a later definite mention by its head noun ('the strikes on Tuesday')", () => {
    const x = extractBody(
      "Chad protested against Libyan air strikes near the border. Its foreign ministry said the strikes on Tuesday killed three herders.",
      "June 10, 2022",
    );
    expect(dated(x)).toContainEqual(["military-attack", "2022-06-07"]);
  });
});

describe("dates shared by participle and when-clauses", () => {
  it("dates a participle act by the act it comments on", () => {
    const x = extractBody(
      "Russia held naval drills in May last year, firing missiles into the sea off Japan.",
      "June 10, 2022",
    );
    expect(dated(x)).toEqual([
      ["military-exercise", "2021-05"],
      ["weapons-test", "2021-05"],
    ]);
  });

  it("does not date a participle after a semicolon", () => {
    const x = extractBody("Russia held naval drills in May; firing missiles is routine.", "June 10, 2022");
    expect(dated(x).find((e) => e[0] === "weapons-test")?.[1] ?? "").toBe("");
  });

  it("dates every act of a when-clause by the date it explains", () => {
    const x = extractBody(
      "Ties have been strained since 2019, when Peru arrested a Bolivian trader and Bolivia detained two Peruvian pilots.",
      "June 10, 2022",
    );
    expect(dated(x)).toEqual([
      ["arrest", "2019"],
      ["arrest", "2019"],
    ]);
  });
});

describe("start dates of planned acts", () => {
  it("gives a plan agreed on a day the start date of a later definite mention", () => {
    const x = extractBody(
      "Peru and Chile agreed on Friday to run joint naval patrols off Arica. Officials said the patrols would start in January.",
      "December 9, 2022",
    );
    expect(dated(x)).toContainEqual(["military-exercise", "2023-01"]);
  });

  it("keeps the date of a past act when a later mention only starts", () => {
    const x = extractBody(
      "Peru and Chile held joint naval patrols in March. Officials said the patrols would start again in January.",
      "December 9, 2022",
    );
    expect(dated(x)).toContainEqual(["military-exercise", "2022-03"]);
  });
});

describe("acts the news came after", () => {
  it("dates 'the row came a day after X signed' from the lead's day", () => {
    const x = extractBody(
      "Peru summoned Chile’s ambassador on Wednesday. The row came a day after Chile signed a defence agreement with Bolivia.",
      "September 29, 2021",
    );
    expect(dated(x)).toEqual([
      ["envoy-summoned", "2021-09-29"],
      ["agreement", "2021-09-28"],
    ]);
  });

  it("needs a verb of following before the phrase", () => {
    const x = extractBody(
      "Peru summoned Chile’s ambassador on Wednesday. Protests grew a day after Chile signed a defence agreement with Bolivia.",
      "September 29, 2021",
    );
    expect(dated(x)).toContainEqual(["agreement", ""]);
  });
});

describe("acts a phrase 'a day after' names further on in its clause", () => {
  it("dates talks whose parties come first from the main clause's day", () => {
    const x = extractBody(
      "Peruvian police detained two Chilean fishermen early on Thursday, a day after Lima and Santiago held a new round of maritime boundary talks.",
      "September 30, 2021",
    );
    expect(dated(x)).toContainEqual(["meeting", "2021-09-29"]);
  });

  it("counts days back from the main clause's day", () => {
    const x = extractBody(
      "Chile recalled its ambassador on Thursday, two days after the Peruvian coast guard and navy seized a Chilean trawler near Arica.",
      "September 30, 2021",
    );
    expect(dated(x)).toContainEqual(["seizure", "2021-09-28"]);
  });

  it("does not reach past a comma into another clause", () => {
    const x = extractBody(
      "Chile recalled its ambassador on Thursday, a day after the vote in Congress, which followed months of talks with Peru.",
      "September 30, 2021",
    );
    expect(dated(x)).not.toContainEqual(["meeting", "2021-09-29"]);
  });
});

describe("'later' with its base act in the sentence before", () => {
  it("dates 'freed … four days later' from the detention told just before", () => {
    const x = extractBody(
      "The Chilean navy detained 11 Peruvian fishermen on Sept. 2 near Arica. Chile freed the fishermen four days later.",
      "September 30, 2021",
    );
    expect(dated(x)).toEqual([
      ["arrest", "2021-09-02"],
      ["release", "2021-09-06"],
    ]);
  });
});

describe("an opening date given by a later mention", () => {
  it("dates a planned exercise from 'the drills … starting on'", () => {
    const x = extractBody(
      "Chile and Peru said their navies would hold a joint exercise next month. The drills will take place off Arica over four days starting on June 12.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["military-exercise 062 [2023-06,2023-06-12]"]);
  });

  it("ignores a date that does not open the act", () => {
    const x = extractBody(
      "Chile and Peru said their navies would hold a joint exercise next month. The drills were agreed in Lima on April 2.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["military-exercise 062 [2023-06]"]);
  });
});

describe("the opening date of a re-mention after a modal", () => {
  it("resolves ahead when a modal stands before the mention in its clause", () => {
    const x = extractBody(
      "India agreed to hold a joint exercise with Sri Lanka next month. India's coast guard would lead the exercise, code-named Dosti, off Male from July 14.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => e.dates.map((d) => d.value).join())).toEqual(["2022-07,2022-07-14"]);
  });

  it("keeps a past opening date in the past", () => {
    const x = extractBody(
      "India held a joint exercise with Sri Lanka in May. The coast guard led the exercise, code-named Dosti, off Male from May 14.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => e.dates.map((d) => d.value).join())).toEqual(["2022-05,2022-05-14"]);
  });
});

describe("a re-mention that takes effect on a weekday (published Friday 2022-06-10)", () => {
  const agreed = "Ethiopia and Eritrea agreed on Wednesday to a ceasefire. ";
  const dates = (body: string) =>
    extractBody(body, "June 10, 2022").events.map((e) => e.dates.map((d) => d.value).join());

  it("sets the day ahead for the present tense, behind for the past", () => {
    expect(dates(`${agreed}The ceasefire takes effect at midnight on Monday, the ministry said.`)).toContain(
      "2022-06-08,2022-06-13",
    );
    expect(dates(`${agreed}The ceasefire took effect at midnight on Monday, the ministry said.`)).toContain(
      "2022-06-08,2022-06-06",
    );
  });
});

describe("'the next day', 'the same evening': a day after, or the day of, the act before", () => {
  const k = (body: string) => kinds(body).filter((x) => x.startsWith("release"));
  it("dates a coordinated or participle act a day after the dated act before it", () => {
    expect(
      k("Guinean border guards detained three Malian soldiers on Tuesday and released them the next day."),
    ).toEqual(["release 084 2022-06-08"]);
    expect(
      k("Ghanaian police arrested two Togolese officers on Monday, freeing them the following morning."),
    ).toEqual(["release 084 2022-06-07"]);
  });

  it("dates an act of the same evening to the day before it", () => {
    expect(
      k("Senegalese sailors held a Gambian skipper on Wednesday and released him later that day."),
    ).toEqual(["release 084 2022-06-08"]);
  });

  it("not an act whose clause the phrase does not close", () => {
    expect(
      k(
        "Nigeria arrested four Beninese soldiers on Tuesday, who were released by a court, a spokesman said the next day.",
      ),
    ).not.toContain("release 084 2022-06-08");
  });
});

describe("a bare 'days later' or 'days after'", () => {
  it("keeps a month or year base as it is", () => {
    expect(shiftDate(at("2008-03", "month"), "day", undefined)?.value).toBe("2008-03");
    expect(shiftDate(at("2008", "year"), "day", undefined)?.value).toBe("2008");
    expect(shiftDate(at("2008-03-02", "day"), "day", undefined)).toBeUndefined();
    expect(shiftDate(at("2008", "year"), "month", undefined)).toBeUndefined();
  });

  it("dates a later act by the month or year before it", () => {
    expect(
      kinds("Chile bombed a camp in March 2008. Peru broke off diplomatic relations with Chile days later."),
    ).toContain("relations-cut 161 2008-03");
    expect(kinds("Chile shelled a border post in 2011. Peru recalled its ambassador days later.")).toContain(
      "envoy-recalled 161 2011",
    );
    expect(
      kinds("Peru summoned Chile's ambassador in May, days after Chilean troops raided a border post."),
    ).toContain("raid 171 2022-05");
  });

  it("not when the base is a day, nor for months or years", () => {
    expect(
      kinds("Chile bombed a camp on March 3. Peru broke off relations with Chile days later."),
    ).toContain("relations-cut 161 ");
    expect(
      kinds("Peru summoned Chile's ambassador on Monday, days after Chilean troops raided a border post."),
    ).toContain("raid 171 ");
    expect(kinds("Chile bombed a camp in 2008. Peru broke off relations with Chile months later.")).toContain(
      "relations-cut 161 ",
    );
  });
});

describe("a month or day of 'that year'", () => {
  it("takes the last year written before it", () => {
    expect(
      kinds(
        "Chile became the main route in 2019. The bloc signed a memorandum with Chile in July that year.",
      ),
    ).toContain("agreement 057 2019-07");
    expect(
      kinds("Chile bombed a camp in 2008 and Peru cut ties with Chile in March of the same year."),
    ).toContain("relations-cut 161 2008-03");
    expect(
      kinds(
        "Peru expelled two Chilean diplomats in 2015. Chile expelled three Peruvian diplomats on May 4 that year.",
      ),
    ).toContain("expulsion 174 2015-05-04");
    expect(
      kinds("Peru and Chile fell out in 2016. Peru restored ties with Chile in October that same year."),
    ).toContain("cooperation 030 2016-10");
  });

  it("leaves months without it to the publication date", () => {
    expect(kinds("Chile bombed a camp in 2008. Peru cut ties with Chile in March.")).toContain(
      "relations-cut 161 2022-03",
    );
  });
});

describe("same-day phrases: 'that morning', 'later in the day', 'the same day'", () => {
  const summoned = (body: string) => kinds(body).filter((x) => x.startsWith("envoy-summoned"));
  it("counts from the date written earlier in the sentence", () => {
    expect(
      summoned(
        "Foreign Minister Ana Ruiz on Wednesday told reporters that Peru’s ambassador had been summoned to the ministry that morning.",
      ),
    ).toEqual(["envoy-summoned 114 2022-06-08"]);
    expect(
      summoned(
        "The spokesman said on Tuesday that Chile’s envoy had been summoned to the foreign ministry earlier in the day.",
      ),
    ).toEqual(["envoy-summoned 114 2022-06-07"]);
  });

  it("counts from the latest act dated to the day, past a named apposition", () => {
    expect(
      summoned(
        "A Bolivian drone crossed into Peruvian airspace early on Monday. Peru’s foreign ministry summoned Bolivia’s chargé d’affaires, Luis Mendoza, later in the day.",
      ),
    ).toEqual(["envoy-summoned 114 2022-06-06"]);
  });

  it("takes a month-dated act of its sentence as the base, not a year written in between", () => {
    const x = kinds(
      "Chile expelled Peru’s ambassador in March 2020 after he praised a 1979 treaty, and Lima responded by expelling Chile’s envoy the same day.",
    ).filter((k) => k.startsWith("expulsion"));
    expect(x[1]).toBe("expulsion 174 2020-03");
  });

  it("not across a report or a lower-case clause after a comma", () => {
    expect(
      kinds(
        "Peru expelled a Chilean consul in May. Chile closed its border with Peru, officials said that night.",
      ),
    ).toContain("border-closure 191 ");
    expect(
      kinds(
        "Bolivian guards held two Peruvian soldiers who strayed across the border on June 4, releasing them the next day.",
      ).filter((k) => k.startsWith("intrusion")),
    ).not.toContain("intrusion 150 2022-06-05");
  });
});

describe("'the previous year': the year before the narrated one", () => {
  it("counts from the last year written before it", () => {
    expect(
      kinds(
        "Ghana suspended its trade pact with Togo in March 2019. Ghana had cut diplomatic ties with Lome the previous year.",
      ),
    ).toEqual(["sanctions 163 2019-03", "relations-cut 161 2018"]);
    expect(
      kinds(
        "Ghana closed its embassy in Lome in 2015. The previous year, Togo had expelled two Ghanaian diplomats.",
      ),
    ).toEqual(["relations-reduced 160 2015", "expulsion 174 2014"]);
    expect(
      kinds(
        "Togo cut diplomatic ties with Ghana in 2016 after Ghana expelled its ambassador the previous year.",
      ),
    ).toEqual(["relations-cut 161 2016", "expulsion 174 2015"]);
  });

  it("counts from publication with no past year written before it", () => {
    expect(kinds("Ghana cut diplomatic ties with Togo the previous year, officials said.")).toEqual([
      "relations-cut 161 2021",
    ]);
    expect(
      kinds("Ghana will cut ties with Togo by 2030. Togo expelled Ghana's ambassador the previous year."),
    ).toContain("expulsion 174 2021");
  });
});

describe("'days after' for a past act: no base still to come", () => {
  it("counts from the head clause's past day, not a planned act's date", () => {
    expect(
      kinds(
        "Ghana agreed on Wednesday to start joint patrols with Togo in July, two days after Togolese troops seized a Ghanaian boat.",
      ),
    ).toEqual(["military-exercise 062 2022-07", "seizure 171 2022-06-06"]);
    expect(
      kinds(
        "Ghana agreed on Wednesday to start joint patrols with Togo next month, days after Togolese troops seized a Ghanaian boat.",
      ),
    ).toEqual(["military-exercise 062 2022-07", "seizure 171 "]);
  });

  it("keeps a planned act's own relative date", () => {
    expect(kinds("Ghana will host talks in July, two days after Togo holds its election.")).toEqual([
      "meeting 036 2022-07",
    ]);
  });
});
