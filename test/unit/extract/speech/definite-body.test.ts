import { describe, expect, it } from "vitest";
import { extractBody, saidPairs, speakerTexts } from "../helpers.ts";

const said = (body: string) =>
  extractBody(body).statements.map((s) => `${s.speakerId}|${s.attribution?.sieve}|${s.text}`);

describe("definiteBodySubject: 'the <head> said' refers back to a body named earlier", () => {
  it("resolves a head word of the body's name", () => {
    const out = said(
      "NATO said its jets had been scrambled twice.\n\nThe World Health Organization warned of a cholera outbreak in the camps. The organization said it had sent 40 tonnes of supplies.",
    );
    expect(out).toContain("org:who|title|it had sent 40 tonnes of supplies");
  });

  it("resolves the head word after a closing quotation", () => {
    const out = said(
      "The World Health Organization warned of a cholera outbreak. “The camps are overwhelmed,” the organization said.",
    );
    expect(out).toContain("org:who|title|The camps are overwhelmed,");
  });

  it("resolves a generic head to a body of its kind", () => {
    const out = said(
      "The European Union imposed new tariffs on steel on Monday. The bloc said the measures would last a year.",
    );
    expect(out).toContain("org:eu|title|the measures would last a year");
  });

  it("reads past an auxiliary between the definite noun and its verb", () => {
    const out = said(
      "The European Union widened its sanctions on Monday. The bloc has accused Belarus of flying migrants to the border.",
    );
    expect(out).toContain("org:eu|title|Belarus of flying migrants to the border");
  });

  it("does not resolve vague heads such as 'the government' or heads no body has", () => {
    const out = said(
      "The World Health Organization warned of a cholera outbreak. The government said it had sent doctors. The committee said the camps were full.",
    );
    expect(out.some((x) => x.includes("it had sent doctors"))).toBe(false);
    expect(out.some((x) => x.includes("the camps were full"))).toBe(false);
  });
});

describe("definiteBodySubject prefers the body that spoke in the sentence before", () => {
  it("picks the organisation that spoke over one mentioned after it", () => {
    const out = said(
      "The World Health Organization said the Pan American Health Organization had sent doctors. The organization said it would send more.",
    );
    expect(out).toContain("org:who|title|it would send more");
  });

  it("takes the latest fitting body when the previous speaker does not fit", () => {
    const out = said(
      "The World Food Programme said the World Health Organization had sent doctors. The organization said it would send more.",
    );
    expect(out).toContain("org:who|title|it would send more");
    expect(out.some((x) => x.startsWith("person:"))).toBe(false);
  });
});

describe("a company named by its kind speaks as 'the company'", () => {
  it("credits 'The company said …' to 'the Lima firm Andes Pesca' named before", () => {
    const out = speakerTexts(
      "The trawler’s owner, the Lima firm Andes Pesca, said the crew had done nothing wrong. The company said it had hired lawyers.",
    );
    expect(out).toEqual([
      "org:andes-pesca|the crew had done nothing wrong",
      "org:andes-pesca|it had hired lawyers",
    ]);
  });
});

describe("a closing definite body after a clause naming another actor", () => {
  it("credits '…flew into Chilean airspace, the ministry said' to the ministry named earlier", () => {
    const out = speakerTexts(
      "Chile’s foreign ministry protested on Monday. The jet flew into Chilean airspace and left, the ministry said.",
    );
    expect(out).toContain("org:cl:ministry-of-foreign-affairs|The jet flew into Chilean airspace and left");
  });

  it("keeps a named subject right before the verb (negative case)", () => {
    const out = speakerTexts("Chile’s foreign ministry protested. The jet flew over the coast, Peru said.");
    expect(out).toContain("country:pe|The jet flew over the coast");
  });
});

describe("'a spokesman for the <generic head>'", () => {
  it("credits 'A spokesman for the alliance said …' to the alliance named before", () => {
    expect(
      speakerTexts("NATO said it was watching. A spokesman for the alliance said the drills would go ahead."),
    ).toContain("org:nato|the drills would go ahead");
  });

  it("does not invent a body when none of that kind was named (negative case)", () => {
    expect(
      speakerTexts("Peru said it was watching. A spokesman for the alliance said the drills would go ahead."),
    ).toEqual(["country:pe|it was watching"]);
  });
});

describe("according-to frames", () => {
  it("resolves 'according to the authority' to the body named before", () => {
    expect(
      speakerTexts(
        "Ghana’s Food and Drugs Authority banned the imports on Friday. According to the authority, half of the samples failed.",
      ),
    ).toContain("org:gh:food-and-drugs-authority|half of the samples failed");
  });
});

describe("definiteBodySubject: a closing tag naming the sentence's own subject", () => {
  it("gives '…, the agency said' to the agency that opens the sentence", () => {
    const out = said(
      "Namibia’s Fisheries Protection Agency seized a Spanish trawler off Walvis Bay on Monday, the agency said.",
    );
    expect(
      out.some(
        (x) => x.startsWith("org:na:fisheries-protection-agency|") && x.includes("seized a Spanish trawler"),
      ),
    ).toBe(true);
  });
  it("does not take a body named only inside a quotation", () => {
    const out = said("“The Fisheries Protection Agency lied to everyone,” the agency said.");
    expect(out.filter((x) => x.startsWith("org:") && x.includes("fisheries"))).toEqual([]);
  });
});

