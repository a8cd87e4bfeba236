// A hand-written Extraction of the bundled seed article (seed/articles/2021-07-09-…), written with
// the real writer. It does not depend on src/extract: offsets are computed from the article text,
// so every span is exact. Also: a synthetic article with many actors for the N+1 test.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { clearGraph } from "../../../bench/support/corpus.ts";
import type {
  Actor,
  DateClaim,
  Event,
  Evidence,
  Extraction,
  Mention,
  MentionKind,
  Relation,
  Sentence,
  Statement,
} from "../../../src/extract/types.ts";
import { applySchema } from "../../../src/graph/apply-schema.ts";
import type { CypherExecutor } from "../../../src/graph/executor.ts";
import { writeArticle } from "../../../src/graph/write-article.ts";

export const SEED_FILE = path.resolve(
  import.meta.dirname,
  "../../../seed/articles/2021-07-09-japan-cybersecurity-strategy-china-response.txt",
);

export const ARTICLE_ID = "2021-07-09-japan-seeks-stronger-cybersecurity";
const raw = readFileSync(SEED_FILE, "utf8");
// Title, date line, then one paragraph per non-empty line.
const [, , ...paragraphs] = raw
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line.length > 0);
export const BODY = paragraphs.join("\n\n");

/** [paragraph, text] of every sentence, in order. */
const SENTENCE_TEXTS: [number, string][] = [
  [
    0,
    "A new and improved cybersecurity strategy has been compiled by the Japanese government for the next three years, after speculation arose that Japan’s cybersecurity might be in danger due to malicious activities from its neighboring countries- Russia and China.",
  ],
  [
    1,
    "Japan seeks stronger cybersecurity measures and the new strategy is expected to be implemented in September after soliciting public comments accusing China to be using advanced technologies to conduct cyberattacks as an attempt to steal information from firms associated with the military.",
  ],
  [
    1,
    "Russia is also suspected to be involved in the malicious activity as well, carrying them for political and military purposes.",
  ],
  [
    2,
    "Katsunobu Kato, Chief cabinet secretary, who is the head of leading cybersecurity related activities suggested to “enhance defense, deterrence and assessment capabilities and strengthen cooperation among relevant bodies to protect security interests.”",
  ],
  [
    3,
    "He also suggested that all types of malicious activities should be closely monitored\u00a0 during the Tokyo Olympic and Paralympic Games starting July 23.",
  ],
  [
    3,
    "However, Japan’s move was criticized by China, claiming that Japan was not following facts and was wrongly exaggerating threats from neighboring countries.",
  ],
  [4, "China criticized Japan’s move calling it “groundless slander”"],
  [
    5,
    "Wang Wenbin, China’s foreign Ministry spokesman, also criticized Japan’s “groundless slander” against Russia and China on cybersecurity issues.",
  ],
  [
    6,
    "According to Wang, Japan has had “bad relations with all its neighbors,” and also stated that it should “do more things that are conducive to gaining political mutual trust from such neighbors and maintaining regional peace and stability.”",
  ],
  [
    7,
    "The new cybersecurity strategy that is going to be implemented this month aims to improve\u00a0 deterrence through the Japan-U.S. alliance through conducting joint exercises of the\u00a0 U.S. forces and Japanese Self-Defense Forces.",
  ],
  [
    8,
    "Furthermore, it also aims to take part in enhancing the cybersecurity field in the Indo-Pacific region, including members of the Association of Southeast Asian Nations.",
  ],
];

function buildSentences(): Sentence[] {
  let cursor = 0;
  return SENTENCE_TEXTS.map(([paragraph, text], index) => {
    const start = BODY.indexOf(text, cursor);
    if (start < 0) throw new Error(`fixture: sentence ${index} not found in the article body`);
    cursor = start + text.length;
    return { index, paragraph, text, start, end: start + text.length };
  });
}

export const SENTENCES = buildSentences();

