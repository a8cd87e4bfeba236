// A tiny hand-made Extraction for the pure writer tests; values chosen to be easy to spot in Cypher.
import type { Extraction } from "../../../src/extract/types.ts";

const body = "Ruritania's minister Anna Zed said “we object.” Ruritania accuses Freedonia.";

export const smallExtraction: Extraction = {
  article: {
    id: "2024-01-02-ruritania-objects",
    title: "Ruritania objects",
    publishedAt: "2024-01-02",
    body,
    contentHash: "abc",
  },
  sentences: [
    { index: 0, paragraph: 0, start: 0, end: 47, text: body.slice(0, 47) },
    { index: 1, paragraph: 0, start: 48, end: body.length, text: body.slice(48) },
  ],
  actors: [
    {
      id: "country:rr",
      kind: "Country",
      name: "Ruritania",
      aliases: ["Ruritania"],
      isoCode: "RR",
      mentions: [{ kind: "possessive", sentence: 0, start: 0, end: 9, text: "Ruritania" }],
    },
    { id: "country:fd", kind: "Country", name: "Freedonia", aliases: [], mentions: [] },
    {
      id: "person:anna-zed",
      kind: "Person",
      name: "Anna Zed",
      aliases: ["Zed"],
      title: "Minister",
      countryId: "country:rr",
      mentions: [{ kind: "name", sentence: 0, start: 21, end: 29, text: "Anna Zed" }],
    },
  ],
  statements: [
    {
      id: "2024-01-02-ruritania-objects/statement/0",
      kind: "quote",
      speakerId: "person:anna-zed",
      verb: "said",
      text: "we object.",
      aboutIds: [],
      cameo: "010",
      evidence: [{ sentence: 0, start: 36, end: 46, text: body.slice(36, 46) }],
    },
  ],
  events: [
    {
      id: "2024-01-02-ruritania-objects/event/0",
      label: "Ruritania accuses Freedonia",
      cameo: "112",
      cameoLabel: "Accuse",
      plover: "ACCUSE",
      status: "reported",
      dates: [
        {
          value: "2024-01",
          precision: "month",
          evidence: { sentence: 1, start: 48, end: 57, text: "Ruritania" },
        },
        {
          value: "2024-01-02",
          precision: "day",
          evidence: { sentence: 1, start: 48, end: 57, text: "Ruritania" },
        },
      ],
      participants: [
        { actorId: "country:rr", role: "source" },
        { actorId: "country:fd", role: "target" },
      ],
      evidence: [{ sentence: 1, start: 48, end: body.length, text: body.slice(48) }],
    },
  ],
  relations: [
    {
      id: "2024-01-02-ruritania-objects/relation/0",
      kind: "ACCUSES",
      sourceId: "country:rr",
      targetId: "country:fd",
      statementIds: [],
      eventIds: ["2024-01-02-ruritania-objects/event/0"],
      evidence: [{ sentence: 1, start: 48, end: body.length, text: body.slice(48) }],
    },
  ],
};
