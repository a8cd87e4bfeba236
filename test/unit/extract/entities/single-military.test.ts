// A state's army is its armed forces when the article names them by a proper name (single-military.ts).
import { describe, expect, it } from "vitest";
import { ids } from "../helpers.ts";

const military = (body: string) => ids(body).filter((id) => /:(?:army|armed-forces)$/.test(id));

describe("an army of a state whose military the article names as one body", () => {
  it.each([
    [
      "possessive army after a Defence Forces name",
      "ACCRA, May 2 — The Ghana Armed Forces said gunmen fled. Ghana's army later sealed the road.",
    ],
    [
      "adjective army after a People's Defence Forces acronym",
      "ACCRA, May 2 — Ghana closed the border. The Ghana People's Defence Forces (GPDF) said rebels crossed. A Ghanaian army convoy was ambushed.",
    ],
    [
      "bare army before the proper name",
      "ACCRA, May 2 — Ghana said the army had repelled a raid. The Ghana Defence Force said two soldiers were hurt.",
    ],
    [
      "demonym Armed Forces, then 'the army'",
      "ACCRA, May 2 — The Ghanaian Armed Forces reported a clash near the border. Officials said the army lost a truck.",
    ],
  ])("merges the army into the armed forces (%s)", (_label, body) => {
    expect(military(body)).toEqual(["org:gh:armed-forces"]);
  });

  it("keeps the army apart beside lower-case armed forces, troops or another state's Armed Forces", () => {
    const lower =
      "ACCRA, May 2 — Ghana said its armed forces were on alert. Two Ghanaian army officers were arrested.";
    expect(military(lower)).toContain("org:gh:army");
    const troops = "ACCRA, May 2 — Ghanaian troops crossed the river. Ghana's army denied it.";
    expect(military(troops)).toContain("org:gh:army");
    const other =
      "ACCRA, May 2 — The Togolese Armed Forces said rebels crossed. Ghana's army sealed the road.";
    expect(military(other)).toContain("org:gh:army");
  });
});