/** The `occurrence`-th `text` inside sentence `sentence`, as body offsets. */
export function span(sentence: number, text: string, occurrence = 0): Evidence {
  const s = SENTENCES[sentence];
  if (!s) throw new Error(`fixture: no sentence ${sentence}`);
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) {
    at = s.text.indexOf(text, at + 1);
    if (at < 0) throw new Error(`fixture: "${text}" #${occurrence} not in sentence ${sentence}`);
  }
  return { sentence, start: s.start + at, end: s.start + at + text.length, text };
}

const mention = (kind: MentionKind, sentence: number, text: string, occurrence = 0): Mention => ({
  ...span(sentence, text, occurrence),
  kind,
});

export const IDS = {
  japan: "country:jp",
  china: "country:cn",
  russia: "country:ru",
  us: "country:us",
  asean: "org:asean",
  sdf: "org:jp:self-defense-forces",
  japanGov: "org:jp:government",
  mofaChina: "org:cn:ministry-of-foreign-affairs",
  kato: "person:katsunobu-kato",
  wang: "person:wang-wenbin",
} as const;

const ACTORS: Actor[] = [
  {
    id: IDS.japan,
    kind: "Country",
    name: "Japan",
    aliases: ["Japanese"],
    isoCode: "JP",
    wikidataId: "Q17",
    mentions: [
      mention("demonym", 0, "Japanese"),
      mention("possessive", 0, "Japan’s"),
      mention("name", 1, "Japan"),
      mention("possessive", 5, "Japan’s"),
      mention("name", 5, "Japan", 1),
      mention("possessive", 6, "Japan’s"),
      mention("possessive", 7, "Japan’s"),
      mention("name", 8, "Japan"),
      mention("name", 9, "Japan"),
    ],
  },
  {
    id: IDS.china,
    kind: "Country",
    name: "China",
    aliases: [],
    isoCode: "CN",
    wikidataId: "Q148",
    mentions: [
      mention("name", 0, "China"),
      mention("name", 1, "China"),
      mention("name", 5, "China"),
      mention("name", 6, "China"),
      mention("possessive", 7, "China’s"),
      mention("name", 7, "China", 1),
    ],
  },
  {
    id: IDS.russia,
    kind: "Country",
    name: "Russia",
    aliases: [],
    isoCode: "RU",
    wikidataId: "Q159",
    mentions: [mention("name", 0, "Russia"), mention("name", 2, "Russia"), mention("name", 7, "Russia")],
  },
  {
    id: IDS.us,
    kind: "Country",
    name: "United States",
    aliases: ["U.S.", "US"],
    isoCode: "US",
    wikidataId: "Q30",
    mentions: [mention("short-name", 9, "U.S."), mention("short-name", 9, "U.S.", 1)],
  },
  {
    id: IDS.asean,
    kind: "Organization",
    name: "Association of Southeast Asian Nations",
    aliases: ["ASEAN"],
    wikidataId: "Q7768",
    orgType: "intergovernmental",
    mentions: [mention("name", 10, "Association of Southeast Asian Nations")],
  },
  {
    id: IDS.sdf,
    kind: "Organization",
    name: "Japan Self-Defense Forces",
    aliases: ["Self-Defense Forces", "SDF"],
    orgType: "military",
    countryId: IDS.japan,
    mentions: [mention("alias", 9, "Self-Defense Forces")],
  },
  {
    id: IDS.japanGov,
    kind: "Organization",
    name: "Government of Japan",
    aliases: ["Japanese government"],
    orgType: "government",
    countryId: IDS.japan,
    mentions: [mention("alias", 0, "Japanese government")],
  },
  {
    id: IDS.mofaChina,
    kind: "Organization",
    name: "Ministry of Foreign Affairs of China",
    aliases: ["foreign Ministry"],
    orgType: "ministry",
    countryId: IDS.china,
    mentions: [mention("alias", 7, "foreign Ministry")],
  },
  {
    id: IDS.kato,
    kind: "Person",
    name: "Katsunobu Kato",
    aliases: ["Kato"],
    title: "Chief Cabinet Secretary",
    countryId: IDS.japan,
    mentions: [mention("name", 3, "Katsunobu Kato"), mention("pronoun", 4, "He")],
  },
  {
    id: IDS.wang,
    kind: "Person",
    name: "Wang Wenbin",
    aliases: ["Wang"],
    title: "Foreign Ministry Spokesman",
    countryId: IDS.china,
    mentions: [mention("name", 7, "Wang Wenbin"), mention("short-name", 8, "Wang")],
  },
];

