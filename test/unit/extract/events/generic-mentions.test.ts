// Tests of src/extract/events/generic-mentions.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, kinds, summary } from "../helpers.ts";

describe("coercion in other words", () => {
  it("does not read a habit of hackers as an attack", () => {
    expect(kinds("Peru said on Tuesday that hackers often target email accounts of officials.")).toEqual([]);
  });
});

describe("generic mentions", () => {
  it("does not read exercising restraint or a right as an exercise", () => {
    expect(kinds("Peru urged both sides to exercise restraint on Tuesday.")).toEqual([]);
    expect(kinds("Peru said it would exercise its right to self-defence.")).toEqual([]);
  });

  it("still reads exercises staged by a navy", () => {
    expect(kinds("Chile's navy conducted live-fire exercises on Tuesday.")).toEqual([
      "military-exercise 150 2022-06-07",
    ]);
  });

  it("does not read a treaty never signed as a signing, but keeps a refusal to meet", () => {
    expect(kinds("Chile has never signed the treaty, Peru said on Tuesday.")).toEqual([]);
    expect(kinds("Chile and Peru will not hold talks this year.")).toEqual(["meeting 125 2022"]);
  });

  it("does not read an act with no plans behind it or met many times", () => {
    expect(kinds("Peru said on Tuesday that it had no plans to deploy troops.")).toEqual([]);
    expect(
      kinds("Peru's foreign minister, who has met Chile's president many times, spoke on Tuesday."),
    ).toEqual([]);
  });
});

describe("acts only imagined, wished, conditional or discussed", () => {
  it("does not read any cyberattack as one, but keeps a cyberattack blamed on a state", () => {
    expect(kinds("Peru said on Tuesday it would respond to any cyberattack.")).toEqual([]);
    expect(kinds("Peru blamed China for a cyberattack on its ministries on Tuesday.")).toEqual([
      "cyberattack 176 2022-06-07",
    ]);
  });

  it("does not read a wish to sign as a signing, but keeps a plan to sign", () => {
    expect(kinds("Chile wants to sign a trade deal with Peru, analysts said on Tuesday.")).toEqual([]);
    expect(kinds("Peru and Chile will sign a trade agreement next month.")).toEqual([
      "agreement 057 2022-07",
    ]);
  });

  it("does not read a withdrawal named in a condition as one", () => {
    expect(
      kinds(
        "The minister said on Tuesday that talks with Chile could resume if Santiago withdrew its troops.",
      ),
    ).toEqual([]);
  });

  it("keeps an act pressed for in a failure condition as planned", () => {
    const found = kinds(
      "Chile warned on Tuesday that the bloc would lose face if it failed to renew sanctions on Peruvian copper next month.",
    );
    expect(found).toEqual(["sanctions 163 2022-07"]);
  });

  it("does not read sanctions under consideration as imposed", () => {
    expect(kinds("Peru said on Tuesday it was considering sanctions against Chile.")).toEqual([]);
    expect(kinds("The United States sanctioned three Peruvian officials on Tuesday.")).toEqual([
      "sanctions 163 2022-06-07",
    ]);
  });
});

describe("habits and possibilities", () => {
  it("does not read drills held regularly or for decades as one exercise", () => {
    expect(kinds("Peru regularly holds joint drills with Chile, the navy said on Tuesday.")).toEqual([]);
    expect(
      kinds(
        "Chile's navy, which has conducted exercises in the area for decades, said on Tuesday it would continue.",
      ),
    ).toEqual([]);
  });

  it("still reads drills held once, even the first in years", () => {
    expect(kinds("Peru and Chile held joint naval exercises on Tuesday, the first since 2019.")).toEqual([
      "military-exercise 062 2022-06-07",
    ]);
  });

  it("does not read 'any arrests' or an expulsion that could follow a condition", () => {
    expect(kinds("Peru said on Tuesday it was not aware of any arrests.")).toEqual([]);
    expect(
      kinds("Peru said on Tuesday it could expel Chilean diplomats if the provocations continued."),
    ).toEqual([]);
    expect(kinds("Chile said on Tuesday it would expel two Peruvian diplomats.")).toEqual(["expulsion 174 "]);
  });
});

describe("coming under fire", () => {
  it("reads a post or convoy coming under fire as an attack with its date", () => {
    expect(kinds("A Togolese border post came under rocket fire on Thursday, Ghana said.")).toEqual([
      "military-attack 190 2022-06-09",
    ]);
    expect(kinds("The convoy came under attack near the border on Monday.")).toEqual([
      "military-attack 190 2022-06-06",
    ]);
  });

  it("does not read a minister or a policy coming under fire as an attack", () => {
    expect(kinds("The minister came under fire from lawmakers on Monday over the budget.")).toEqual([]);
    expect(kinds("The policy has come under attack from critics.")).toEqual([]);
  });
});

describe("negated acts", () => {
  it("reads a negated arrest as no event", () => {
    const x = extractBody(
      "The gang’s leader was not among those detained, Peruvian police said. He had never been arrested.",
      "May 3, 2023",
    );
    expect(x.events).toHaveLength(0);
  });

  it("still reads the arrest itself", () => {
    const x = extractBody("Peruvian police detained the gang’s leader on Friday.", "May 3, 2023");
    expect(summary(x)).toEqual(["arrest 173 [2023-04-28]"]);
  });
});

describe("guards on fronted dates and negation", () => {
  it("reads 'not only arrested' as an arrest", () => {
    const x = extractBody(
      "Peruvian police not only arrested the two men on Monday but also seized their boat.",
      "June 14, 2024",
    );
    expect(x.events.map((e) => e.type)).toContain("arrest");
  });
});

describe("protests against a named state's act, and protests that are a summons' purpose", () => {
  it("reads 'protested against X's decision' as a démarche to X", () => {
    expect(
      kinds("Chile on Thursday protested against Peru's decision to suspend imports of copper."),
    ).toEqual(["diplomatic-protest 114 2022-06-09"]);
  });

  it("reads no démarche from protests against an unnamed author", () => {
    expect(
      kinds("Thousands of farmers protested against the government's plan in Santiago on Thursday."),
    ).toEqual([]);
  });

  it("reads 'summoned X's envoy to protest against …' as the summons alone", () => {
    expect(
      kinds(
        "Chile summoned Peru's chargé d'affaires on Thursday to protest against the arrest of its fishermen.",
      ),
    ).toEqual(["envoy-summoned 114 2022-06-09"]);
  });
});

describe("a recent spell is no habit", () => {
  it("keeps acts 'in the past week' or 'in the past 48 hours'", () => {
    expect(kinds("Chile deported 300 Peruvians in the past week.")).toEqual(["expulsion 174 2022-06"]);
    expect(
      kinds("Chile has detained 40 Peruvian fishermen in the past 48 hours.").map((k) => k.split(" ")[0]),
    ).toEqual(["arrest"]);
  });

  it("still reads 'in the past' and 'in the past few years' as a habit", () => {
    expect(kinds("Chile has deported Peruvians in the past, officials said.")).toEqual([]);
    expect(kinds("Chile has deported Peruvians in the past few years, officials said.")).toEqual([]);
  });
});
