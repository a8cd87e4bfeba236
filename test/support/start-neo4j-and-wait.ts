// Child process for the orphan test: starts a bundled Neo4j, says READY, then waits to be killed.
import { startLocalNeo4j } from "../../src/neo4j/launcher.ts";

const homeDir = process.argv[2];
if (!homeDir) throw new Error("usage: start-neo4j-and-wait.ts HOME_DIR");
const local = await startLocalNeo4j({ homeDir });
console.log(`READY ${local.pid}`);
setInterval(() => {}, 60_000);
