// Dates an act takes from the gathering it is set at. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, plannedEvents } from "../helpers.ts";

const dated = (body: string, published = "June 10, 2022") =>
  extractBody(body, published).events.map((e) => [e.type, e.dates.map((d) => d.value).join()]);

describe("lendSettingDates", () => {
  it("dates a planned act by the meeting it will be raised at", () => {
    expect(
      dated(
        "Peru said it would raise the incident with the Organization of American States at a meeting of foreign ministers next month.",
      ),
    ).toEqual([["meeting", "2022-07"]]);
  });

  it("does not lend the date of a gathering the act is not set at", () => {
    expect(
      dated(
        "Peru said it would raise the incident with the Organization of American States after a meeting of foreign ministers next month.",
      ),
      // The ministers' meeting is an act of its own (plural-delegates.ts), dated by its own words.
    ).toEqual([
      ["meeting", ""],
      ["meeting", "2022-07"],
    ]);
  });
});

describe("attachSessionDates", () => {
  it("dates a planned act at a body by that body's next session", () => {
    expect(
      dated(
        "Peru said it would raise the matter at the U.N. Human Rights Council. Lima recalled its envoy. The Human Rights Council’s next session opens in Geneva on June 20.",
      ),
    ).toContainEqual(["meeting", "2022-06-20"]);
  });

  it("ignores the next session of another body", () => {
    const events = dated(
      "Peru said it would raise the matter at the U.N. Human Rights Council. The Organization of American States’ next session opens on June 20.",
    );
    expect(events).toContainEqual(["meeting", ""]);
  });
});

describe("planned events in reported speech", () => {
  it("reads 'X will raise the matter at <organisation> next month' as a planned consultation", () => {
    const x = extractBody(
      "According to the minister, Ecuador will raise the matter at the United Nations next month.",
      "March 08, 2023",
    );
    expect(plannedEvents(x)).toEqual([
      ["meeting", "036", "planned", "2023-04/month", "", "source:country:ec,participant:org:un"],
    ]);
    expect(x.events[0]?.plover).toBe("AGREE");
  });
  it("needs a forum: raising concerns with no one named is no event", () => {
    const x = extractBody("Ecuador raised concerns about the price of fuel.");
    expect(x.events).toEqual([]);
  });
});

describe("a gathering an act was done at", () => {
  const kinds2 = (body: string) =>
    extractBody(body, "June 10, 2022").events.map(
      (e) => `${e.type} ${e.cameo} ${e.dates.map((d) => d.value).join()}`,
    );

  it("takes the act's day, through the act's dated mention", () => {
    expect(
      kinds2("Chile and Peru signed a fisheries accord on Thursday after three hours of talks in Lima."),
    ).toContain("meeting 040 2022-06-09");
    expect(
      kinds2("Chile and Peru signed a fisheries accord on Thursday after a day of talks in Lima."),
    ).toContain("meeting 040 2022-06-09");
    expect(
      kinds2(
        "Chile and Peru agreed on Thursday to reopen the border. The deal was reached in Lima at a meeting between Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Paz.",
      ),
    ).toContain("meeting 040 2022-06-09");
    expect(
      kinds2(
        "Chile and Peru signed a trade pact on Monday. The pact was signed during talks between Chile's foreign minister, Ana Soto, and Peruvian Foreign Minister Luis Paz.",
      ),
    ).toContain("meeting 040 2022-06-06");
  });

  it("not a planned gathering, nor one of a planned act", () => {
    expect(
      kinds2("Chile and Peru will sign a fisheries accord on Thursday after talks in Lima."),
    ).not.toContain("meeting 040 2022-06-09");
  });
});
