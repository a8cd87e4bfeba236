// A complaint lodged at a forum is against the party named after "against" (forum-complaints.ts).
import { describe, expect, it } from "vitest";
import { eventAccusers } from "../../../../src/extract/relations/forum-complaints.ts";
import type { Event } from "../../../../src/extract/types.ts";
import { entityDoc, extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const rels = (x: X, kind: string) => relationPairs(x, kind);

describe("a complaint at a forum", () => {
  it("criticises the state named after 'against', not the forum", () => {
    const x = extractBody(
      "Peru filed a complaint at the World Trade Organization on Monday against Chile’s new duties on fruit.",
    );
    expect(rels(x, "CRITICIZES")).toContain("country:pe>country:cl");
    expect(rels(x, "CRITICIZES")).not.toContain("country:pe>org:wto");
  });
  it("keeps the forum when nobody is named after 'against'", () => {
    const x = extractBody(
      "Peru filed a complaint with the World Trade Organization on Monday over fruit duties.",
    );
    expect(rels(x, "CRITICIZES")).not.toContain("country:pe>country:cl");
  });
  it("lets a rejection of the complaint in evaluating words criticise the complainant", () => {
    const x = extractBody(
      "Peru filed a complaint at the World Trade Organization on Monday against Chile’s new duties on fruit. Chile’s trade ministry rejected the complaint as “absurd”.",
    );
    expect(rels(x, "CRITICIZES")).toContain("org:cl:ministry-of-trade>country:pe");
    expect(rels(x, "CRITICIZES")).toContain("country:cl>country:pe");
  });
});

describe("a complaint at a forum over another side's acts", () => {
  it("criticises the state named right after 'over'", () => {
    const x = extractBody("Peru lodged a formal complaint with the United Nations over Chilean incursions.");
    expect(rels(x, "CRITICIZES")).toEqual(["country:pe>country:cl"]);
  });
  it("keeps the forum when 'over' names no state", () => {
    const x = extractBody("Peru filed a complaint with the World Trade Organization over the duties.");
    expect(rels(x, "CRITICIZES")).toEqual(["country:pe>org:wto"]);
  });
});

describe("a protest addressed to a forum", () => {
  it("does not criticise the body a protest letter is sent to", () => {
    const x = extractBody(
      "Guyana accused Venezuela of moving troops to the border. Guyana also sent a letter of protest to the United Nations on Monday.",
    );
    expect(rels(x, "CRITICIZES")).not.toContain("country:gy>org:un");
  });
  it("still criticises a body protested against", () => {
    const x = extractBody("Israel lodged a formal protest against the United Nations on Monday.");
    expect(rels(x, "CRITICIZES")).toContain("country:il>org:un");
  });
});

describe("protests as accusations a rejection answers (eventAccusers)", () => {
  const body = "Peru summoned Chile’s ambassador on Monday. Bolivia said it would summon him too.";
  const summons = (participants: Event["participants"], status: Event["status"] = "occurred"): Event => ({
    id: "a/event/1",
    label: "envoy summoned",
    type: "envoy-summoned",
    cameo: "114",
    cameoLabel: "",
    plover: "PROTEST",
    status,
    dates: [],
    participants,
    evidence: [{ start: 0, end: 44, sentence: 0, text: body.slice(0, 44) }],
  });
  it("takes the party that summoned a named state's envoy for the accuser", () => {
    const doc = entityDoc(body);
    const e = summons([
      { actorId: "country:pe", role: "participant" },
      { actorId: "country:cl", role: "target" },
    ]);
    expect(eventAccusers(doc, [e], "country:cl").map((a) => a.from)).toEqual(["country:pe"]);
  });
  it("takes only the sources when the event has some", () => {
    const doc = entityDoc(body);
    const e = summons([
      { actorId: "country:pe", role: "source" },
      { actorId: "country:bo", role: "participant" },
      { actorId: "country:cl", role: "target" },
    ]);
    expect(eventAccusers(doc, [e], "country:cl").map((a) => a.from)).toEqual(["country:pe"]);
  });
  it("takes no accuser from a summons only planned", () => {
    const doc = entityDoc(body);
    const e = summons(
      [
        { actorId: "country:bo", role: "source" },
        { actorId: "country:cl", role: "target" },
      ],
      "planned",
    );
    expect(eventAccusers(doc, [e], "country:cl")).toEqual([]);
  });
});
