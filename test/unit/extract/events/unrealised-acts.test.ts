// Tests of src/extract/events/unrealised-acts.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("hostile acts only threatened or possible", () => {
  it("does not read a threatened act as the act", () => {
    expect(kinds("Peru threatened on Tuesday to close its border with Chile.")).toEqual([]);
    expect(kinds("Peru threatened on Tuesday to impose sanctions on Chile.")).toEqual([]);
    expect(kinds("Bolivia threatened to retaliate and expel Chilean diplomats.")).toEqual([]);
  });

  it("does not read an act warned of or only possible as the act", () => {
    expect(kinds("Peru warned on Tuesday that it could expel Chilean diplomats.")).toEqual([]);
    expect(kinds("Chile might impose sanctions on Peru, the minister said on Tuesday.")).toEqual([]);
    expect(kinds("Chile could close the border, the minister said on Tuesday.")).toEqual([]);
  });

  it("keeps an act alleged with 'may have' and an act done after a threat", () => {
    expect(kinds("Chile may have violated Peru's airspace, the minister said on Tuesday.")).toEqual([
      "intrusion 150 ",
    ]);
    expect(
      kinds("After weeks of threats, Peru closed its border with Chile on Tuesday, officials said."),
    ).toEqual(["border-closure 191 2022-06-07"]);
  });

  it("leaves a possible meeting to the planning rules", () => {
    expect(kinds("Peru and Chile could hold talks next month, the minister said on Tuesday.")).toEqual([
      "meeting 036 2022-07",
    ]);
  });
});

describe("hostile acts one is only ready to do", () => {
  it("does not read readiness or capacity as an act", () => {
    expect(kinds("Peru said on Tuesday it was ready to deploy troops to the border.")).toEqual([]);
    expect(kinds("Peru's army said on Tuesday it had the capacity to deploy troops within hours.")).toEqual(
      [],
    );
  });

  it("still reads troops deployed on a stated day", () => {
    expect(kinds("Peru deployed troops to the border on Tuesday.")).toEqual(["deployment 154 2022-06-07"]);
  });
});

describe("event nouns modifying another noun", () => {
  it("does not read a sanctions regime, aid workers or a talks process as events", () => {
    expect(kinds("The sanctions regime against Chile was discussed on Tuesday.")).toEqual([]);
    expect(kinds("Aid workers in Bolivia were evacuated on Tuesday.")).toEqual([]);
    expect(kinds("Peru said on Tuesday that the peace talks process had stalled.")).toEqual([]);
  });

  it("still reads sanctions imposed on a state", () => {
    expect(kinds("Peru imposed sanctions on Chile on Tuesday.")).toEqual(["sanctions 163 2022-06-07"]);
  });
});

describe("an event noun naming what a signed text covers", () => {
  it("reads only the signing, which keeps the date after the text", () => {
    expect(kinds("Peru and Chile signed a fisheries cooperation accord in 2019, officials said.")).toEqual([
      "agreement 057 2019",
    ]);
    expect(
      kinds("Bolivia, which signed a military assistance agreement with Peru in March, did not comment."),
    ).toEqual(["agreement 057 2022-03"]);
    expect(kinds("Ecuador and Peru inked a border cooperation memorandum on Tuesday.")).toEqual([
      "agreement 057 2022-06-07",
    ]);
  });

  it("still reads the act itself, and a truce's signed text as the truce", () => {
    expect(kinds("Peru sent military assistance to Chile in March.")).toEqual(["aid 070 2022-03"]);
    expect(kinds("Peru and Chile agreed on Tuesday to deepen cooperation on fisheries.")).toEqual([
      "cooperation 030 2022-06-07",
    ]);
  });
});

describe("talks only offered, questions, acts to stop, blocked acts and standing states", () => {
  it("does not read a venue offered for talks as a meeting, but keeps talks a state will host", () => {
    expect(
      kinds("Peru's foreign ministry said on Tuesday it was ready to host talks between Chile and Bolivia."),
    ).toEqual([]);
    expect(kinds("Peru said on Tuesday it would host talks between Chile and Bolivia next month.")).toEqual([
      "meeting 036 2022-07",
    ]);
  });

  it("does not read an open question or an act demanded to stop as an act", () => {
    expect(kinds("He declined to say on Tuesday whether Peru would expel a Chilean diplomat.")).toEqual([]);
    expect(kinds("Peru called on Chile on Tuesday to stop harassing its fishing boats.")).toEqual([]);
  });

  it("keeps a planned visit named inside a question", () => {
    expect(
      kinds(
        "Asked whether the delay was linked to a planned visit by Chile's president next month, Peru said no.",
      ),
    ).toEqual(["visit 036 2022-07"]);
  });

  it("does not read sanctions blocked by another state, or troops that remain deployed, as acts", () => {
    expect(
      kinds("Russia, which has blocked new Security Council sanctions on Peru, spoke on Tuesday."),
    ).toEqual([]);
    expect(
      kinds("Thousands of Chilean troops remain deployed along the border, Peru said on Tuesday."),
    ).toEqual([]);
  });
});

describe("hostile acts only on a condition (round 15)", () => {
  it.each([
    "Chile said it would expel the Peruvian ambassador if the incursions continued.",
    "Chile would consider closing the border unless Peru withdrew its troops, the minister said.",
    "The minister said Chile will impose sanctions on Peru if the talks fail.",
    "Chile’s president said he would not hesitate to recall the ambassador if Lima kept silent.",
  ])("reads no act in %j", (body) => {
    expect(kinds(body)).toEqual([]);
  });

  it("keeps a planned act whose condition belongs to another clause", () => {
    expect(
      kinds(
        "Chile said it would close the border next week, adding that it would reopen it if the situation improved.",
      ),
    ).toEqual(["border-closure 191 2022-06"]);
  });

  it("keeps the act done, beside a conditional threat of more", () => {
    expect(
      kinds("Chile expelled two Peruvian diplomats on Monday, saying it would expel more if needed."),
    ).toEqual(["expulsion 174 2022-06-06"]);
  });
});
