// relations/shared-stance-targets.ts: a second coordinated stance shares the first one's target. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const accusations = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "ACCUSES")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("shared stance targets", () => {
  it("gives 'urged <State> to … and accused <unresolved name> of …' the urged state", () => {
    expect(
      accusations(
        "Vietnam’s foreign ministry urged Cambodia to release the boat and accused Zorbland of “acting in bad faith.”",
      ),
    ).toContain("country:vn country:kh");
  });

  it("reads other appeals and demands before the accusation", () => {
    expect(
      accusations(
        "Greece called on Turkey to withdraw the survey ship and accused the other side of “provocations.”",
      ),
    ).toContain("country:gr country:tr");
    expect(
      accusations(
        "Foreign Minister Kari Lahti demanded that Russia return the crew and also accused the Kremlin of “piracy.”",
      ),
    ).toContain("person:kari-lahti country:ru");
  });

  it("leaves an accusation with its own target, or one in another sentence, alone", () => {
    expect(
      accusations("Vietnam urged Cambodia to release the boat and accused Thailand of “meddling.”"),
    ).not.toContain("country:vn country:kh");
    expect(
      accusations(
        "Vietnam urged Cambodia to release the boat. Vietnam later accused unnamed people of lying.",
      ),
    ).not.toContain("country:vn country:kh");
  });
});
