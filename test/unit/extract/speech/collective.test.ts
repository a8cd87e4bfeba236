// Collective speakers ("the two governments said") and datelines in reported clauses (made-up text).
import { describe, expect, it } from "vitest";
import { extractBody, speakerTexts } from "../helpers.ts";

const said = (body: string) =>
  extractBody(body).statements.map((s) => [s.speakerId, s.text, s.attribution?.sieve]);

describe("collective speakers", () => {
  it("'…, the two governments said' gives one statement per coordinated actor, without the dateline", () => {
    expect(
      said(
        "LIMA, Mar. 2 (Andina) — Peru and Ecuador agreed on Monday to reopen the bridge, the two governments said.",
      ),
    ).toEqual([
      ["country:pe", "Peru and Ecuador agreed on Monday to reopen the bridge", "collective"],
      ["country:ec", "Peru and Ecuador agreed on Monday to reopen the bridge", "collective"],
    ]);
  });

  it("'officials on both sides said' refers to the pair of the previous sentence", () => {
    const out = said(
      "Ghana and Togo signed a border deal. The patrols would start in May, officials on both sides said.",
    );
    expect(out.map((x) => x[0])).toEqual(["country:gh", "country:tg"]);
  });

  it("a plain subject is one speaker", () => {
    expect(said("The bridge would reopen in May, Peru said.").map((x) => x[0])).toEqual(["country:pe"]);
  });
});

describe("collective speakers that name states", () => {
  it("credits the states, not their forces, for 'the two governments announced'", () => {
    const x = extractBody(
      "Peruvian and Chilean troops will hold joint drills in May, the two governments announced on Thursday.",
    );
    expect(x.statements.map((s) => s.speakerId).sort()).toEqual(["country:cl", "country:pe"]);
  });
});

describe("coordinated subjects", () => {
  const who = (body: string) => extractBody(body).statements.map((s) => s.speakerId);

  it("gives one statement per state of a coordinated subject", () => {
    expect(who("Kenya and Uganda accused Sudan of arming the rebels.")).toEqual(["country:ke", "country:ug"]);
  });

  it("gives the opening coordinated subject to a participle after a comma", () => {
    expect(
      who("Brazil and Uruguay backed the claim at a summit, calling for talks between the two sides."),
    ).toEqual(["country:br", "country:uy"]);
  });

  it("does not spread a statement to states coordinated inside the clause", () => {
    expect(who("Kenya said Uganda and Sudan had closed the border.")).toEqual(["country:ke"]);
  });
});

describe("counted collective subjects", () => {
  it("'the three Andean states have said' credits the three states named together earlier", () => {
    const out = speakerTexts(
      "Peru, Bolivia and Ecuador signed a water pact in May. Chile criticised the pact. Colombia closed its border with Panama, and the three Andean states have said they will leave the forum.",
    );
    expect(out.filter((x) => x.endsWith("|they will leave the forum")).map((x) => x.split("|")[0])).toEqual([
      "country:pe",
      "country:bo",
      "country:ec",
    ]);
  });

  it("does not credit a pair to 'the three states' (negative case)", () => {
    const out = speakerTexts(
      "Peru and Chile signed a pact. Later the three states have said they will meet.",
    );
    expect(out.some((x) => x.startsWith("country:pe|"))).toBe(false);
  });
});

describe("'officials on both sides' with no pair named nearby", () => {
  it("stands for the two states of the lead", () => {
    const body =
      "Ghana accused Togo on Tuesday of closing the border.\n\nThe minister will travel on May 3, and officials on both sides said they hoped for a deal.";
    expect(speakerTexts(body).filter((x) => x.includes("hoped"))).toEqual([
      "country:gh|they hoped for a deal",
      "country:tg|they hoped for a deal",
    ]);
  });

  it("does not guess when the lead names a single state", () => {
    const body =
      "Ghana closed its border on Tuesday.\n\nThe minister will travel on May 3, and officials on both sides said they hoped for a deal.";
    expect(speakerTexts(body).filter((x) => x.includes("hoped"))).toEqual([]);
  });
});

describe("subjects set off by a participle or named by a group head", () => {
  it("gives 'The leaders of Chile and Peru said' to both states", () => {
    expect(
      speakerTexts(
        "The leaders of Chile and Peru said in a joint statement that the pipeline would be built.",
      ),
    ).toEqual(["country:cl|the pipeline would be built", "country:pe|the pipeline would be built"]);
  });
});

describe("collective phrases opening a sentence", () => {
  it("reads 'Both sides said' at a sentence start as the lead's pair of states", () => {
    const body =
      "Chile accused Bolivia of diverting a river. Bolivia denied it. Both sides said talks would resume in La Paz next month.";
    const out = extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);
    expect(out).toEqual(
      expect.arrayContaining([
        "country:cl|talks would resume in La Paz next month",
        "country:bo|talks would resume in La Paz next month",
      ]),
    );
  });
});

describe("a subject and a mid-clause tag are no coordinated group", () => {
  it("'Santiago, the embassy said, …' credits the embassy alone", () => {
    const out = said(
      "The Chilean embassy said on Monday that it regretted the incident. Santiago, the embassy said, firmly rejected any use of force.",
    );
    const speakers = out.filter(([, t]) => t === "firmly rejected any use of force").map(([id]) => id);
    expect(speakers).toEqual(["org:cl:embassy"]);
  });

  it("still splits a list closed by 'and' (positive case)", () => {
    const out = said("Chile, Peru and Bolivia said the talks would resume in May.");
    expect(out.map(([id]) => id)).toEqual(["country:cl", "country:pe", "country:bo"]);
  });
});

describe("a bare count opening the sentence ('The four accused …')", () => {
  const speakers = (body: string) => extractBody(body).statements.map((s) => s.speakerId);
  it.each([
    [
      "Chile, Peru and Bolivia closed their borders to Paraguayan trucks in May. The three accused Asunción of ignoring the customs accord.",
      ["country:cl", "country:pe", "country:bo"],
    ],
    [
      "Kenya, Uganda, Rwanda and Burundi walked out of the summit on Friday. The four said the bloc’s budget had been cut without a vote.",
      ["country:ke", "country:ug", "country:rw", "country:bi"],
    ],
    [
      "Chile and Peru recalled their envoys from La Paz on Monday. The two also accused Bolivia of arming smugglers.",
      ["country:cl", "country:pe"],
    ],
    [
      "Ghana, Togo and Benin met in Lomé on Monday. All three warned that the border raids must stop.",
      ["country:gh", "country:tg", "country:bj"],
    ],
  ])("gives one statement per member of the group named before (%s)", (body, ids) => {
    expect(speakers(body).sort()).toEqual([...ids].sort());
  });

  it("needs a group of that many named before (negative case)", () => {
    expect(speakers("Chile closed the pass on Monday. The four accused Peru of smuggling.")).toEqual([]);
  });
});
