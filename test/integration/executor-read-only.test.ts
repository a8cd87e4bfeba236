// Reads run as implicit transactions in READ access mode: the server itself must refuse a write
// sent through the read path, and nothing may be stored.
import { afterAll, describe, expect, it } from "vitest";
import { connectTestGraph } from "../support/test-neo4j.ts";

const graph = connectTestGraph();
afterAll(() => graph.close());

describe("CypherExecutor.read", () => {
  it("answers a read", async () => {
    const rows = await graph.executor.read<{ n: number }>({
      text: "UNWIND [1, 2, 3] AS n RETURN n",
      params: {},
    });
    expect(rows.map((row) => row.n)).toEqual([1, 2, 3]);
  });

  it("is refused a write by the server, and writes nothing", async () => {
    const write = {
      text: "CREATE (n:ReadPathProbe {at: $at}) RETURN n.at AS at",
      params: { at: Date.now() },
    };
    await expect(graph.executor.read(write)).rejects.toThrow(/read access mode|not allowed/i);
    const [row] = await graph.executor.read<{ count: number }>({
      text: "MATCH (n:ReadPathProbe) RETURN count(n) AS count",
      params: {},
    });
    expect(row?.count).toBe(0);
  });
});
