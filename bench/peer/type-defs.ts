// Type definitions for the peer, @neo4j/graphql 7, over the labels and relationships our seed
// writes (README "Data model"). Only what the compared operations read is declared. Events get a
// computed `seq` (the number at the end of their id) so the peer can sort them in the same order as
// our API: by date, article, then the order the article tells them in.
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Participation @relationshipProperties {
    role: String
  }

  interface Actor {
    id: ID!
    name: String!
    said: [Statement!]! @declareRelationship
  }

  type Person implements Actor @node(labels: ["Person", "Actor"]) {
    id: ID!
    name: String!
    title: String
    said: [Statement!]! @relationship(type: "SAID", direction: OUT)
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
  }

  type Organization implements Actor @node(labels: ["Organization", "Actor"]) {
    id: ID!
    name: String!
    said: [Statement!]! @relationship(type: "SAID", direction: OUT)
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
  }

  type Country implements Actor @node(labels: ["Country", "Actor"]) {
    id: ID!
    name: String!
    isoCode: String
    said: [Statement!]! @relationship(type: "SAID", direction: OUT)
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
  }

  type Statement @node {
    id: ID!
    articleId: String!
    kind: String
    text: String!
    start: Int
    speaker: [Actor!]! @relationship(type: "SAID", direction: IN)
    about: [Actor!]! @relationship(type: "ABOUT", direction: OUT)
  }

  type Event @node {
    id: ID!
    articleId: String!
    label: String!
    date: String
    seq: Int @cypher(statement: "RETURN toInteger(last(split(this.id, '/'))) AS seq", columnName: "seq")
    participants: [Actor!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
  }
`;
