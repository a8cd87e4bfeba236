// Picks the values the bench asks for from the seeded graph itself: the busiest country and person,
// a two-year range in the middle of the corpus, and the busiest country's name to search for.
import type { CypherExecutor } from "../../src/graph/executor.ts";
import type { BenchSample } from "./operations.ts";

export async function sampleGraph(executor: CypherExecutor): Promise<BenchSample> {
  const [row] = await executor.read<{
    country: string | null;
    countryName: string;
    person: string | null;
    years: string[];
  }>({
    text: `CALL () { MATCH (c:Country) WITH c ORDER BY COUNT { (c)-[:SAID]->() } DESC, c.id LIMIT 1
  RETURN c.isoCode AS country, c.name AS countryName }
CALL () { MATCH (p:Person) WITH p ORDER BY COUNT { (p)-[:PARTICIPATED_IN]->() } DESC, p.id LIMIT 1
  RETURN p.id AS person }
CALL () { MATCH (e:Event) WHERE e.date IS NOT NULL WITH DISTINCT left(e.date, 4) AS year ORDER BY year
  RETURN collect(year) AS years }
RETURN country, countryName, person, years`,
    params: {},
  });
  if (!row?.country || !row.person || row.years.length === 0) {
    throw new Error("the graph holds no countries, people or dated events: the corpus did not seed");
  }
  const middle = Math.max(0, Math.floor(row.years.length / 2) - 1);
  const from = row.years[middle] as string;
  const to = row.years[Math.min(row.years.length - 1, middle + 1)] as string;
  return {
    countryCode: row.country,
    personId: row.person,
    from,
    to,
    // Its name is in its statements, events and actor names: many hits, growing with the corpus.
    searchText: `${row.countryName} minister`,
    centerId: `country:${row.country.toLowerCase()}`,
  };
}
