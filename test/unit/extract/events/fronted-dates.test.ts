// Tests of src/extract/events/fronted-dates.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, kinds, summary } from "../helpers.ts";

describe("a date fronted before the clause", () => {
  it("dates every past act of the sentence", () => {
    const x = extractBody(
      "Peru accused Chile of provocations. On March 2, a Chilean navy ship entered Peruvian waters and its crew detained two fishermen.",
      "March 9, 2024",
    );
    expect(summary(x)).toEqual(["intrusion 150 [2024-03-02]", "arrest 173 [2024-03-02]"]);
  });

  it("leaves a date inside the clause to the nearest act", () => {
    const x = extractBody(
      "Chile said Peru had detained two fishermen, who were released on March 2.",
      "March 9, 2024",
    );
    expect(summary(x)).toEqual(["arrest 173 []", "release 084 [2024-03-02]"]);
  });
});

describe("an act with a relative time of its own", () => {
  it("does not take the fronted date", () => {
    expect(
      kinds("In March, Chilean police detained nine Peruvian fishermen and released them a week later."),
    ).toEqual(["arrest 173 2022-03", "release 084 "]);
    expect(
      kinds("In March, Chilean police detained nine Peruvian fishermen and later released them."),
    ).toEqual(["arrest 173 2022-03", "release 084 "]);
  });

  it("does not share its partner's date, and a coordinated act without one still does", () => {
    expect(
      kinds("Chilean police detained nine Peruvian fishermen on Tuesday and later released them."),
    ).toEqual(["arrest 173 2022-06-07", "release 084 "]);
    expect(
      kinds("In March, Chilean police detained nine Peruvian fishermen and seized their boats."),
    ).toEqual(["arrest 173 2022-03", "seizure 171 2022-03"]);
  });
});

describe("guards on fronted dates and negation", () => {
  it("does not give a fronted report date to an act inside the report", () => {
    const x = extractBody("On Monday, Chile said Peru had detained two Chilean fishermen.", "June 14, 2024");
    expect(summary(x)).toEqual(["arrest 173 []"]);
  });

  it("gives a fronted month or year to an act inside the report: it spans both", () => {
    expect(kinds("In February, Peruvian fishermen said Chilean soldiers had seized their nets.")).toEqual([
      "seizure 171 2022-02",
    ]);
    expect(kinds("Last year, Peru said Chile had expelled two of its diplomats.")).toEqual([
      "expulsion 174 2021",
    ]);
  });
});

describe("an act coordinated with an accusation's day (published Friday 2022-06-10)", () => {
  it("takes the day of 'accused X on Thursday of …, and ordered out …'", () => {
    expect(
      kinds(
        "Peru accused Chile's intelligence service on Thursday of secretly paying two parties ahead of local elections in the port of Ilo, and ordered out a Chilean diplomat.",
      ),
    ).toContain("expulsion 174 2022-06-09");
    expect(
      kinds(
        "Peru blamed Chile's military on Wednesday for a string of cyber attacks on its ministries, and expelled two Chilean diplomats.",
      ),
    ).toContain("expulsion 174 2022-06-08");
  });

  it("not a day of something else before the act", () => {
    expect(
      kinds(
        "Peru accused Chile of spying since Thursday's vote in the port of Ilo and in the capital, and ordered out a Chilean diplomat.",
      ),
    ).not.toContain("expulsion 174 2022-06-09");
  });
});

describe("a fronted scene holding the date ('In a similar seizure in March 2021,')", () => {
  const told = (s: string) => kinds(`Peru summoned Chile's envoy on Tuesday. ${s}`);

  it("dates the acts of the clause it opens", () => {
    expect(
      told("In a similar seizure in March 2021, Chile's navy impounded two Peruvian trawlers."),
    ).toContain("seizure 171 2021-03");
    expect(told("During a patrol on Thursday, Chilean sailors detained 12 Peruvian fishermen.")).toContain(
      "arrest 173 2022-06-09",
    );
    expect(told("In an earlier incident in 2019, Chilean troops crossed into Peruvian territory.")).toContain(
      "intrusion 150 2019",
    );
  });

  it("leaves a report's day, a plan and a habit alone", () => {
    expect(
      told("In a statement on Friday, the ministry said Chilean sailors had detained 12 Peruvian fishermen."),
    ).toContain("arrest 173 ");
    expect(told("During the talks in March, Chile agreed to release the fishermen.")).toContain(
      "release 084 ",
    );
    expect(
      told("Since a similar raid in 2019, Chilean sailors have detained dozens of fishermen."),
    ).toContain("arrest 173 ");
  });
});
