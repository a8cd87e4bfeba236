// Tests of src/extract/speech/asked-pronoun.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, speakerTexts } from "../helpers.ts";

describe("'Asked about X …, she said': the one asked answers", () => {
  const lead = "Interior Minister Laura Vega told a news conference that 14 people had been detained.";

  it("credits the earlier speaker, not the person named in the question", () => {
    expect(
      speakerTexts(
        `${lead} Asked about claims by opposition leader Marco Ruiz that the arrests were political, she said: “Mr. Ruiz knows that is false.”`,
      ),
    ).toContain("person:laura-vega|Mr. Ruiz knows that is false.");
  });

  it("keeps the pronoun's own reading when the person asked was named before the question", () => {
    expect(
      speakerTexts(
        `${lead} Opposition leader Marco Ruiz disagreed. Asked about the arrests, he said they were political.`,
      ),
    ).toContain("person:marco-ruiz|they were political");
  });
});

describe("'he said' continues the person who spoke in the sentence before", () => {
  const said = (body: string) =>
    extractBody(body, "June 10, 2022").statements.map((s) => `${s.speakerId}|${s.text}`);
  const LEAD = "“We will hold every post,” army spokesman Colonel Ana Rojas told reporters in Arica.\n\n";

  it.each([
    "The spokesman for the Bolivian army, Juan Quispe, rejected the account as “baseless propaganda”.",
    "In La Paz, the Bolivian army’s spokesman, General Juan Quispe, dismissed the report as “pure invention”.",
    "The head of the Bolivian border police, Juan Quispe, said the patrol had never crossed.",
  ])("after '%s' the next 'he said' is his", (sentence) => {
    expect(said(`${LEAD}${sentence} The men were farmers, he said.`)).toContain(
      "person:juan-quispe|The men were farmers",
    );
  });

  it("leaves a pronoun alone across a paragraph break or when no person spoke just before", () => {
    expect(
      said(`${LEAD}Bolivia rejected the account. The men were farmers, he said.`).some((s) =>
        s.startsWith("person:juan-quispe"),
      ),
    ).toBe(false);
    expect(
      said(
        `${LEAD}The spokesman for the Bolivian army, Juan Quispe, rejected the account.\n\nThe men were farmers, he said.`,
      ),
    ).not.toContain("person:juan-quispe|The men were farmers");
  });
});

describe("'he said' after an unnamed source goes on from the body or state it spoke for", () => {
  const said = (body: string) =>
    extractBody(body, "June 10, 2022").statements.map((s) => `${s.speakerId}|${s.text}`);
  const LEAD = "“We will hold every post,” army spokesman Colonel Ana Rojas told reporters in Arica.\n\n";

  it.each([
    ["The pass was shut, an official at the Bolivian embassy said. He said", "org:bo:embassy"],
    [
      "A senior Bolivian military official, who declined to be named, said the pass was shut. He added that",
      "org:bo:armed-forces",
    ],
    ["The pass was shut, a senior Bolivian official said. She said", "country:bo"],
    ["A Bolivian police officer said the pass was shut. In a message to reporters, he said", "org:bo:police"],
  ])("'%s …'", (lead, id) => {
    expect(said(`${LEAD}Bolivia protested.\n\n${lead} talks would resume on Friday.`)).toContainEqual(
      expect.stringMatching(new RegExp(`^${id}\\|talks would resume on Friday`)),
    );
  });

  it("leaves 'he' to a person named in between, and does not cross a paragraph (negative cases)", () => {
    expect(
      said(
        `${LEAD}The pass was shut, a Bolivian military official said. Colonel Rojas disagreed. He said talks would resume.`,
      ),
    ).not.toContain("org:bo:armed-forces|talks would resume");
    expect(
      said(`${LEAD}The pass was shut, a Bolivian military official said.\n\nHe said talks would resume.`),
    ).not.toContain("org:bo:armed-forces|talks would resume");
  });
});

