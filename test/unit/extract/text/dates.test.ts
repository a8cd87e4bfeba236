import { describe, expect, it } from "vitest";
import { findDates, isFutureContext } from "../../../../src/extract/text/dates.ts";
import { eventRows, extractBody } from "../helpers.ts";

const one = (text: string, published = "2021-07-09") => {
  const dates = findDates(text, published);
  expect(dates).toHaveLength(1);
  const d = dates[0];
  return d && `${d.text}|${d.value}|${d.precision}`;
};

describe("findDates (published Friday 2021-07-09)", () => {
  it("resolves a month and day without year to the publication year", () =>
    expect(one("the Games starting July 23.")).toBe("July 23|2021-07-23|day"));
  it("keeps an explicit year", () =>
    expect(one("signed on 3 March 2019 in Oslo")).toBe("3 March 2019|2019-03-03|day"));
  it("gives 'in September' month precision", () =>
    expect(one("is expected to be implemented in September")).toBe("in September|2021-09|month"));
  it("moves a future month that already passed into next year", () =>
    expect(one("will be implemented in March")).toBe("in March|2022-03|month"));
  it("moves a past month after the publication month into last year", () =>
    expect(one("The talks held in December failed.")).toBe("in December|2020-12|month"));
  it("resolves 'this month' to the publication month", () =>
    expect(one("going to be implemented this month")).toBe("this month|2021-07|month"));
  it("reads 'planned for September' as a month", () =>
    expect(one("an exercise is planned for September")).toBe("for September|2021-09|month"));
  it("reads 'mid-August' like 'early August', and no date in 'Middle East'", () => {
    expect(one("talks are due in mid-August")).toBe("mid-August|2021-08|month");
    expect(one("talks are due in mid August")).toBe("mid August|2021-08|month");
    expect(findDates("the Middle East", "2021-07-09")).toEqual([]);
  });
  it("resolves 'next year' and 'last month'", () => {
    expect(one("elections next year")).toBe("next year|2022|year");
    expect(one("sanctions imposed last month")).toBe("last month|2021-06|month");
  });
  it("resolves yesterday and tomorrow", () => {
    expect(one("He said yesterday")).toBe("yesterday|2021-07-08|day");
    expect(one("She arrives tomorrow")).toBe("tomorrow|2021-07-10|day");
  });
  it("resolves a weekday to the most recent one in past tense", () =>
    expect(one("The minister met him on Wednesday.")).toBe("on Wednesday|2021-07-07|day"));
  it("resolves a weekday forward in future tense", () =>
    expect(one("The minister will meet him on Wednesday.")).toBe("on Wednesday|2021-07-14|day"));
  it("treats the publication weekday as the same day in past tense", () =>
    expect(one("The ministry said on Friday.")).toBe("on Friday|2021-07-09|day"));
  it("handles 'last' and 'next' weekdays", () => {
    expect(one("talks last Friday")).toBe("last Friday|2021-07-02|day");
    expect(one("talks next Monday")).toBe("next Monday|2021-07-12|day");
  });
  it("reports offsets relative to the given base", () => {
    const [d] = findDates("xx in September", "2021-07-09", 100);
    expect(d).toMatchObject({ start: 103, end: 115 });
  });
  it("ignores durations and bare numbers", () =>
    expect(findDates("for the next three years, 23 ships", "2021-07-09")).toEqual([]));
});

describe("isFutureContext", () => {
  it("detects future cues only in the current clause", () => {
    expect(isFutureContext("the plan is expected to be implemented ")).toBe(true);
    expect(isFutureContext("He will travel; the meeting took place ")).toBe(false);
    expect(isFutureContext("The minister met him ")).toBe(false);
  });
});

describe("findDates at the start of a sentence", () => {
  it("reads a capitalised preposition before a month or a year ('In March, …', 'Since 2019, …')", () => {
    expect(one("In March, the two navies met.")).toBe("In March|2021-03|month");
    expect(one("Since 2019, talks have stalled.")).toBe("Since 2019|2019|year");
  });
});

describe("findDates: month and year phrases added for events", () => {
  it("resolves 'last November' to the last November before publication", () =>
    expect(one("troops were sent last November", "2022-04-20")).toBe("last November|2021-11|month"));
  it("reads a year used as a modifier", () =>
    expect(one("Fiji reviews a 2011 police deal with China")).toBe("a 2011|2011|year"));
  it("does not read a number before a capitalised word as a year", () =>
    expect(findDates("the 2011 Treaty of Apia", "2021-07-09")).toEqual([]));
});

describe("expulsions and coordinated dates", () => {
  it("resolves a month of last year", () => {
    const x = extractBody("Latvia expelled three Russian diplomats in March last year.", "June 10, 2022");
    expect(eventRows(x).map((e) => e[2])).toEqual(["2021-03"]);
  });
});

describe("new date expressions (published Friday 2021-07-09)", () => {
  const one = (text: string) =>
    findDates(text, "2021-07-09").map((d) => `${d.text}|${d.value}|${d.precision}`);
  it("reads 'the end of the year' as the current year", () =>
    expect(one("sanctions must be extended by the end of the year")).toEqual([
      "the end of the year|2021|year",
    ]));
  it("reads a month used as a modifier in a future clause", () =>
    expect(one("it will be adopted at the December summit")).toEqual(["the December|2021-12|month"]));
  it("reads a past month modifier after the publication month as last year", () =>
    expect(one("the row began after the October elections")).toEqual(["the October|2020-10|month"]));
  it("reads 'since the start of the month' or 'of the year' as the current month or year", () => {
    expect(one("police have arrested 40 men since the start of the month")).toEqual([
      "the start of the month|2021-07|month",
    ]);
    expect(one("seized 3 tonnes since the beginning of the year")).toEqual([
      "the beginning of the year|2021|year",
    ]);
    expect(one("talks stalled at the start of the year")).toEqual(["the start of the year|2021|year"]);
    expect(one("raids planned for the beginning of the month")).toEqual([
      "the beginning of the month|2021-07|month",
    ]);
    expect(one("since the start of the war in the east")).toEqual([]);
  });
});

describe("relative weeks (month of the week's Thursday)", () => {
  const one = (text: string, pub: string) =>
    findDates(text, pub).map((d) => `${d.text}|${d.value}|${d.precision}`);
  it("dates 'next week' at the end of a month in the next month", () =>
    expect(one("talks will be held next week", "2021-07-30")).toEqual(["next week|2021-08|month"]));
  it("dates 'last week' by the month holding most of that week", () =>
    expect(one("they met last week", "2021-07-09")).toEqual(["last week|2021-07|month"]));
});