export const statementId = (n: number) => `${ARTICLE_ID}/statement/${n}`;
export const eventId = (n: number) => `${ARTICLE_ID}/event/${n}`;
export const sentenceNodeId = (n: number) => `${ARTICLE_ID}/sentence/${n}`;

const statement = (
  n: number,
  kind: Statement["kind"],
  speakerId: string,
  verb: string,
  sentence: number,
  text: string,
  aboutIds: string[],
  cameo: string,
): Statement => ({
  id: statementId(n),
  kind,
  speakerId,
  verb,
  text,
  aboutIds,
  cameo,
  evidence: [span(sentence, text)],
});

const STATEMENTS: Statement[] = [
  statement(
    0,
    "quote",
    IDS.kato,
    "suggested",
    3,
    "enhance defense, deterrence and assessment capabilities and strengthen cooperation among relevant bodies to protect security interests.",
    [IDS.japan],
    "010",
  ),
  statement(
    1,
    "paraphrase",
    IDS.kato,
    "suggested",
    4,
    "all types of malicious activities should be closely monitored\u00a0 during the Tokyo Olympic and Paralympic Games starting July 23",
    [],
    "010",
  ),
  statement(
    2,
    "paraphrase",
    IDS.china,
    "claiming",
    5,
    "Japan was not following facts and was wrongly exaggerating threats from neighboring countries",
    [IDS.japan],
    "111",
  ),
  statement(3, "quote", IDS.china, "calling", 6, "groundless slander", [IDS.japan], "111"),
  statement(4, "quote", IDS.wang, "criticized", 7, "groundless slander", [IDS.japan], "111"),
  statement(
    5,
    "quote",
    IDS.wang,
    "according to",
    8,
    "bad relations with all its neighbors,",
    [IDS.japan],
    "111",
  ),
  statement(
    6,
    "quote",
    IDS.wang,
    "stated",
    8,
    "it should “do more things that are conducive to gaining political mutual trust from such neighbors and maintaining regional peace and stability.”",
    [IDS.japan],
    "010",
  ),
  statement(
    7,
    "paraphrase",
    IDS.japan,
    "accusing",
    1,
    "China to be using advanced technologies to conduct cyberattacks as an attempt to steal information from firms associated with the military",
    [IDS.china],
    "112",
  ),
];

const claim = (
  value: string,
  precision: DateClaim["precision"],
  sentence: number,
  text: string,
): DateClaim => ({
  value,
  precision,
  evidence: span(sentence, text),
});

