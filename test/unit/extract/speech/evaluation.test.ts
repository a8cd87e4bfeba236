// speech/evaluation.ts: whom criticism of an earlier act is directed at. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, rels, SATURDAY } from "../helpers.ts";

const criticism = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "CRITICIZES")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("criticism of an act whose author is unknown", () => {
  it("does not direct criticism of sanctions at the only party named, which is likely their target", () => {
    expect(
      criticism(
        "Peru said on Monday that a dozen Peruvian firms had been put on a sanctions list. Russia’s embassy in Lima called the sanctions “illegal and inhumane.”",
      ),
    ).toEqual([]);
  });

  it("still directs criticism of an act at its known author", () => {
    expect(
      criticism(
        "Chile imposed sanctions on Bolivia on Monday. Peru’s foreign ministry called the sanctions “illegal.”",
      ),
    ).toContain("org:pe:ministry-of-foreign-affairs country:cl");
  });
});

describe("an act told twice", () => {
  it("directs criticism of the act at every state of its fuller telling", () => {
    const found = criticism(
      "Kenyan and Ugandan troops will hold their largest joint exercise next month, the two governments said on Monday. About 900 members of the Kenya Defence Forces will join Ugandan soldiers for two weeks of drills in Turkana starting on July 4, the army said. A spokesman for Tanzania’s defence ministry called the exercise “a provocation.”",
    );
    expect(found).toContain("country:tz country:ke");
    expect(found).toContain("country:tz country:ug");
  });

  it("does not merge an earlier act whose states do not include the later one's", () => {
    const found = criticism(
      "Ugandan and Rwandan troops held a joint exercise in March, the two governments said on Monday. About 900 members of the Kenya Defence Forces will join Tanzanian soldiers for two weeks of drills in Turkana starting on July 4, the army said. A spokesman for Burundi’s defence ministry called the exercise “a provocation.”",
    );
    expect(found).toContain("country:bi country:ke");
    expect(found).not.toContain("country:bi country:ug");
  });
});

describe("expulsions and coordinated dates", () => {
  it("does not read criticism of 'the expulsion' as aimed at the speaker's own retaliation", () => {
    const x = extractBody(
      "Latvia expelled a Belarusian diplomat on Monday, and Belarus retaliated by ordering a Latvian diplomat to leave. Belarus’s foreign ministry called the expulsion “unacceptable.”",
      "June 10, 2022",
    );
    expect(
      x.relations.filter((r) => r.kind === "CRITICIZES").map((r) => `${r.sourceId} ${r.targetId}`),
    ).toContain("country:by country:lv");
  });
});

describe("evaluative criticism", () => {
  const x = extractBody(
    "A Chinese coast guard ship fired water cannon at a Vietnamese boat. Vietnam’s foreign minister Tran Van Minh said the attack was “illegal and unacceptable.”",
  );
  it("makes a condemning statement a criticism of the state behind the event it refers to", () => {
    expect(x.statements.map((s) => [s.speakerId, s.cameo, s.targetIds?.join(",")])).toEqual([
      ["person:tran-van-minh", "111", "country:cn"],
    ]);
    expect(rels(x, "CRITICIZES")).toEqual(["person:tran-van-minh>country:cn", "country:vn>country:cn"]);
  });

  it("leaves plain statements alone", () => {
    const y = extractBody("Vietnam’s foreign minister Tran Van Minh said the talks were useful.");
    expect(y.statements[0]?.cameo).toBe("010");
    expect(rels(y, "CRITICIZES")).toEqual([]);
  });
});

describe("criticism of a plan", () => {
  const body =
    "Chile and Peru agreed on Friday to revive negotiations on a customs union. Ecuador criticized the plan. Its foreign minister, Inés Carrión, said the idea was “hasty and unrealistic”.";

  it("'X criticized the plan' targets the states behind the referenced agreement", () => {
    const x = extractBody(body, SATURDAY);
    expect(x.statements[0]).toMatchObject({
      speakerId: "country:ec",
      cameo: "111",
      targetIds: ["country:cl", "country:pe"],
    });
  });

  it("evaluative words make a plain quote criticism of the plan's parties", () => {
    const x = extractBody(body, SATURDAY);
    expect(x.statements[1]).toMatchObject({
      kind: "quote",
      speakerId: "person:ines-carrion",
      cameo: "111",
      targetIds: ["country:cl", "country:pe"],
    });
    expect(rels(x, "CRITICIZES")).toEqual([
      "country:ec>country:cl",
      "country:ec>country:pe",
      "person:ines-carrion>country:cl",
      "person:ines-carrion>country:pe",
    ]);
  });

  it.each(["premature", "ill-conceived", "misguided", "counterproductive", "poorly thought out"])(
    "'%s' is a criticism word",
    (word) => {
      const x = extractBody(`Chile signed a deal with Peru. Ecuador said the deal was “${word}”.`);
      expect(x.statements[0]?.cameo).toBe("111");
    },
  );
});

describe("statements referring back to an event", () => {
  const x = extractBody(
    "Chile and Peru signed a fisheries agreement on Monday. Bolivia criticized the agreement. A Bolivian foreign ministry spokesman, Juan Mamani, warned that the deal could cause “a dangerous precedent.”",
  );
  it("makes criticism of 'the agreement' about and against its parties", () => {
    const st = x.statements.find((s) => s.speakerId === "country:bo");
    expect(st).toMatchObject({ cameo: "111", aboutIds: ["country:cl", "country:pe"] });
    expect(st?.targetIds).toEqual(["country:cl", "country:pe"]);
    expect(rels(x, "CRITICIZES")).toEqual(["country:bo>country:cl", "country:bo>country:pe"]);
  });
  it("makes a warning about 'the deal' about its parties without making it criticism", () => {
    const st = x.statements.find((s) => s.speakerId === "person:juan-mamani");
    expect(st).toMatchObject({ cameo: "012", aboutIds: ["country:cl", "country:pe"] });
  });
  it("leaves a statement alone when no earlier event of that kind exists", () => {
    const y = extractBody("Bolivia criticized the agreement.");
    expect(y.statements[0]?.aboutIds).toEqual([]);
  });
  it("refers 'the move' to the latest event of any kind, taking its agent", () => {
    const y = extractBody("Chile expelled three Peruvian journalists on Monday. Peru condemned the move.");
    expect(y.statements[0]).toMatchObject({ aboutIds: ["country:cl"], targetIds: ["country:cl"] });
  });
});

describe("evaluative labels for the other side's claims and acts", () => {
  const DISPUTE = "Peru summoned Chile’s ambassador on Monday over the new border fence.";
  it.each([
    "Peru’s foreign ministry said the fence was “a smokescreen for a land grab.”",
    "Peru’s foreign ministry said Chile’s explanation was “a diversion from the facts.”",
    "Peru’s foreign ministry said the inquiry was “a staged show.”",
    "Peru’s foreign ministry said the fence was “an unfriendly act.”",
    "Peru’s foreign ministry said the ban had “no scientific basis.”",
    "Peru’s foreign ministry said the rules were “a step backwards for the region.”",
  ])("reads the label in '%s' as criticism of the adversary", (said) => {
    expect(criticism(`${DISPUTE} ${said}`)).toContain("org:pe:ministry-of-foreign-affairs country:cl");
  });

  it("leaves a plain description alone", () => {
    expect(
      criticism(`${DISPUTE} Peru’s foreign ministry said the fence was about 40 kilometres long.`),
    ).not.toContain("org:pe:ministry-of-foreign-affairs country:cl");
  });
});
