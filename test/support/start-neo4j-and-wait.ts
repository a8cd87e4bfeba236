// Child process for the orphan tests: starts a bundled Neo4j, says READY (and the supervisor's log
// lines), then waits to be killed.
import { startLocalNeo4j } from "../../src/neo4j/launcher.ts";

const homeDir = process.argv[2];
if (!homeDir) throw new Error("usage: start-neo4j-and-wait.ts HOME_DIR");
const local = await startLocalNeo4j({ homeDir, log: (line) => console.log(line) });
console.log(`READY ${local.pid}`);
setInterval(() => {}, 60_000);
