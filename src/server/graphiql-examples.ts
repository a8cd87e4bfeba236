// Operations GraphiQL opens with: the seed article's story, one tab each. Tests run every one of
// them against a seeded graph, so they stay valid as the schema changes.

export interface ExampleOperation {
  name: string;
  query: string;
}

export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    name: "WhoAccusesWhom",
    query: `# Who accuses or criticises whom, and on what evidence.
# Relations are merged across articles; each lists the statements and sentences behind it.
query WhoAccusesWhom {
  accusations: relations(kind: ACCUSES) {
    totalCount
    edges { node { ...Accusation } }
  }
  criticism: relations(kind: CRITICIZES) {
    totalCount
    edges { node { ...Accusation } }
  }
}

fragment Accusation on Relation {
  id
  kind
  source { name }
  target { name }
  evidenceText
  statements(first: 5) {
    edges { node { speaker { name } verb text } }
  }
}
`,
  },
  {
    name: "WhatWangWenbinSaid",
    query: `# What China's foreign ministry spokesman said, about whom, and where the article says so.
query WhatWangWenbinSaid {
  actors(search: "Wang Wenbin", kind: PERSON, first: 1) {
    edges {
      node {
        id
        name
        ... on Person { title }
        country { name }
        statements {
          totalCount
          edges {
            node {
              kind
              verb
              text
              about { name }
              evidence { text sentence { index text } }
            }
          }
        }
      }
    }
  }
}
`,
  },
  {
    name: "EventsInDateOrder",
    query: `# The timeline: events by date, with every date the article gives (it contradicts itself
# about when the strategy takes effect), who took part and where.
query EventsInDateOrder {
  events(first: 20) {
    totalCount
    edges {
      node {
        label
        date { value precision }
        dateConflict
        dateClaims { value precision text }
        status
        cameo
        cameoLabel
        plover
        participants { role actor { name } }
        place { name }
        placeName
      }
    }
  }
}
`,
  },
  {
    name: "GraphAroundChina",
    query: `# Everything within two hops of China, ready for Cytoscape.js or vis-network
# (see docs/visualisation.md).
query GraphAroundChina {
  graph(center: "country:cn", depth: 2, limit: 100) {
    truncated
    nodes { id type label caption }
    edges { id source target type label }
  }
}
`,
  },
];

/** GraphiQL options for createYoga: the examples as tabs, the first as the default query. */
export function graphiqlExamples() {
  const first = EXAMPLE_OPERATIONS[0]?.query ?? "{ __typename }";
  return {
    // The GraphiQL bundled with Yoga 5.21 fills the first tab with its welcome text unless `query`
    // is given as well; the renderer passes every option through to GraphiQL.
    query: first,
    defaultQuery: first,
    defaultTabs: EXAMPLE_OPERATIONS.map((operation) => ({ query: operation.query })),
  };
}
