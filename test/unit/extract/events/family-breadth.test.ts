// Breadth of the event families (round 7): the same act written with other verbs, nouns and
// constructions than the ones the lexicon started from, and the generic mentions that are no act.
// Made-up sentences only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const kinds = (body: string) =>
  extractBody(body, "June 10, 2022").events.map(
    (e) => `${e.type} ${e.cameo} ${e.dates.map((d) => d.value).join()}`,
  );
const sources = (body: string) =>
  extractBody(body, "June 10, 2022").events.map((e) =>
    e.participants
      .filter((p) => p.role === "source")
      .map((p) => p.actorId)
      .join(),
  );

describe("meetings and visits in other words", () => {
  it("reads negotiations and consultations between two states as a meeting", () => {
    expect(kinds("Negotiations between Peru and Chile resumed in Lima on Tuesday.")).toEqual([
      "meeting 040 2022-06-07",
    ]);
    expect(kinds("Peru and Chile held consultations on the border on Tuesday.")).toEqual([
      "meeting 040 2022-06-07",
    ]);
    expect(kinds("Peru and Chile negotiated for three days in Lima last week.")).toEqual([
      "meeting 040 2022-06",
    ]);
  });

  it("does not read negotiations one side only calls for as a meeting", () => {
    expect(kinds("Peru rejected Chile's calls for negotiations on Tuesday.")).toEqual([]);
  });

  it("reads a trip to a country as a visit", () => {
    expect(kinds("Peru's president made a trip to Chile on Tuesday.")).toEqual(["visit 042 2022-06-07"]);
  });
});

describe("agreements, drills, deployments, ceasefires", () => {
  it("reads sealing or striking a deal as signing it (057)", () => {
    expect(kinds("Peru and Chile sealed a fisheries deal on Tuesday.")).toEqual(["agreement 057 2022-06-07"]);
    expect(kinds("Peru and Chile struck a trade deal on Tuesday.")).toEqual(["agreement 057 2022-06-07"]);
  });

  it("does not read striking a tone as an agreement", () => {
    expect(kinds("Peru's president struck a conciliatory tone on Tuesday.")).toEqual([]);
  });

  it("reads manoeuvres as an exercise, joint when two states stage them", () => {
    expect(kinds("Peru and Chile staged naval manoeuvres off Arica on Tuesday.")).toEqual([
      "military-exercise 062 2022-06-07",
    ]);
  });

  it("reads 'the deployment of' troops as a deployment", () => {
    expect(kinds("The deployment of 2,000 Chilean troops to the border began on Tuesday.")).toEqual([
      "deployment 154 2022-06-07",
    ]);
  });

  it("reads a cessation of hostilities as a ceasefire", () => {
    expect(kinds("Peru and Chile agreed to a cessation of hostilities on Tuesday.")).toEqual([
      "ceasefire 087 2022-06-07",
    ]);
  });
});

describe("coercion in other words", () => {
  it("reads jailing and taking into custody as arrests", () => {
    expect(kinds("Chile jailed a Peruvian journalist on Tuesday.")).toEqual(["arrest 173 2022-06-07"]);
    expect(kinds("Chilean police took two Peruvian nationals into custody on Tuesday.")).toEqual([
      "arrest 173 2022-06-07",
    ]);
  });

  it("reads storming an embassy as a raid, not storms as one", () => {
    expect(kinds("Chilean police stormed the Peruvian embassy on Tuesday.")).toEqual(["raid 171 2022-06-07"]);
    expect(kinds("Peru said on Tuesday that storms had damaged homes along the coast.")).toEqual([]);
  });

  it("reads blacklisting as sanctions and calling in an envoy as a summons", () => {
    expect(kinds("The United States blacklisted three Peruvian companies on Tuesday.")).toEqual([
      "sanctions 163 2022-06-07",
    ]);
    expect(kinds("Chile called in Peru's ambassador on Tuesday.")).toEqual(["envoy-summoned 114 2022-06-07"]);
  });

  it("does not read calling in to a show as a summons", () => {
    expect(kinds("Peru's president called in to a radio show on Tuesday.")).toEqual([]);
  });

  it("reads hacking and breaching networks as a cyberattack by the hackers' state", () => {
    expect(sources("Chinese hackers breached Peruvian government networks on Tuesday.")).toEqual([
      "country:cn",
    ]);
    expect(
      kinds("Chinese state hackers hacked the email accounts of Peruvian officials on Tuesday."),
    ).toEqual(["cyberattack 176 2022-06-07"]);
  });

  it("does not read a habit of hackers as an attack", () => {
    expect(kinds("Peru said on Tuesday that hackers often target email accounts of officials.")).toEqual([]);
  });
});

