// The floor for `npm run bench`: hand-written Cypher on neo4j-driver behind the thinnest HTTP server,
// in its own process, so it pays the same HTTP and JSON costs as the two GraphQL servers. POST
// `/graphql` with `{text, params}` answers `{rows}`. Bench-only: it runs whatever Cypher it is
// sent, in a read-only transaction, and listens on 127.0.0.1 only.
import { createServer } from "node:http";
import neo4j from "neo4j-driver";
import { withoutStackCapture } from "../../src/graph/without-stack-capture.ts";
import { floorParams } from "../support/floor-params.ts";

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

async function main() {
  const driver = neo4j.driver(env("NEO4J_URI"), neo4j.auth.basic(env("NEO4J_USER"), env("NEO4J_PASSWORD")), {
    disableLosslessIntegers: true,
  });
  const database = process.env.NEO4J_DATABASE ?? "neo4j";
  const server = createServer(async (request, response) => {
    try {
      let body = "";
      for await (const chunk of request) body += chunk;
      const { text, params } = JSON.parse(body) as { text: string; params: Record<string, unknown> };
      // The same kind of read as the service's executor: one auto-commit read in READ access mode,
      // without the driver's per-query stack capture.
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      const result = await withoutStackCapture(() => session.run(text, floorParams(params ?? {}))).finally(
        () => session.close(),
      );
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ rows: result.records.map((record) => record.toObject()) }));
    } catch (error) {
      // Said on stderr too, so that the bench can tell why the floor failed under load.
      console.error(`raw Cypher failed: ${(error as Error).message}`);
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  console.log(`raw Cypher: http://127.0.0.1:${port}/graphql`);
  const stop = () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
