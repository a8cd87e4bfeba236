// Agreements reported across sentences: parties agreeing together cooperate, a signing referred
// back to by a definite noun takes the lead's date and parties, a relative clause's head is its
// verb's subject, and a passive object never reaches across a relative pronoun. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const events = (x: X) =>
  x.events.map((e) => [
    e.type,
    e.dates.map((d) => d.value).join(","),
    e.participants.map((p) => `${p.role}:${p.actorId}`).join(","),
  ]);
const cooperating = (x: X) =>
  x.relations.filter((r) => r.kind === "COOPERATES_WITH").map((r) => `${r.sourceId} ${r.targetId}`);

describe("agreements across sentences", () => {
  const x = extractBody(
    "Ghana, Togo and Benin agreed on Tuesday to share grazing land along their borders. The accord was signed in Lomé by the three countries’ agriculture ministers.",
    "June 10, 2022",
  );
  it("makes every pair of parties agreeing together cooperate", () => {
    expect(cooperating(x)).toEqual(
      expect.arrayContaining(["country:gh country:tg", "country:gh country:bj", "country:tg country:bj"]),
    );
  });
  it("dates the signing of 'the accord' by the agreeing it refers back to, with its parties", () => {
    expect(events(x)).toEqual([
      ["agreement", "2022-06-07", "participant:country:gh,participant:country:tg,participant:country:bj"],
    ]);
  });
  it("leaves a signing with a date of its own alone", () => {
    const y = extractBody(
      "Ghana and Togo agreed on Tuesday to cut tariffs. The pact was signed on Wednesday in Accra.",
      "June 10, 2022",
    );
    expect(events(y).map((e) => e[1])).toEqual(["2022-06-08"]);
  });
});

describe("relative clauses", () => {
  it("reads the head of ', which signed …' as the signer", () => {
    const x = extractBody(
      "Kenya, which signed a defence pact with Uganda in 2019, welcomed the talks.",
      "June 10, 2022",
    );
    expect(cooperating(x)).toEqual(["country:ke country:ug"]);
  });
  it("does not take an object from before a relative pronoun", () => {
    const x = extractBody(
      "The ban follows missile attacks by the rebels, which have also fired at villages in Chad.",
      "June 10, 2022",
    );
    expect(x.events.filter((e) => e.type === "weapons-test")).toEqual([]);
  });
});
