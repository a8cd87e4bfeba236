// A bare state broadcaster in an attribution frame belongs to the speaking side (broadcast-owners.ts).
import { describe, expect, it } from "vitest";
import { ids } from "../helpers.ts";

const broadcasters = (body: string) => ids(body).filter((id) => id.endsWith(":state-broadcaster"));

describe("state broadcasters in attribution frames", () => {
  it("gives 'told state radio' the story's home state when the sentence names none", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed two crossings with Togo on Monday.\n\nThe minister told state radio that the closure would last a week.";
    expect(broadcasters(body)).toEqual(["org:gh:state-broadcaster"]);
  });
  it("takes the sentence's subject before the frame", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nTogo’s government said in a statement carried by state television that it regretted the move.";
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("takes a capital that speaks after a fronted frame", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nIn a statement read on state television, Lomé said the decision was hasty.";
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("follows 'Its spokesman' back to the previous sentence's subject", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nTogo’s government rejected the decision. Its spokesman told state television that trade would suffer.";
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("reads no broadcaster from a bare mention outside a frame", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nJournalists from state television were turned back.";
    expect(broadcasters(body)).toEqual([]);
  });
  it("takes the seat named right after the broadcaster", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nAn army spokesman told state radio in Lomé that patrols would double.";
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("reads a seat after a television frame in the home state's own capital too", () => {
    const body =
      "LOMÉ, May 2 (AFP) — Togo reopened a crossing.\n\nThe interior minister was speaking to state television in Accra on Friday.";
    expect(broadcasters(body)).toEqual(["org:gh:state-broadcaster"]);
  });
  it("skips a country inside the reported words before the speaker's clause", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nSmugglers had used three tracks into Togo, the ministry said in a statement read on state radio.";
    expect(broadcasters(body)).toEqual(["org:gh:state-broadcaster"]);
  });
  it("still takes a country in the speaker's own clause after the reported words", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nThe closure was illegal, Togo’s government said in a statement carried by state television.";
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("takes the place frame that opens the paragraph over the home state", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nIn Lomé, the government called the move hostile. A deputy minister later told state television that talks were off.";
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("lets a country in the sentence outrank the paragraph's place frame", () => {
    const body =
      "LOMÉ, May 2 (AFP) — Togo reopened a crossing.\n\nIn Accra, officials were cautious. Ghana’s interior minister told state radio that checks would stay.";
    expect(broadcasters(body)).toEqual(["org:gh:state-broadcaster"]);
  });
});

describe("a frame opening the sentence belongs to the subject after its comma", () => {
  const lead = "ACCRA, May 2 (GNA) — Ghana closed a crossing with Togo.\n\n";
  it("takes a possessive subject ('Speaking to state radio, Togo’s minister said')", () => {
    expect(
      broadcasters(
        `${lead}Speaking to state radio on Tuesday, Togo’s trade minister said talks would go on.`,
      ),
    ).toEqual(["org:tg:state-broadcaster"]);
  });
  it("takes a demonym subject after 'the' ('…, the Togolese government accused …')", () => {
    expect(
      broadcasters(
        `${lead}In a statement read on state television, the Togolese government accused Ghana of haste.`,
      ),
    ).toEqual(["org:tg:state-broadcaster"]);
  });
  it("takes a named state as subject", () => {
    expect(broadcasters(`${lead}In remarks carried by state radio, Togo called the move unjust.`)).toEqual([
      "org:tg:state-broadcaster",
    ]);
  });
  it("keeps the home state when a clause comes between the comma and a state", () => {
    expect(broadcasters(`${lead}Speaking to state radio, the minister said Togo had been warned.`)).toEqual([
      "org:gh:state-broadcaster",
    ]);
  });
});

describe("a quotation before the frame is the message, not the speaker's side", () => {
  const lead = "ACCRA, May 2 (GNA) — Ghana closed a crossing with Togo.\n\n";
  it("follows 'she told state television' after a quote back to the sentence before it", () => {
    const body = `${lead}Togo’s trade minister replied the same day. “Ghana punishes its own traders,” she told state television.`;
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("does the same for straight quotes and 'he said on state radio'", () => {
    const body = `${lead}Togo’s interior minister was unmoved. "Accra will regret this," he said on state radio.`;
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("skips a quotation spanning sentences to reach the speaker's sentence", () => {
    const body = `${lead}Togo’s foreign minister answered at once. “Ghana acted alone. Ghana will pay,” he told state TV.`;
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("keeps a named speaker after the quotation", () => {
    const body = `${lead}Officials met on Friday. “Togo was warned,” Ghana’s minister told state radio.`;
    expect(broadcasters(body)).toEqual(["org:gh:state-broadcaster"]);
  });
  it("keeps the quoted country when the sentence before names none", () => {
    const body = `${lead}The minister spoke late. “Togo was warned,” she told state radio.`;
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
});

describe("a quotation inside the speaker's clause keeps the old reading", () => {
  const lead = "ACCRA, May 2 (GNA) — Ghana closed a crossing with Togo.\n\n";
  it("keeps a subject before a short quoted phrase", () => {
    const body = `${lead}The Togolese army dismissed the claim as “a fairy tale,” saying in a statement read on state television that it had no troops there.`;
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("keeps a quoted country when a named speaker follows the quote", () => {
    const body = `${lead}“Togo respects its neighbours,” a ministry spokesman told state television.`;
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
});
