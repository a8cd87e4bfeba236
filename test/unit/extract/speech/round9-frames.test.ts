// Round 9 reporting-frame families, on made-up text: source frames closing a clause, "was quoted
// (by Y) as saying", and "the <demonym> <title>" closing an attribution.
import { describe, expect, it } from "vitest";
import { saidPairs } from "../helpers.ts";

describe("a source frame after a reported clause", () => {
  it.each(["according to state radio", "citing officials in Oslo", "quoting a police report"])(
    "is no part of the words ('…, %s')",
    (frame) => {
      expect(saidPairs(`Norwegian officials said the bridge would stay shut, ${frame}.`)).toEqual([
        ["country:no", "the bridge would stay shut"],
      ]);
    },
  );

  it("leaves a clause that merely contains the words alone", () => {
    expect(saidPairs("Norwegian officials said the bridge was shut according to plan.")).toEqual([
      ["country:no", "the bridge was shut according to plan"],
    ]);
  });
});

describe("'was quoted (by Y) as saying'", () => {
  it("credits the person quoted, not the outlet quoting them", () => {
    expect(
      saidPairs(
        "Norwegian Transport Minister Pavel Ostrov was quoted by the daily Nordlys Tidende as saying the bridge would stay shut.",
      ),
    ).toEqual([["person:pavel-ostrov", "the bridge would stay shut"]]);
  });

  it("keeps the outlet as the speaker when the outlet itself reports", () => {
    const pairs = saidPairs(
      "Norwegian Transport Minister Pavel Ostrov visited Tromsø. The daily Nordlys Tidende reported the bridge would stay shut.",
    );
    expect(pairs.map(([who]) => who)).not.toContain("person:pavel-ostrov");
  });
});

describe("'the <demonym> <title>' closing an attribution", () => {
  it("is the holder of that title from that country", () => {
    expect(
      saidPairs(
        "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday. The bridge would stay shut, the Norwegian transport minister said.",
      ),
    ).toEqual([["person:pavel-ostrov", "The bridge would stay shut"]]);
  });

  it("is nobody when the demonym names another country than the holder's", () => {
    const pairs = saidPairs(
      "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday. The bridge would stay shut, the Swedish transport minister said.",
    );
    expect(pairs.map(([who]) => who)).not.toContain("person:pavel-ostrov");
  });
});

describe("'the <portfolio> <title>' as a later reference", () => {
  it("resolves only to a holder whose title has the portfolio", () => {
    const pairs = saidPairs(
      "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday. The defence minister said the bridge would stay shut.",
    );
    expect(pairs.map(([who]) => who)).not.toContain("person:pavel-ostrov");
    expect(
      saidPairs(
        "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday. The transport minister said the bridge would stay shut.",
      ),
    ).toEqual([["person:pavel-ostrov", "the bridge would stay shut"]]);
  });
});

describe("where the words were published, after a closing reporting verb", () => {
  it.each([
    "on Telegram",
    "in a post on X",
    "on its website",
    "at a regular news briefing",
    "in a televised address",
    "in an interview with Nordlys",
    "on the sidelines of a fisheries summit",
  ])("reads '…, the ministry said %s.'", (where) => {
    expect(saidPairs(`The bridge was shut, Norway's transport ministry said ${where}.`)).toEqual([
      ["org:no:ministry-of-transport", "The bridge was shut"],
    ]);
  });

  it("does not read a clause that goes on after the platform", () => {
    expect(
      saidPairs("The bridge was shut, Norway's transport ministry said on its website, which crashed.").map(
        ([, text]) => text,
      ),
    ).not.toContain("The bridge was shut, Norway's transport ministry said on its website");
  });
});

describe("irregular past tenses in a reported clause", () => {
  it("keeps 'its air defences shot down two drones' as a clause", () => {
    expect(saidPairs("Norway said its air defences shot down two drones.")).toEqual([
      ["country:no", "its air defences shot down two drones"],
    ]);
  });

  it("still drops a noun-phrase object ('announced the new fleet')", () => {
    expect(saidPairs("Norway announced the new fleet on Monday.")).toEqual([]);
  });
});

describe("'over what it called “…”'", () => {
  it("credits the main clause's subject, not a state named in between", () => {
    expect(
      saidPairs(
        "Norway summoned the Swedish envoy on Monday over what it called “a grave breach” of its waters.",
      ),
    ).toContainEqual(["country:no", "a grave breach"]);
  });
});

describe("'In <capital>, the government said'", () => {
  it("is the government of the state whose capital frames the sentence", () => {
    expect(
      saidPairs(
        "Norway summoned the Swedish envoy on Monday.\n\nIn Stockholm, the government said the boats had left.",
      ),
    ).toEqual([["country:se", "the boats had left"]]);
  });

  it("falls back to the story's state without a frame", () => {
    expect(
      saidPairs(
        "Norway summoned the Swedish envoy on Monday.\n\nLater, the government said the boats had left.",
      ),
    ).toEqual([["country:no", "the boats had left"]]);
  });
});

