// A bare state broadcaster whose frame has a named speaker is that speaker's state's (speaker-broadcasters.ts).
import { describe, expect, it } from "vitest";
import { ids } from "../helpers.ts";

const broadcasters = (body: string) => ids(body).filter((id) => id.endsWith(":state-broadcaster"));
const lead = "ACCRA, May 2 (GNA) — Ghana and Togo signed a border pact on Monday.\n\n";

describe("state broadcasters framed by a named speaker", () => {
  it.each([
    [
      "apposition, then 'X, speaking to state radio, said'",
      "The pact was signed by Ghanaian Interior Minister Kofi Mensah and his Togolese counterpart, Yao Agbeko.\n\nAgbeko, speaking afterwards to state radio, said Ghana had been a patient partner.",
    ],
    [
      "'X told state television' after a fronted quotation",
      "The pact was signed by Ghanaian Interior Minister Kofi Mensah and his Togolese counterpart, Yao Agbeko.\n\n“We lost years to smugglers,” Agbeko told state television.",
    ],
    [
      "'X said on state radio'",
      "Togolese Interior Minister Yao Agbeko signed for Lomé.\n\nAgbeko said on state radio that Ghana would share patrol data.",
    ],
    [
      "an opening frame before the speaker",
      "Togolese Interior Minister Yao Agbeko signed for Lomé.\n\nSpeaking to state radio on Tuesday, Agbeko said Ghana would share patrol data.",
    ],
  ])("gives the broadcaster to the speaker's state (%s)", (_label, text) => {
    expect(broadcasters(lead + text)).toEqual(["org:tg:state-broadcaster"]);
  });

  it("keeps the home state when the speaker has no state or the broadcaster is not in the speaker's frame", () => {
    const stateless = `${lead}Analyst Yao Agbeko told state radio that Togo had gained most.`;
    expect(broadcasters(stateless)).toEqual(["org:gh:state-broadcaster"]);
    const notFramed = `${lead}Togolese Interior Minister Yao Agbeko signed for Lomé. Reporters for state radio were turned away.`;
    expect(broadcasters(notFramed)).not.toContain("org:tg:state-broadcaster");
  });

  it("leaves a broadcaster named with its country alone", () => {
    const named = `${lead}Togolese Interior Minister Yao Agbeko told Ghana's state broadcaster that the pact was fair.`;
    expect(broadcasters(named)).not.toContain("org:tg:state-broadcaster");
  });
});