const EVENTS: Event[] = [
  {
    id: eventId(0),
    label: "Cybersecurity strategy compiled",
    cameo: "030",
    cameoLabel: "Express intent to cooperate",
    plover: "COOPERATE",
    status: "occurred",
    dates: [],
    placeId: IDS.japan,
    participants: [
      { actorId: IDS.japanGov, role: "source" },
      { actorId: IDS.japan, role: "source" },
    ],
    evidence: [
      span(0, "A new and improved cybersecurity strategy has been compiled by the Japanese government"),
    ],
  },
  {
    id: eventId(1),
    label: "Cybersecurity strategy implemented",
    cameo: "030",
    cameoLabel: "Express intent to cooperate",
    plover: "COOPERATE",
    status: "planned",
    // The article contradicts itself: "in September" and "this month" (July 2021).
    dates: [claim("2021-09", "month", 1, "in September"), claim("2021-07", "month", 9, "this month")],
    placeId: IDS.japan,
    participants: [{ actorId: IDS.japan, role: "source" }],
    evidence: [
      span(1, "the new strategy is expected to be implemented in September"),
      span(9, "The new cybersecurity strategy that is going to be implemented this month"),
    ],
  },
  {
    id: eventId(2),
    label: "Japan accuses China of cyberattacks",
    cameo: "112",
    cameoLabel: "Accuse",
    plover: "ACCUSE",
    status: "occurred",
    dates: [],
    participants: [
      { actorId: IDS.japan, role: "source" },
      { actorId: IDS.china, role: "target" },
    ],
    evidence: [span(1, "accusing China to be using advanced technologies to conduct cyberattacks")],
  },
  {
    id: eventId(3),
    label: "Tokyo Olympic and Paralympic Games start",
    cameo: "043",
    cameoLabel: "Host a visit",
    plover: "CONSULT",
    status: "planned",
    dates: [claim("2021-07-23", "day", 4, "July 23")],
    placeId: IDS.japan,
    placeName: "Tokyo",
    participants: [{ actorId: IDS.japan, role: "organizer" }],
    evidence: [span(4, "the Tokyo Olympic and Paralympic Games starting July 23")],
  },
  {
    id: eventId(4),
    label: "China criticizes Japan's move",
    cameo: "111",
    cameoLabel: "Criticize or denounce",
    plover: "ACCUSE",
    status: "occurred",
    dates: [],
    participants: [
      { actorId: IDS.china, role: "source" },
      { actorId: IDS.japan, role: "target" },
    ],
    evidence: [span(5, "Japan’s move was criticized by China"), span(6, "China criticized Japan’s move")],
  },
  {
    id: eventId(5),
    label: "Joint exercises of U.S. forces and the Self-Defense Forces",
    cameo: "061",
    cameoLabel: "Cooperate militarily",
    plover: "COOPERATE",
    status: "planned",
    dates: [claim("2021", "year", 9, "this month")],
    participants: [
      { actorId: IDS.us, role: "participant" },
      { actorId: IDS.sdf, role: "participant" },
    ],
    evidence: [
      span(9, "conducting joint exercises of the\u00a0 U.S. forces and Japanese Self-Defense Forces"),
    ],
  },
  {
    id: eventId(6),
    label: "Cybersecurity cooperation in the Indo-Pacific",
    cameo: "030",
    cameoLabel: "Express intent to cooperate",
    plover: "COOPERATE",
    status: "planned",
    dates: [],
    placeName: "Indo-Pacific region",
    participants: [
      { actorId: IDS.japan, role: "source" },
      { actorId: IDS.asean, role: "target" },
    ],
    evidence: [span(10, "enhancing the cybersecurity field in the Indo-Pacific region")],
  },
];

export const relationNodeId = (source: string, kind: string, target: string) =>
  `${source}-[${kind}]->${target}`;

const relation = (
  n: number,
  kind: Relation["kind"],
  sourceId: string,
  targetId: string,
  evidence: Evidence[],
  extra: Partial<Relation> = {},
): Relation => ({
  id: `${ARTICLE_ID}/relation/${n}`,
  kind,
  sourceId,
  targetId,
  statementIds: [],
  eventIds: [],
  evidence,
  ...extra,
});