describe("an inverted verb before a title reference", () => {
  const LEAD = "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday.\n\n";
  it.each(["the minister", "the minister, who took office in May", "the Norwegian transport minister"])(
    "reads '“…,” said %s'",
    (who) => {
      expect(saidPairs(`${LEAD}“The bridge stays shut,” said ${who}.`)).toEqual([
        ["person:pavel-ostrov", "The bridge stays shut,"],
      ]);
    },
  );

  it("does not credit a holder of another title ('said the defence minister')", () => {
    expect(
      saidPairs(`${LEAD}“The bridge stays shut,” said the defence minister.`).map(([who]) => who),
    ).not.toContain("person:pavel-ostrov");
  });
});

describe("', with X saying …'", () => {
  it("ends the first clause and gives the participle its own speaker", () => {
    expect(
      saidPairs(
        "Norway accused Sweden of bad faith, with Transport Minister Pavel Ostrov saying the bridge would stay shut.",
      ),
    ).toEqual([
      ["country:no", "Sweden of bad faith"],
      ["person:pavel-ostrov", "the bridge would stay shut"],
    ]);
  });

  it("leaves a plain 'with' phrase inside the clause", () => {
    expect(saidPairs("Norway said the bridge would reopen, with tolls cut by half.")).toEqual([
      ["country:no", "the bridge would reopen, with tolls cut by half"],
    ]);
  });
});

describe("a reported clause whose subject has a name in apposition", () => {
  it("runs past 'the envoy, Name, a <post>,' to its verb", () => {
    expect(
      saidPairs(
        "Norway said the envoy, Lars Berglund, a first secretary at the Swedish embassy, had met two officers “on six occasions”.",
      ),
    ).toEqual([
      [
        "country:no",
        "the envoy, Lars Berglund, a first secretary at the Swedish embassy, had met two officers “on six occasions”",
      ],
    ]);
  });

  it("still ends the clause at a trailing appositive ('…, the latest blow')", () => {
    expect(saidPairs("Norway said the bridge had been shut, the latest blow to trade.")).toEqual([
      ["country:no", "the bridge had been shut"],
    ]);
  });
});

describe("a protest's object", () => {
  it("is no statement ('protested against …', 'complained over …')", () => {
    expect(saidPairs("Norway protested against Sweden's decision to close the bridge.")).toEqual([]);
    expect(saidPairs("Norway complained over the closure of the bridge.")).toEqual([]);
  });

  it("keeps what a protest says ('protested that …')", () => {
    expect(saidPairs("Norway protested that the bridge had been closed without notice.")).toEqual([
      ["country:no", "the bridge had been closed without notice"],
    ]);
  });
});

describe("conditions and claims that are not words said", () => {
  it("drops a source's condition of anonymity ('…, a source said, asking not to be named')", () => {
    expect(
      saidPairs(
        "Norway's navy sent two ships to the bridge, a naval source said, asking not to be named.",
      ).map(([, text]) => text),
    ).not.toContain("not to be named");
  });

  it("drops a territorial claim ('claims the islands as its own territory')", () => {
    expect(saidPairs("Norway claims the Skerry Islands as its own territory.")).toEqual([]);
  });

  it("keeps a claim that something is so", () => {
    expect(saidPairs("Norway claimed the islands had been Norwegian since 1920.")).toEqual([
      ["country:no", "the islands had been Norwegian since 1920"],
    ]);
  });
});

describe("'…, X was quoted as saying (by Y).' closing a clause", () => {
  it("credits X with the clause before", () => {
    expect(
      saidPairs(
        "The bridge would reopen on Friday, Norwegian Transport Minister Pavel Ostrov was quoted as saying by the daily Nordlys.",
      ),
    ).toEqual([["person:pavel-ostrov", "The bridge would reopen on Friday"]]);
  });

  it("does not read a clause that goes on after the outlet", () => {
    expect(
      saidPairs(
        "The bridge would reopen, Transport Minister Pavel Ostrov was quoted as saying by Nordlys, which later corrected it.",
      ).map(([, text]) => text),
    ).not.toContain("The bridge would reopen");
  });
});

describe("'on condition of anonymity' after a closing verb", () => {
  it.each(["told Reuters on condition of anonymity", "said on condition of anonymity"])(
    "is no part of the words ('…, a Norwegian official %s.')",
    (tail) => {
      expect(
        saidPairs(
          `Norway shut the bridge on Monday. The closure would last a week, a Norwegian official ${tail}.`,
        ),
      ).toEqual([["country:no", "The closure would last a week"]]);
    },
  );
});
