// Tests of src/extract/events/not-until.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const rows = (body: string) =>
  extractBody(body, "June 10, 2022").events.map(
    (e) => `${e.type} ${e.cameo} ${e.negated ? "negated" : "done"} ${e.dates.map((d) => d.value).join()}`,
  );

describe("a negation closed by 'until <date>'", () => {
  it("dates the act done then, not an act that did not happen", () => {
    expect(
      rows(
        "Peru broke off diplomatic relations with Chile in May. The two countries did not restore ties until 2010.",
      ),
    ).toContain("cooperation 030 done 2010");
    expect(rows("The fishermen, seized by Chile, were not released until Friday.")).toContain(
      "release 084 done 2022-06-10",
    );
    expect(rows("Peru did not expel the diplomats until May 3.")).toContain("expulsion 174 done 2022-05-03");
    expect(
      rows(
        "Peru broke off relations with Chile in May, and Peru did not restore ties with Chile until 2010.",
      ),
    ).toContain("cooperation 030 done 2010");
  });

  it("keeps a negation without a date after 'until'", () => {
    expect(rows("Chile did not restore relations with Peru, officials said.")).toContain(
      "cooperation 125 negated ",
    );
    expect(rows("Chile will not restore relations with Peru until the talks end.")).toContain(
      "cooperation 125 negated ",
    );
  });
});
