// `events`: date order, date filters, PLOVER filter, and the fields of an event.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { eventId, IDS, resetGraph } from "./fixture.ts";
import { ok, oneError, type Row, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const { gql } = testApp(graph.executor);

beforeAll(() => resetGraph(graph.executor));
afterAll(() => graph.close());

const ids = (connection: { edges: { node: { id: string } }[] }) =>
  connection.edges.map((e: Row) => e.node.id);

describe("events", () => {
  it("orders by date (fuzzy dates sort by their start), undated last", async () => {
    const data = ok(await gql("{ events { totalCount edges { node { id date { value precision } } } } }"));
    expect(data.events.totalCount).toBe(7);
    expect(data.events.edges.map((e: Row) => [e.node.id, e.node.date])).toEqual([
      [eventId(5), { value: "2021", precision: "YEAR" }],
      [eventId(1), { value: "2021-07", precision: "MONTH" }],
      [eventId(3), { value: "2021-07-23", precision: "DAY" }],
      [eventId(0), null],
      [eventId(2), null],
      [eventId(4), null],
      [eventId(6), null],
    ]);
  });

  it("filters by a date range that overlaps the event's period", async () => {
    const july = ok(await gql('{ events(from: "2021-07", to: "2021-07") { edges { node { id } } } }'));
    expect(ids(july.events)).toEqual([eventId(5), eventId(1), eventId(3)]);
    const fromDay = ok(await gql('{ events(from: "2021-07-10") { edges { node { id } } } }'));
    // "2021" and "2021-07" overlap the days after July 10; "2021-07-23" is after it.
    expect(ids(fromDay.events)).toEqual([eventId(5), eventId(1), eventId(3)]);
    const afterOlympics = ok(await gql('{ events(from: "2021-07-24") { edges { node { id } } } }'));
    expect(ids(afterOlympics.events)).toEqual([eventId(5), eventId(1)]);
    const toJune = ok(await gql('{ events(to: "2021-06-30") { edges { node { id } } } }'));
    expect(ids(toJune.events)).toEqual([eventId(5)]);
    const in2022 = ok(await gql('{ events(from: "2022") { totalCount } }'));
    expect(in2022.events.totalCount).toBe(0);
    const oneDay = ok(
      await gql('{ events(from: "2021-07-23", to: "2021-07-23") { edges { node { id } } } }'),
    );
    expect(ids(oneDay.events)).toEqual([eventId(5), eventId(1), eventId(3)]);
  });

  it("filters by PLOVER type", async () => {
    const accusations = ok(await gql("{ events(type: ACCUSE) { edges { node { id plover } } } }"));
    expect(accusations.events.edges).toEqual([
      { node: { id: eventId(2), plover: "ACCUSE" } },
      { node: { id: eventId(4), plover: "ACCUSE" } },
    ]);
    const cooperation = ok(
      await gql('{ events(type: COOPERATE, from: "2021-07") { edges { node { id } } } }'),
    );
    expect(ids(cooperation.events)).toEqual([eventId(5), eventId(1)]);
    const none = ok(await gql("{ events(type: ASSAULT) { totalCount } }"));
    expect(none.events.totalCount).toBe(0);
  });

  it("pages with first/after", async () => {
    const first = ok(
      await gql("{ events(first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"),
    );
    expect(ids(first.events)).toEqual([eventId(5), eventId(1)]);
    const next = ok(
      await gql(
        "query ($a: String) { events(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }",
        {
          a: first.events.pageInfo.endCursor,
        },
      ),
    );
    expect(ids(next.events)).toEqual([eventId(3), eventId(0)]);
    expect(next.events.pageInfo.hasNextPage).toBe(true);
  });

  it("rejects malformed dates, reversed ranges and unknown types", async () => {
    for (const [query, argument] of [
      ['{ events(from: "July 2021") { totalCount } }', "from"],
      ['{ events(from: "2021-13") { totalCount } }', "from"],
      ['{ events(to: "2021-02-30") { totalCount } }', "to"],
      ['{ events(to: "2021-7-1") { totalCount } }', "to"],
      ['{ events(from: "2022", to: "2021-12") { totalCount } }', "from"],
      ["{ events(type: PARTY) { totalCount } }", "type"],
      ["{ events(first: 101) { totalCount } }", "first"],
    ] as const) {
      const error = oneError(await gql(query));
      expect(error.extensions?.code, query).toBe("BAD_USER_INPUT");
      expect(error.message, query).toContain(`Argument "${argument}"`);
    }
    // A leap day is a real date.
    expect(ok(await gql('{ events(to: "2020-02-29") { totalCount } }')).events.totalCount).toBe(0);
  });
});

describe("an event", () => {
  it("has all its date claims, flags the conflict, and has participants and place", async () => {
    const data = ok(
      await gql(`{ node(id: "${eventId(1)}") { ... on Event {
        label status cameo cameoLabel plover
        date { value precision }
        dateConflict
        dateClaims { id value precision text start end event { id } evidence { text sentence { index } } }
        participants { role actor { id } }
        place { id name }
        placeName
        evidence { text sentence { index } }
        article { publishedAt }
      } } }`),
    );
    expect(data.node).toEqual({
      label: "Cybersecurity strategy implemented",
      status: "PLANNED",
      cameo: "030",
      cameoLabel: "Express intent to cooperate",
      plover: "COOPERATE",
      date: { value: "2021-07", precision: "MONTH" },
      dateConflict: true,
      dateClaims: [
        expect.objectContaining({
          id: `${eventId(1)}/date/0`,
          value: "2021-09",
          precision: "MONTH",
          text: "in September",
          event: { id: eventId(1) },
          evidence: { text: "in September", sentence: { index: 1 } },
        }),
        expect.objectContaining({
          id: `${eventId(1)}/date/1`,
          value: "2021-07",
          precision: "MONTH",
          text: "this month",
          evidence: { text: "this month", sentence: { index: 9 } },
        }),
      ],
      participants: [{ role: "source", actor: { id: IDS.japan } }],
      place: { id: IDS.japan, name: "Japan" },
      placeName: null,
      evidence: [
        { text: "the new strategy is expected to be implemented in September", sentence: { index: 1 } },
        {
          text: "The new cybersecurity strategy that is going to be implemented this month",
          sentence: { index: 9 },
        },
      ],
      article: { publishedAt: "2021-07-09" },
    });
  });

  it("a single-claim event has no conflict; a place can be a name only", async () => {
    const olympics = ok(
      await gql(
        `{ node(id: "${eventId(3)}") { ... on Event { dateConflict dateClaims { value } placeName place { id } } } }`,
      ),
    );
    expect(olympics.node).toEqual({
      dateConflict: false,
      dateClaims: [{ value: "2021-07-23" }],
      placeName: "Tokyo",
      place: { id: IDS.japan },
    });
    const indoPacific = ok(
      await gql(
        `{ node(id: "${eventId(6)}") { ... on Event { placeName place { id } date { value } participants { role actor { name } } } } }`,
      ),
    );
    expect(indoPacific.node).toEqual({
      placeName: "Indo-Pacific region",
      place: null,
      date: null,
      participants: [
        { role: "source", actor: { name: "Japan" } },
        { role: "target", actor: { name: "Association of Southeast Asian Nations" } },
      ],
    });
  });
});