describe("agents", () => {
  it("takes the accused of an act noun as its agent", () => {
    expect(sources("Peru blamed China for a cyberattack on its ministries on Tuesday.")).toEqual([
      "country:cn",
    ]);
    expect(sources("Peru accused Chile of a drone attack on its border post on Tuesday.")).toEqual([
      "country:cl",
    ]);
  });

  it("reads a noun in the 'by' phrase of a passive as the agent, not the thing attacked", () => {
    expect(sources("A Peruvian border post was attacked by Chilean troops on Tuesday.")).toEqual([
      "org:cl:armed-forces",
    ]);
    expect(sources("Peruvian soldiers were attacked by Chilean troops on Tuesday.")).toEqual([
      "org:cl:armed-forces",
    ]);
  });

  it("keeps a demonym with its artillery the subject", () => {
    expect(sources("Chilean artillery shelled a Peruvian village on Tuesday.")).toEqual(["country:cl"]);
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

describe("wire constructions", () => {
  it("reads phoning and speaking on the phone as a phone call (041)", () => {
    expect(kinds("Peru's president telephoned his Chilean counterpart on Tuesday.")).toEqual([
      "meeting 041 2022-06-07",
    ]);
    expect(kinds("Peru's president and his Chilean counterpart spoke on the phone on Tuesday.")).toEqual([
      "meeting 041 2022-06-07",
    ]);
  });

  it("does not read mobile phones as a call", () => {
    expect(kinds("Peru said on Tuesday that mobile phones were banned in schools.")).toEqual([]);
  });

  it("reads protesting to a state as a diplomatic protest, not a street protest", () => {
    expect(kinds("Peru protested to Chile over the incident on Tuesday.")).toEqual([
      "diplomatic-protest 114 2022-06-07",
    ]);
    expect(kinds("Thousands of farmers protested in Lima on Tuesday.")).toEqual([]);
    expect(kinds("Peru protested to the crew of a Chilean navy ship on Tuesday.")).toEqual([]);
  });

  it("reads sending food as aid and moving tanks to a border as a deployment", () => {
    expect(kinds("Chile sent 20 tonnes of food to Peru on Tuesday.")).toEqual(["aid 070 2022-06-07"]);
    expect(kinds("Chile moved tanks and artillery to the border on Tuesday.")).toEqual([
      "deployment 154 2022-06-07",
    ]);
  });

  it("keeps sending patrol boats a deployment, not aid", () => {
    expect(kinds("Chile said its navy would send two patrol boats to the border next month.")).toEqual([
      "deployment 154 2022-07",
    ]);
  });

  it("takes a named appositive as the subject of a meeting", () => {
    expect(
      kinds("Peru's foreign minister, Ana Torres, met Chile's president in Santiago on Tuesday."),
    ).toEqual(["meeting 040 2022-06-07"]);
  });

  it("dates an act noun by the verb it is the subject of", () => {
    expect(kinds("A Chilean drone strike killed three Peruvian soldiers on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
  });

  it("does not read a recall for consultations as a meeting", () => {
    expect(kinds("Peru recalled its ambassador to Chile for consultations on Tuesday.")).toEqual([
      "envoy-recalled 161 2022-06-07",
    ]);
  });
});

describe("acts only imagined, wished, conditional or discussed", () => {
  it("does not read a hyphenated modifier as sanctions", () => {
    expect(kinds("The sanctions-hit economy shrank by 3% last year, Peru said on Tuesday.")).toEqual([]);
  });

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

describe("act nouns with 'of' and their object", () => {
  it("reads annexation, summoning, recall and withdrawal nouns like their verbs", () => {
    expect(kinds("Peru condemned Chile's annexation of the island on Tuesday.")).toEqual([
      "territory-capture 192 2022-06-07",
    ]);
    expect(kinds("The summoning of Chile's ambassador on Tuesday followed the incident.")).toEqual([
      "envoy-summoned 114 2022-06-07",
    ]);
    expect(kinds("The recall of Peru's ambassador from Chile on Tuesday deepened the rift.")).toEqual([
      "envoy-recalled 161 2022-06-07",
    ]);
    expect(kinds("The withdrawal of Chilean troops from the border began on Tuesday.")).toEqual([
      "troop-withdrawal 087 2022-06-07",
    ]);
  });

  it("reads release and launch nouns only with a fitting object", () => {
    expect(kinds("The release of two Peruvian fishermen by Chile on Tuesday eased tensions.")).toEqual([
      "release 084 2022-06-07",
    ]);
    expect(kinds("The launch of a North Korean ballistic missile on Tuesday alarmed Japan.")).toEqual([
      "weapons-test 150 2022-06-07",
    ]);
    expect(kinds("The release of the report on Tuesday angered Chile.")).toEqual([]);
    expect(kinds("The launch of a new website on Tuesday pleased Peru.")).toEqual([]);
  });

  it("reads an import ban and a bombing as acts", () => {
    expect(kinds("Peru imposed an import ban on Chilean fruit on Tuesday.")).toEqual([
      "sanctions 163 2022-06-07",
    ]);
    expect(kinds("Peru condemned the bombing of a border village by Chilean aircraft on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
  });

  it("does not read an act told as part of drills, or only backed, as its own event", () => {
    expect(
      kinds("Chile will hold naval drills next month which include the firing of cruise missiles."),
    ).toEqual(["military-exercise 150 2022-07"]);
    expect(kinds("Voters in Chile backed the annexation of the island in a referendum in 2019.")).toEqual([]);
  });
});

describe("more verbs and nouns of force, arrest and expulsion", () => {
  it("reads exchanged gunfire and skirmishes as use of force", () => {
    expect(
      kinds("Chilean forces and Peruvian troops exchanged gunfire across the border on Tuesday."),
    ).toEqual(["military-attack 190 2022-06-07"]);
    expect(kinds("Skirmishes between Peruvian and Chilean troops broke out on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
  });

  it("reads an agentless mortar attack on a post as an attack, dated by what it killed", () => {
    expect(kinds("A mortar attack on a Peruvian border post killed two soldiers on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
  });

  it("reads rounding up migrants as arrests, not rounding up support", () => {
    expect(kinds("Chilean police rounded up 20 Peruvian migrants on Tuesday.")).toEqual([
      "arrest 173 2022-06-07",
    ]);
    expect(kinds("Peru said on Tuesday it would round up support for the plan.")).toEqual([]);
  });

  it("reads kicking out diplomats as an expulsion and a ransomware attack as a cyberattack", () => {
    expect(kinds("Chile kicked out two Peruvian diplomats on Tuesday.")).toEqual([
      "expulsion 174 2022-06-07",
    ]);
    expect(
      kinds("Peru blamed Chilean hackers for a ransomware attack on its customs agency on Tuesday."),
    ).toEqual(["cyberattack 176 2022-06-07"]);
  });

  it("inflects irregular and doubled verbs (slapped, swapped, froze)", () => {
    expect(kinds("Peru slapped tariffs on Chilean steel on Tuesday.")).toEqual([
      "policy-implementation 0342 2022-06-07",
    ]);
    expect(kinds("Peru and Chile swapped prisoners on Tuesday.")).toEqual(["release 084 2022-06-07"]);
    expect(kinds("Peru froze trade links with Chile on Tuesday.")).toEqual([
      "relations-reduced 160 2022-06-07",
    ]);
  });
});

describe("passives, participles and object relatives", () => {
  it("takes a passive verb's object from before it and keeps the dated killing", () => {
    expect(
      kinds(
        "At least five soldiers were killed on Monday when gunmen attacked a military post near the border.",
      ),
    ).toEqual(["military-attack 190 2022-06-06"]);
  });

  it("takes the phrase before a comma as the subject of a participle", () => {
    expect(
      kinds(
        "The foreign ministers of Peru and Chile, meeting in Lima on Monday, agreed to reopen the border.",
      ),
    ).toContain("meeting 040 2022-06-06");
  });

  it("does not read a participle after a lone actor as a meeting", () => {
    expect(kinds("Peru, meeting its obligations, paid the debt on Monday.")).toEqual([]);
  });

  it("reads the object of 'which X and Y signed' before the verb", () => {
    expect(kinds("The pact, which Peru and Chile signed in Lima on Monday, sets fishing quotas.")).toEqual([
      "agreement 057 2022-06-06",
    ]);
  });

  it("does not reach over a relative clause with another subject kind", () => {
    expect(kinds("The pact, which analysts say favours Chile, was criticised in Lima on Monday.")).toEqual(
      [],
    );
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

describe("acts blamed on an actor after the noun", () => {
  it("takes the actor a cyberattack is blamed on as its agent", () => {
    expect(
      sources(
        "Peru's foreign ministry said on Monday its computer systems had been hit by a cyberattack it blamed on Chinese state hackers.",
      ),
    ).toEqual(["country:cn"]);
  });

  it("does not read a ceasefire blamed on no one as having an agent", () => {
    expect(sources("The collapse of the ceasefire was blamed on Chile on Monday.")).not.toContain(
      "country:cl",
    );
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
