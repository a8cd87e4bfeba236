// Tests of src/extract/speech/clause-only.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, saidWithVerb } from "../helpers.ts";

describe("reporting verbs with a non-speech sense", () => {
  it.each([
    "maintained",
    "countered",
    "admitted",
    "revealed",
    "disclosed",
    "recalled",
    "indicated",
    "signalled",
  ])("reads 'Name %s that …'", (verb) => {
    expect(saidWithVerb(`Pavel Ostrov ${verb} that the bridge had been closed for a week.`)).toEqual([
      `person:pavel-ostrov|${verb}|010|the bridge had been closed for a week`,
    ]);
  });

  it("reads a platform or a time between the verb and 'that' ('posted on social media that …')", () => {
    expect(saidWithVerb("Pavel Ostrov posted on social media on Sunday that the bridge was open.")).toEqual([
      "person:pavel-ostrov|posted|010|the bridge was open",
    ]);
  });

  it("reads a hearer before 'that' only for verbs that take one ('assured traders that …')", () => {
    expect(saidWithVerb("Pavel Ostrov assured traders that the bridge would reopen.")).toEqual([
      "person:pavel-ostrov|assured|010|the bridge would reopen",
    ]);
  });

  it("reads them closing an attribution ('…, Name countered.')", () => {
    expect(
      saidWithVerb("Norway closed the bridge first, Transport Minister Pavel Ostrov countered."),
    ).toEqual(["person:pavel-ostrov|countered|010|Norway closed the bridge first"]);
  });

  it("ignores the non-speech senses", () => {
    const body =
      "Norway recalled its ambassador from Oslo on Monday. Troops responded with warning shots. " +
      "Police charged two men with smuggling. The army posted extra troops at the bridge. " +
      "Pavel Ostrov maintained close ties with the bank.";
    expect(saidWithVerb(body)).toEqual([]);
  });

  it("does not take a quoted phrase right after the verb as a quotation it frames", () => {
    expect(
      saidWithVerb("Pavel Ostrov said Norwegian troops had responded “in kind” to the shelling.").map(
        (x) => x.split("|")[1],
      ),
    ).toEqual(["said"]);
  });

  it("does not make a name a person from a non-speech sense ('Marlow Holdings recalled the batch')", () => {
    const x = extractBody("Marlow Holdings recalled the batch on Monday.");
    expect(x.actors.filter((a) => a.kind === "Person")).toEqual([]);
  });
});

describe("clauseOnlySpeech: zero-'that' clauses, hearers, and verbs of rejecting", () => {
  const said = (body: string) =>
    extractBody(body).statements.map((s) => `${s.speakerId}|${s.verb}|${s.text}`);

  it("reads a reported clause without 'that' after maintain, admit and reveal", () => {
    expect(said("Foreign Minister Eva Lind maintained the quota was legal.")).toEqual([
      "person:eva-lind|maintained|the quota was legal",
    ]);
    expect(said("The Norwegian embassy admitted its staff had missed the deadline.")).toEqual([
      "org:no:embassy|admitted|its staff had missed the deadline",
    ]);
    expect(said("Defence Minister Karl Berg revealed two frigates would join the patrols.")).toEqual([
      "person:karl-berg|revealed|two frigates would join the patrols",
    ]);
    expect(said("Trade Minister Karl Berg admitted he had not read the report.")).toEqual([
      "person:karl-berg|admitted|he had not read the report",
    ]);
  });

  it("keeps an object with its own relative clause, and non-speech verbs, silent", () => {
    expect(said("Trade Minister Karl Berg repeated the offer he had made in March.")).toEqual([]);
    expect(said("Sweden recalled its ambassador to Norway on Monday.")).toEqual([]);
    expect(said("Sweden admitted two Norwegian trawlers to the port.")).toEqual([]);
  });

  it("reads a hearer between brief or notify and 'that'", () => {
    expect(said("Fisheries Minister Karl Berg briefed reporters that the quota would be cut.")).toEqual([
      "person:karl-berg|briefed|the quota would be cut",
    ]);
    expect(said("Fisheries Minister Karl Berg notified Oslo that the quota would be cut.")).toEqual([
      "person:karl-berg|notified|the quota would be cut",
    ]);
  });

  it("gives the clause after 'saying' to whoever disputed or took issue", () => {
    expect(
      said(
        "The Norwegian foreign ministry disputed the Swedish figures, saying only 20 boats had been affected.",
      ),
    ).toEqual(["org:no:ministry-of-foreign-affairs|saying|only 20 boats had been affected"]);
    expect(said("Sweden took issue with the Norwegian report, saying it ignored satellite data.")).toEqual([
      "country:se|saying|it ignored satellite data",
    ]);
  });

  it("reads expressed regret or voiced disappointment before 'that', but not thanks for a thing", () => {
    expect(said("Eva Lind voiced disappointment that Norway had not replied.")).toEqual([
      "person:eva-lind|voiced disappointment|Norway had not replied",
    ]);
    expect(said("Foreign Minister Eva Lind expressed regret that the talks had failed.")).toEqual([
      "person:eva-lind|expressed regret|the talks had failed",
    ]);
    expect(said("Norway thanked Sweden for its help.")).toEqual([]);
  });
});

describe("clauseOnlySpeech: 'question' before whether/why/how", () => {
  const said = (body: string) =>
    extractBody(body).statements.map((s) => `${s.speakerId}|${s.verb}|${s.text}`);

  it("reads a doubt about a clause as speech, whoever voices it", () => {
    expect(said("Foreign Minister Ana Ruiz questioned whether the canal was legal.")).toEqual([
      "person:ana-ruiz|questioned|whether the canal was legal",
    ]);
    expect(said("The Peruvian foreign ministry questioned why Chile had not consulted Lima.")).toEqual([
      "org:pe:ministry-of-foreign-affairs|questioned|why Chile had not consulted Lima",
    ]);
    expect(said("Trade Minister Karl Berg has questioned how the fence could be legal.")).toEqual([
      "person:karl-berg|questioned|how the fence could be legal",
    ]);
  });

  it("does not read questioning suspects as speech", () => {
    expect(said("Peruvian police questioned three suspects on Monday.")).toEqual([]);
    expect(said("Two Chilean suspects were questioned by Peruvian police.")).toEqual([]);
  });
});