describe("a closing 'he added' is never a person named inside what was said", () => {
  const said = (body: string) =>
    extractBody(body, "June 10, 2022").statements.map((s) => `${s.speakerId}|${s.text}`);
  const LEAD = "Foreign Minister Ana Ruiz spoke in Lima. “We will not yield,” Ruiz said. ";
  it.each([
    [
      "Chile’s ambassador, Pedro Soto, had been summoned and told of the decision, she added.",
      "Chile’s ambassador, Pedro Soto, had been summoned and told of the decision",
    ],
    [
      "Pedro Soto would be asked to leave within 72 hours, she said.",
      "Pedro Soto would be asked to leave within 72 hours",
    ],
    ["The envoy, Pedro Soto, “has been told,” she said.", "The envoy, Pedro Soto, “has been told,”"],
    [
      "Ambassador Pedro Soto had not replied to the note, she told reporters.",
      "Ambassador Pedro Soto had not replied to the note",
    ],
  ])("%s", (sentence) => {
    const out = said(`${LEAD}${sentence}`);
    expect(out.filter((x) => x.startsWith("person:pedro-soto"))).toEqual([]);
    expect(out.filter((x) => x.startsWith("person:ana-ruiz|")).length).toBe(2);
  });

  it("keeps an opening 'He said' on a person named just before it in the sentence before (negative case)", () => {
    expect(said(`${LEAD}Pedro Soto said the note was unfair. He said talks would resume.`)).toContain(
      "person:pedro-soto|talks would resume",
    );
  });
});

describe("'he'/'she' after a sentence that only talks about another person", () => {
  const said = (body: string) =>
    extractBody(body, "June 10, 2022").statements.map((s) => `${s.speakerId}|${s.text}`);
  it.each([
    "Peru’s envoy, Pedro Soto, was handed a note on Monday, ministry spokeswoman Ana Ruiz said. “This cannot go on,” she told reporters.",
    "The ministry summoned Pedro Soto, Peru’s envoy, ministry spokeswoman Ana Ruiz said. She said the note demanded an apology.",
    "Ministry spokeswoman Ana Ruiz said Pedro Soto, Peru’s envoy, had been told to leave. “We have run out of patience,” she said.",
    "Ministry spokeswoman Ana Ruiz said the note was handed to Pedro Soto on Monday. She added that trade talks were suspended.",
  ])("goes on with the speaker, not the person named in what was said (%s)", (body) => {
    const out = said(`Chile protested on Monday. ${body}`);
    expect(out.filter((x) => x.startsWith("person:pedro-soto"))).toEqual([]);
    expect(out.filter((x) => x.startsWith("person:ana-ruiz|")).length).toBe(2);
  });

  it("keeps a pronoun on a person who spoke in the sentence before (negative case)", () => {
    const out = said(
      "Chile protested on Monday. Ministry spokeswoman Ana Ruiz said talks failed. Pedro Soto, Peru’s envoy, said the note was unfair. He said talks would resume.",
    );
    expect(out).toContain("person:pedro-soto|talks would resume");
  });
});

describe("the unnamed source named again by its role ('…, the official said')", () => {
  const said = (body: string) =>
    extractBody(body, "June 10, 2022").statements.map((s) => `${s.speakerId}|${s.text}`);
  it.each([
    [
      "A Chilean official, who asked not to be named, said the talks had stalled. No date had been set, the official said.",
      "country:cl|No date had been set",
    ],
    [
      "A spokesman for Chile’s foreign ministry said the envoy had left. The note would be answered, the spokesman said.",
      "org:cl:ministry-of-foreign-affairs|The note would be answered",
    ],
    [
      "A Chilean official said the border was calm. “Nobody crossed last night,” the official said.",
      "country:cl|Nobody crossed last night,",
    ],
    [
      "A spokeswoman for Chile’s foreign ministry said the note was sent. Its reply would follow within a week, the spokeswoman added.",
      "org:cl:ministry-of-foreign-affairs|Its reply would follow within a week",
    ],
  ])("goes on with the body or state it spoke for (%s)", (body, pair) => {
    expect(said(body)).toContain(pair);
  });

  it("needs an unnamed source in the sentence before (negative case)", () => {
    const out = said("Chile protested on Monday. No date had been set, the official said.");
    expect(out.some((x) => x.endsWith("|No date had been set"))).toBe(false);
  });
});
