import { describe, expect, it } from "vitest";
import { extractBody, extractFile, SEED_FILE } from "../helpers.ts";

const brief = (x: ReturnType<typeof extractBody>) =>
  x.statements.map((s) => [s.kind, s.speakerId, s.verb, s.cameo, s.text, s.aboutIds.join(",")]);

describe("statements in the seed article", () => {
  const x = extractFile(SEED_FILE);
  const by = (speaker: string) => x.statements.filter((s) => s.speakerId === speaker);

  it("attributes Kato's quote and his call to monitor the Games (via 'He')", () => {
    expect(by("person:katsunobu-kato").map((s) => [s.kind, s.verb, s.text.slice(0, 30)])).toEqual([
      ["quote", "suggested", "enhance defense, deterrence an"],
      ["paraphrase", "suggested", "all types of malicious activit"],
    ]);
  });

  it("attributes Wang's three quoted phrases, including the 'according to' one", () => {
    expect(by("person:wang-wenbin").map((s) => [s.verb, s.cameo, s.text])).toEqual([
      ["criticized", "111", "groundless slander"],
      ["according to", "010", "bad relations with all its neighbors,"],
      [
        "stated",
        "010",
        "it should “do more things that are conducive to gaining political mutual trust from such neighbors and maintaining regional peace and stability.”",
      ],
    ]);
    expect(by("person:wang-wenbin")[2]?.aboutIds).toEqual(["country:jp"]);
  });

  it("attributes China's criticism (passive 'criticized by China, claiming …') and its quote", () => {
    expect(by("country:cn").map((s) => [s.kind, s.verb, s.cameo, s.text, s.targetIds])).toEqual([
      [
        "paraphrase",
        "criticized",
        "111",
        "Japan was not following facts and was wrongly exaggerating threats from neighboring countries",
        ["country:jp"],
      ],
      ["quote", "criticized", "111", "groundless slander", ["country:jp"]],
    ]);
  });

  it("attributes the strategy's accusations against China and Russia to Japan", () => {
    expect(by("country:jp").map((s) => [s.verb, s.cameo, s.aboutIds, s.text.slice(0, 24)])).toEqual([
      ["accusing", "112", ["country:cn"], "China to be using advanc"],
      ["suspected", "112", ["country:ru"], "Russia is also suspected"],
    ]);
  });

  it("numbers statements in text order and keeps texts exact", () => {
    expect(x.statements.map((s) => s.id.split("/").pop())).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
    ]);
    for (const s of x.statements) {
      expect(x.article.body.includes(s.text)).toBe(true);
      for (const e of s.evidence) expect(x.article.body.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe("statements in other text", () => {
  it("finds a quote whose speaker follows it ('“…,” said X')", () => {
    const x = extractBody("“We will not accept this,” said Ana Costa, Brazil’s foreign minister.");
    expect(brief(x)).toEqual([["quote", "person:ana-costa", "said", "010", "We will not accept this,", ""]]);
  });

  it("finds reported speech with 'that' and an 'according to' paraphrase", () => {
    const x = extractBody(
      "Poland said that Belarus was pushing migrants to the border. According to Lithuania, the fence is ready.",
    );
    expect(brief(x)).toEqual([
      ["paraphrase", "country:pl", "said", "010", "Belarus was pushing migrants to the border", "country:by"],
      ["paraphrase", "country:lt", "according to", "010", "the fence is ready", ""],
    ]);
  });

  it("gives accusations and appeals their CAMEO codes and targets", () => {
    const x = extractBody(
      "Iran accused Israel of sabotage. The United Nations urged both sides to show restraint.",
    );
    expect(x.statements.map((s) => [s.speakerId, s.cameo, s.targetIds ?? []])).toEqual([
      ["country:ir", "112", ["country:il"]],
      ["org:un", "020", []],
    ]);
    expect(x.relations.filter((r) => r.kind === "ACCUSES").map((r) => [r.sourceId, r.targetId])).toEqual([
      ["country:ir", "country:il"],
    ]);
  });

  it("lets a participle share the main verb's subject ('criticized …, saying “…”')", () => {
    const x = extractBody(
      "Ana Costa, Brazil’s foreign minister, criticized Chile for the move, saying it “was a mistake.”",
    );
    expect(x.statements.map((s) => [s.kind, s.speakerId, s.cameo, s.text])).toEqual([
      ["paraphrase", "person:ana-costa", "111", "Chile for the move"],
      ["quote", "person:ana-costa", "111", "it “was a mistake.”"],
    ]);
  });
});

describe("a bare rebuttal is no statement", () => {
  it("'X rejected the claim.' keeps no statement; 'X criticized the plan.' keeps one", () => {
    expect(extractBody("Chile rejected the claim.").statements).toEqual([]);
    expect(extractBody("Norway denied the allegations.").statements).toEqual([]);
    expect(extractBody("Chile criticized the plan.").statements.map((s) => s.text)).toEqual(["the plan"]);
  });

  it("a rebuttal with content is still a statement", () => {
    const x = extractBody("Chile rejected the report, saying its navy had never entered the strait.");
    expect(x.statements.map((s) => s.text)).toEqual(["its navy had never entered the strait"]);
  });
});

describe("a hearer after 'told' is not part of the reported clause", () => {
  it("'told reporters the talks would resume' → 'the talks would resume'", () => {
    const x = extractBody(
      "Kenya’s foreign minister Ann Mwangi told reporters the talks would resume in May.",
    );
    expect(x.statements.map((s) => s.text)).toEqual(["the talks would resume in May"]);
  });

  it("'told parliament that …' still starts after 'that'", () => {
    const x = extractBody("Prime Minister Ola Berg told parliament that the base would close.");
    expect(x.statements.map((s) => s.text)).toEqual(["the base would close"]);
  });
});

describe("a claim whose object is a noun phrase reports no words", () => {
  it("drops claims of responsibility and of possession", () => {
    const x = extractBody(
      "The Ruritanian Liberation Front claimed the bombing in a post on its website. Peru claims most of the disputed island.",
    );
    expect(x.statements).toEqual([]);
  });

  it("keeps a claim that reports a clause or a quotation (negative case)", () => {
    const x = extractBody("Peru claimed the vote had been rigged. Chile claimed “a clear victory.”");
    expect(x.statements.map((s) => s.text)).toEqual(["the vote had been rigged", "a clear victory."]);
  });
});
