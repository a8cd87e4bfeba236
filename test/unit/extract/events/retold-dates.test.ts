// Tests of src/extract/events/retold-dates.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { extractBody, kinds, summary } from "../helpers.ts";

describe("a definite re-mention whose own clause carries a day", () => {
  const lead = "Peru protested on Friday after Chilean sailors seized three fishing boats.\n\n";

  it("dates the undated act it refers to", () => {
    expect(kinds(`${lead}The seizure near Arica late on Tuesday was the third this year.`)).toContain(
      "seizure 171 2022-06-07",
    );
    expect(kinds(`${lead}The seizure off Iquique early on Wednesday drew protests from unions.`)).toContain(
      "seizure 171 2022-06-08",
    );
  });

  it("reads a simple past verb of taking place between the noun and the day", () => {
    const attack = (retold: string) =>
      kinds(
        `Mali summoned Niger's envoy on Friday after an attack on a border post by gunmen from Niger.\n\n${retold}`,
      );
    expect(
      attack("The assault on the post at Ménaka began before dawn on Tuesday, the army said."),
    ).toContain("military-attack 190 2022-06-07");
    expect(attack("The attack on the garrison took place late on Wednesday, officials said.")).toContain(
      "military-attack 190 2022-06-08",
    );
    expect(attack("The attack on the post came shortly after midnight on Monday, the army said.")).toContain(
      "military-attack 190 2022-06-06",
    );
  });

  it("not with another clause, a report or a reaction between the noun and the day", () => {
    const lead2 = "Peru protested on Friday after Chilean sailors seized three fishing boats.\n\n";
    expect(kinds(`${lead2}The seizure, the ministry said on Wednesday, broke the treaty.`)).not.toContain(
      "seizure 171 2022-06-08",
    );
    expect(kinds(`${lead2}The seizure was condemned by fishing unions on Wednesday.`)).not.toContain(
      "seizure 171 2022-06-08",
    );
    expect(kinds(`${lead2}The seizure, which unions discussed on Wednesday, angered Lima.`)).not.toContain(
      "seizure 171 2022-06-08",
    );
  });
});

describe("a later mention of the act that makes no event of its own", () => {
  it("gives its day to an undated act of the lead", () => {
    const boarding = (retold: string) =>
      kinds(
        `Ecuador lodged a protest with Peru on Friday after Peruvian naval vessels boarded a tuna boat.\n\n${retold}`,
      );
    expect(
      boarding("Two patrol boats of the Peruvian fleet boarded the Santa Rosa on Tuesday evening."),
    ).toContain("seizure 171 2022-06-07");
    expect(
      boarding("Three cutters of the western command boarded the vessel on Wednesday near the line."),
    ).toContain("seizure 171 2022-06-08");
  });

  it("replaces the day of a reaction whose object the act is", () => {
    const test = (retold: string) =>
      kinds(
        `Japan and South Korea on Thursday condemned North Korea's test-firing of a cruise missile.\n\n${retold}`,
      );
    expect(test("The missile was fired on Wednesday from a site near the coast, officials said.")).toContain(
      "weapons-test 150 2022-06-08",
    );
    expect(test("The missile was launched on Tuesday and flew 600 kilometres, the military said.")).toContain(
      "weapons-test 150 2022-06-07",
    );
  });

  it("keeps the reaction's day when nothing re-tells the act", () => {
    expect(
      kinds("Japan and South Korea on Thursday denounced North Korea's test-firing of a cruise missile."),
    ).toContain("weapons-test 150 2022-06-09");
  });

  it("does not take a day from a mention told apart, or from a later step", () => {
    const lead =
      "Ecuador lodged a protest with Peru on Friday after Peruvian naval vessels boarded a tuna boat.\n\n";
    expect(kinds(`${lead}In a separate case, a shrimp boat was boarded on Tuesday.`)).toContain(
      "seizure 171 ",
    );
    expect(kinds(`${lead}The boat was released on Wednesday.`)).not.toContain("seizure 171 2022-06-08");
  });

  it("keeps an act's own day over a later mention's", () => {
    const own = kinds(
      "Ecuador protested on Friday after Peruvian naval vessels boarded a tuna boat on Monday.\n\nTwo patrol boats of the Peruvian fleet boarded the vessel on Tuesday evening.",
    );
    expect(own).toContain("seizure 171 2022-06-06");
  });
});

describe("acts told across sentences and clauses", () => {
  it("dates an act from a definite noun re-telling it", () => {
    const x = extractBody(
      "Manila protested to the crew of a Chinese coast guard ship that it said rammed a Philippine supply boat. A spokeswoman said the ramming on Monday was illegal.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["coercion 170 [2024-06-03]"]);
  });

  it("dates a seized tanker from 'the vessel' intercepted later", () => {
    const x = extractBody(
      "Iran's navy said it had seized a tanker carrying smuggled fuel. The vessel was intercepted near Qeshm island on Wednesday, state media said.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["seizure 171 [2024-06-05]"]);
  });
});

describe("intrusions told by verbs of motion", () => {
  it("dates an intrusion from a later 'flew … into' sentence", () => {
    const x = extractBody(
      "Latvia said a Russian military drone violated its airspace. The drone flew about three kilometres into Latvian airspace on Monday night.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["intrusion 150 [2023-05-01]"]);
  });
});
