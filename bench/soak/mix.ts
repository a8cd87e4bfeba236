// The soak's operation mix: the reads an analyst, a front end and a visualisation make, over ids
// and dates taken from the graph itself so every request hits real data.
import type { CypherExecutor } from "../../src/graph/executor.ts";
import type { LoadRequest } from "../support/load.ts";

interface Sample {
  countries: string[];
  people: string[];
  years: string[];
}

async function sampleGraph(executor: CypherExecutor): Promise<Sample> {
  const [row] = await executor.read<Sample>({
    text: `CALL () { MATCH (c:Country) WITH c ORDER BY COUNT { (c)-[:MENTIONED_IN]->() } DESC LIMIT 12
           RETURN collect(c.isoCode) AS countries }
CALL () { MATCH (p:Person)-[:SAID]->() WITH DISTINCT p ORDER BY p.id LIMIT 40 RETURN collect(p.id) AS people }
CALL () { MATCH (a:Article) WITH DISTINCT toString(a.publishedAt.year) AS year ORDER BY year
           RETURN collect(year) AS years }
RETURN countries, people, years`,
    params: {},
  });
  if (!row || row.countries.length === 0 || row.people.length === 0) {
    throw new Error("the graph holds no countries or speakers: seed a corpus first");
  }
  return row;
}

export async function soakRequests(executor: CypherExecutor): Promise<LoadRequest[]> {
  const { countries, people, years } = await sampleGraph(executor);
  const requests: LoadRequest[] = [];
  countries.forEach((code, i) => {
    const other = countries[(i + 1) % countries.length] ?? code;
    const year = years[i % years.length] ?? "2020";
    requests.push(
      {
        name: "country statements with totalCount",
        query: `query($code: String!) { country(code: $code) { name statements(first: 10) { totalCount
          edges { node { text speaker { name } } } } } }`,
        variables: { code },
      },
      {
        name: "graph depth 2",
        query: `query($id: ID!) { graph(center: $id, depth: 2, limit: 100) {
          nodes { id type label } edges { source target type } } }`,
        variables: { id: `country:${code.toLowerCase()}` },
      },
      {
        name: "events in a year with totalCount",
        query: `query($from: String, $to: String) { events(from: $from, to: $to, first: 20) { totalCount
          edges { node { label cameo date { value } participants { role actor { name } } } } } }`,
        variables: { from: year, to: year },
      },
      {
        name: "relations of a country",
        query: `query($id: ID!) { relations(actor: $id) { totalCount edges { node { kind
          source { name } target { name } } } } }`,
        variables: { id: `country:${code.toLowerCase()}` },
      },
      {
        name: "path between countries",
        query: `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxLength: 4) { nodes { id } edges { type } } }`,
        variables: { a: `country:${code.toLowerCase()}`, b: `country:${other.toLowerCase()}` },
      },
    );
  });
  people.forEach((id, i) => {
    requests.push({
      name: "person with statements",
      query: `query($id: ID!) { node(id: $id) { ... on Person { name title
        statements(first: 5) { edges { node { text about { name } evidence { text } } } } } } }`,
      variables: { id },
    });
    if (i % 4 === 0) {
      requests.push({
        name: "search",
        query: `query($q: String!) { search(query: $q, first: 10) { edges { score node { __typename } } } }`,
        variables: { q: id.replace("person:", "").split("-").at(-1) },
      });
    }
  });
  requests.push({
    name: "nested actors→statements→about",
    query: `{ actors(first: 20) { edges { node { name statements(first: 10) { edges { node { text
      about { name } } } } } } } }`,
  });
  return requests;
}