const RELATIONS: Relation[] = [
  relation(0, "ACCUSES", IDS.japan, IDS.china, [span(1, "accusing China")], {
    statementIds: [statementId(7)],
    eventIds: [eventId(2)],
  }),
  relation(
    1,
    "CRITICIZES",
    IDS.china,
    IDS.japan,
    [span(5, "criticized by China"), span(6, "China criticized Japan’s move")],
    {
      statementIds: [statementId(2), statementId(3)],
      eventIds: [eventId(4)],
    },
  ),
  relation(2, "CRITICIZES", IDS.wang, IDS.japan, [span(7, "criticized Japan’s")], {
    statementIds: [statementId(4)],
  }),
  relation(3, "SPEAKS_FOR", IDS.wang, IDS.mofaChina, [span(7, "China’s foreign Ministry spokesman")], {
    role: "Foreign Ministry Spokesman",
  }),
  relation(
    4,
    "AFFILIATED_WITH",
    IDS.kato,
    IDS.japanGov,
    [span(3, "Katsunobu Kato, Chief cabinet secretary")],
    {
      role: "Chief Cabinet Secretary",
    },
  ),
  relation(5, "ALLIED_WITH", IDS.japan, IDS.us, [span(9, "Japan-U.S. alliance")], { eventIds: [eventId(5)] }),
  relation(6, "COOPERATES_WITH", IDS.japan, IDS.asean, [span(10, "Association of Southeast Asian Nations")], {
    eventIds: [eventId(6)],
  }),
  relation(7, "PART_OF", IDS.sdf, IDS.japan, [span(9, "Japanese Self-Defense Forces")]),
  relation(8, "PART_OF", IDS.mofaChina, IDS.china, [span(7, "China’s foreign Ministry")]),
];

export const SEED_EXTRACTION: Extraction = {
  article: {
    id: ARTICLE_ID,
    title: "Japan seeks stronger cybersecurity due to threats from China and Russia",
    publishedAt: "2021-07-09",
    readingMinutes: 2,
    body: BODY,
    contentHash: createHash("sha256").update(raw).digest("hex"),
  },
  sentences: SENTENCES,
  actors: ACTORS,
  statements: STATEMENTS,
  events: EVENTS,
  relations: RELATIONS,
};

export const SYNTHETIC_ARTICLE_ID = "2021-08-01-synthetic-many-speakers";

/**
 * `count` synthetic people, each with one sentence and one statement about the next person (and
 * about Japan), so a nested query fans out over many rows.
 */
export function syntheticExtraction(count: number): Extraction {
  const people = Array.from({ length: count }, (_, i) => ({
    id: `person:synthetic-${i}`,
    name: `Synthetic Speaker ${i}`,
  }));
  const sentences: Sentence[] = [];
  const actors: Actor[] = [];
  const statements: Statement[] = [];
  let body = "";
  people.forEach((person, i) => {
    const next = people[(i + 1) % count] ?? person;
    const quote = `Cooperation number ${i} matters`;
    const text = `${person.name} said “${quote}” to ${next.name}.`;
    const start = body.length + (i > 0 ? 2 : 0);
    body += `${i > 0 ? "\n\n" : ""}${text}`;
    sentences.push({ index: i, paragraph: i, text, start, end: start + text.length });
    const at = (part: string): Evidence => {
      const offset = text.indexOf(part);
      return { sentence: i, start: start + offset, end: start + offset + part.length, text: part };
    };
    actors.push({
      id: person.id,
      kind: "Person",
      name: person.name,
      aliases: [],
      countryId: IDS.japan,
      mentions: [{ ...at(person.name), kind: "name" }],
    });
    statements.push({
      id: `${SYNTHETIC_ARTICLE_ID}/statement/${i}`,
      kind: "quote",
      speakerId: person.id,
      verb: "said",
      text: quote,
      aboutIds: [next.id, IDS.japan],
      cameo: "010",
      evidence: [at(quote)],
    });
  });
  actors.push({ id: IDS.japan, kind: "Country", name: "Japan", aliases: [], isoCode: "JP", mentions: [] });
  return {
    article: {
      id: SYNTHETIC_ARTICLE_ID,
      title: "Synthetic article with many speakers",
      publishedAt: "2021-08-01",
      body,
      contentHash: createHash("sha256").update(body).digest("hex"),
    },
    sentences,
    actors,
    statements,
    events: [],
    relations: [],
  };
}

/** Clears the shared test database, applies the schema, and writes the given extractions. */
export async function resetGraph(executor: CypherExecutor, extractions: Extraction[] = [SEED_EXTRACTION]) {
  await clearGraph(executor); // in batches: an earlier test file may have left 1,000 articles
  await applySchema(executor);
  for (const extraction of extractions) await writeArticle(executor, extraction);
}
