// The peer for `npm run bench`: @neo4j/graphql 7 served by graphql-yoga on the same database, in its
// own process, on 127.0.0.1. Prints its URL like the service does.
import { createServer } from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";
import { PEER_TYPE_DEFS } from "./type-defs.ts";

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

async function main() {
  const driver = neo4j.driver(env("NEO4J_URI"), neo4j.auth.basic(env("NEO4J_USER"), env("NEO4J_PASSWORD")));
  const database = process.env.NEO4J_DATABASE ?? "neo4j";
  const schema = await new Neo4jGraphQL({
    typeDefs: PEER_TYPE_DEFS,
    driver,
    // String ranges (`gte`/`lte`) are opt-in in @neo4j/graphql 7; the date-range operation needs them.
    features: { filters: { String: { GTE: true, LTE: true } } },
  }).getSchema();
  const yoga = createYoga({
    schema,
    context: { sessionConfig: { database } },
    graphiql: false,
    logging: false,
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  console.log(`peer: http://127.0.0.1:${port}/graphql`);
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
