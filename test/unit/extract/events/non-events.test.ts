// Trigger matches that are no act: bodies named like events, and talks only called for.
// Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const types = (x: ReturnType<typeof extractBody>) => x.events.map((e) => e.type);

describe("names of bodies", () => {
  it("reads a forum that is an organisation as no summit", () => {
    const x = extractBody(
      "Leaders of the Pacific Islands Forum are expected to discuss the plan in Apia.",
      "June 10, 2022",
    );
    expect(types(x)).not.toContain("summit");
  });

  it("reads an assembly acting as a clause subject as a body", () => {
    const x = extractBody(
      "The U.N. General Assembly has voted every year since 1995 on the issue.",
      "June 10, 2022",
    );
    expect(types(x)).not.toContain("summit");
  });

  it("still reads a named summit as an event", () => {
    const x = extractBody("Peru and Chile will meet at the Lima Summit in May.", "March 10, 2022");
    expect(types(x)).toContain("summit");
  });
});

describe("talks that are only wished for", () => {
  it("reads 'calling for talks between X and Y' as no meeting", () => {
    const x = extractBody(
      "Peru backed Bolivia in a joint statement on Monday, calling for talks between La Paz and Santiago.",
      "June 10, 2022",
    );
    expect(types(x)).not.toContain("meeting");
  });

  it("reads 'remained open to talks with X' as no meeting", () => {
    const x = extractBody(
      "Kenya said it remained open to talks with Somalia on the border.",
      "June 10, 2022",
    );
    expect(types(x)).not.toContain("meeting");
  });

  it("keeps talks that were held", () => {
    const x = extractBody("Kenya held talks with Somalia on Monday in Nairobi.", "June 10, 2022");
    expect(types(x)).toContain("meeting");
  });
});

describe("event words inside names and demanded acts", () => {
  it("reads no cooperation in 'Gulf Cooperation Council'", () => {
    const x = extractBody("The Gulf Cooperation Council met in Doha on Monday.", "June 10, 2022");
    expect(types(x)).not.toContain("cooperation");
  });

  it("reads an act that is only demanded as no event", () => {
    const x = extractBody(
      "Iraq demanded that Turkey withdraw its troops from Iraqi territory.",
      "June 10, 2022",
    );
    expect(types(x)).toEqual([]);
    const y = extractBody("Chile urged Peru to expel the Bolivian ambassador.", "June 10, 2022");
    expect(types(y)).toEqual([]);
  });

  it("keeps a withdrawal that was agreed", () => {
    const x = extractBody(
      "Peru and Bolivia agreed to pull troops back from the border by Saturday.",
      "June 1, 2022",
    );
    expect(x.events.map((e) => [e.type, e.cameo, e.dates.map((d) => d.value).join()])).toEqual([
      ["troop-withdrawal", "087", "2022-06-04"],
    ]);
  });
});
