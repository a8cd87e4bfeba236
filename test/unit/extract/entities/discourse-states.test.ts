// A titled official's state read from the discourse: where they speak and which state the text is
// about just before (discourse-states.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const affiliation = (body: string, person: string) =>
  relationPairs(extractBody(body), "AFFILIATED_WITH").filter((p) => p.startsWith(`person:${person}>`));

describe("speaking place", () => {
  it("reads a capital opening the official's sentence ('In Accra, government spokesman X')", () => {
    expect(
      affiliation(
        "Togo closed the border on Monday, the ministry in Lomé said. In Accra, government spokesman Kofi Mensah said the closure would hurt traders on both sides.",
        "kofi-mensah",
      ),
    ).toEqual(["person:kofi-mensah>country:gh"]);
  });
  it("reads a capital named by the official's own verb ('told reporters in Lima')", () => {
    expect(
      affiliation(
        "Chile banned Peruvian grapes on Monday. Agriculture Minister Rosa Huaman told reporters in Lima that the ban had no basis.",
        "rosa-huaman",
      ),
    ).toEqual(["person:rosa-huaman>country:pe"]);
  });
  it("reads 'said in <capital>' and 'speaking in <capital>'", () => {
    expect(
      affiliation(
        "Kenya suspended maize imports. “We will answer in kind,” Trade Minister Joseph Mwita said in Dodoma.",
        "joseph-mwita",
      ),
    ).toEqual(["person:joseph-mwita>country:tz"]);
    expect(
      affiliation(
        "Serbia recalled its envoy. Interior Minister Marko Ilic, speaking in Belgrade, called the arrests a provocation.",
        "marko-ilic",
      ),
    ).toEqual(["person:marko-ilic>country:rs"]);
  });
  it("gives an ambassador no state from where they speak", () => {
    expect(
      affiliation(
        "Ruritania protested on Monday. The ambassador, Ivan Petrov, told reporters in Lima that he would report home.",
        "ivan-petrov",
      ),
    ).not.toContain("person:ivan-petrov>country:pe");
  });
});

describe("recent state", () => {
  it("takes the state that opened the sentence before ('New Zealand welcomed … Foreign Minister X said')", () => {
    expect(
      affiliation(
        "Australia and Fiji signed the pact on Monday. New Zealand, a close partner of both, welcomed the deal. Foreign Minister Aroha Tane said it would help fisheries.",
        "aroha-tane",
      ),
    ).toEqual(["person:aroha-tane>country:nz"]);
  });
  it("takes a national body opening a sentence two back, past a sentence with no state", () => {
    expect(
      affiliation(
        "Zambia’s trade ministry announced the ban on Tuesday. The measure takes effect next month, the ministry said. Trade Minister Mwila Banda said farmers had asked for it.",
        "mwila-banda",
      ),
    ).toEqual(["person:mwila-banda>org:zm:ministry-of-trade"]);
  });
  it("reads past a frame ('Hours later, Lima …', 'In Kabul, the ministry …')", () => {
    expect(
      affiliation(
        "Ecuador expelled a Peruvian diplomat. Hours later, Lima ordered an Ecuadorean attaché out. Defence Minister Julio Paredes said the attaché had spied on bases.",
        "julio-paredes",
      ),
    ).toEqual(["person:julio-paredes>country:pe"]);
  });
  it("does not read a state from inside a quotation opening the sentence", () => {
    expect(
      affiliation(
        "Slovakia protested on Monday. “Hungarian police have no business here,” Interior Minister Peter Sulik said.",
        "peter-sulik",
      ),
    ).not.toContain("person:peter-sulik>country:hu");
  });
  it("does not take a state named later in the sentence before as its subject", () => {
    expect(
      affiliation(
        "No case has been found in the country, the statement said, calling the Bolivian decision unfounded. Health Minister Ana Rios said tests would continue.",
        "ana-rios",
      ),
    ).toEqual([]);
  });
  it("does not read a demonym before a thing as the state acting ('The Chilean boat had entered …')", () => {
    expect(
      affiliation(
        "Talks ended without a deal. The Chilean boat had entered the bay without notice, the report said. Fisheries Minister Ana Rios said the crew was safe.",
        "ana-rios",
      ),
    ).not.toContain("person:ana-rios>country:cl");
  });
  it("reads a demonym before 'officials' or 'government' as the state acting", () => {
    expect(
      affiliation(
        "Talks ended without a deal. Chilean officials closed the bay on Monday. Fisheries Minister Ana Rios said the crew was safe.",
        "ana-rios",
      ),
    ).toEqual(["person:ana-rios>country:cl"]);
  });
});