describe("'the agency' after a state body whose name has another public-body head", () => {
  it.each(["National Anti-Fraud Secretariat", "Maritime Safety Directorate", "Food Safety Authority"])(
    "refers to the latest such body (%s), not an earlier service",
    (name) => {
      const pairs = saidPairs(
        `Chile's customs service seized fuel on Monday. Separately, Chile’s ${name} said it had found cocaine. The agency said the find was not linked to the dispute.`,
      );
      expect(pairs.at(-1)?.[0]).toBe(`org:cl:${name.toLowerCase().replace(/ /g, "-")}`);
    },
  );
});

describe("'the statement said' after a statement issued in the sentence before", () => {
  it("speaks for the issuer, not for a state named inside the quoted words", () => {
    const pairs = saidPairs(
      "A spokesperson for Chile’s foreign ministry said in a statement that the drills were “a provocation.” Santiago “will not stand by,” the statement said.",
    );
    // (Round 11: the quoted phrase and its subject are one clause, quoted-clause.ts.)
    expect(pairs.at(-1)).toEqual(["org:cl:ministry-of-foreign-affairs", "Santiago “will not stand by,”"]);
  });
  it("continues the issuer with 'The statement added'", () => {
    const pairs = saidPairs(
      "Chile's foreign ministry said in a statement that the drills were a provocation. The statement added that Peru would respond.",
    );
    expect(pairs.at(-1)).toEqual(["org:cl:ministry-of-foreign-affairs", "Peru would respond"]);
  });
});

describe("'the statement said' a paragraph after its issuer spoke", () => {
  it("credits the body that spoke just before, across the paragraph break", () => {
    const pairs = saidPairs(
      "Chile’s navy said on Monday that it had stopped two trawlers.\n\nBoth crews were taken to Arica, the statement said.",
    );
    expect(pairs).toContainEqual(["org:cl:navy", "Both crews were taken to Arica"]);
  });

  it("never credits a person with 'the statement', nor a body that spoke long before (negative cases)", () => {
    const person = saidPairs(
      "Foreign Minister Ana Rojas said on Monday that talks would go on.\n\nBoth crews were taken to Arica, the statement said.",
    );
    expect(person).not.toContainEqual(["person:ana-rojas", "Both crews were taken to Arica"]);
    const far = saidPairs(
      "Chile’s navy said on Monday that it had stopped two trawlers. Fog covered the bay. Boats stayed in port. Fishermen waited.\n\nBoth crews were taken to Arica, the statement said.",
    );
    expect(far).not.toContainEqual(["org:cl:navy", "Both crews were taken to Arica"]);
  });
});

describe("'the Chilean ministry said': a demonym before the head word", () => {
  const lead = "Chile’s defence ministry met Peru’s foreign ministry on Monday. ";

  it("credits the body of the demonym's state with that head word", () => {
    const pairs = saidPairs(`${lead}Both sides will meet again in May, the Chilean ministry said.`);
    expect(pairs).toContainEqual(["org:cl:ministry-of-defense", "Both sides will meet again in May"]);
    const other = saidPairs(`${lead}The talks will go on, the Peruvian ministry said.`);
    expect(other).toContainEqual(["org:pe:ministry-of-foreign-affairs", "The talks will go on"]);
  });

  it("credits no body when the story names none of that state (negative case)", () => {
    const pairs = saidPairs(`${lead}The plan is off, the Bolivian ministry said.`);
    expect(pairs.map(([, t]) => t)).not.toContain("The plan is off");
  });
});

describe("'the <document> said' after that document was named with its issuer", () => {
  it.each([
    "Vice Minister Ana Rojas told the envoy that Chile rejected the map, according to a readout from Chile’s foreign ministry. The envoy was told to pass the protest on to Lima, the readout said.",
    "Minister Ana Rojas met the envoy on Monday, according to a statement issued by Chile’s foreign ministry. The envoy was told to pass the protest on to Lima, the statement said.",
    "Chile’s foreign ministry’s communiqué described the talks as frank. Vice Minister Ana Rojas said the dispute was not closed. The envoy was told to pass the protest on to Lima, the communiqué said.",
  ])("credits the issuer, not whoever spoke in between (%s)", (body) => {
    expect(saidPairs(body)).toContainEqual([
      "org:cl:ministry-of-foreign-affairs",
      "The envoy was told to pass the protest on to Lima",
    ]);
  });

  it("still credits the speaker before when no issuer was named", () => {
    expect(
      saidPairs(
        "Vice Minister Ana Rojas said in a statement that Chile rejected the map. The envoy was told to pass the protest on to Lima, the statement said.",
      ),
    ).toContainEqual(["person:ana-rojas", "The envoy was told to pass the protest on to Lima"]);
  });
});

describe("'the agency said' goes on from the agency that has been speaking", () => {
  const LEAD = "Chile’s National Intelligence Agency (ANI) said on Monday that it had frozen 40 accounts.";
  it.each([
    "The raid forced customs officers at three crossings to check trucks by hand, the agency said.",
    "Chilean customs officers will inspect every container, the agency said in a statement.",
    "Border police and customs officers searched the port, the agency said.",
    "The agency said customs inspectors would be posted there from March.",
  ])("not a body of that kind named inside the clause: %s", (sentence) => {
    const pairs = saidPairs(`${LEAD} ${sentence}`);
    expect(pairs.map(([id]) => id)).toContain("org:cl:intelligence");
    expect(pairs.map(([id]) => id).filter((id) => /customs|police/.test(id ?? ""))).toEqual([]);
  });

  it("still reads a body named by its own head word in the sentence (negative case)", () => {
    expect(
      saidPairs(
        "Chile’s National Intelligence Agency (ANI) froze 40 accounts. Peru's coast guard seized a trawler near Arica, the guard said.",
      ),
    ).toContainEqual(["org:pe:coast-guard", "Peru's coast guard seized a trawler near Arica"]);
  });
});
