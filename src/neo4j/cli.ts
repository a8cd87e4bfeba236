// `npm run neo4j -- install`: resolve the jars ahead of time (CI does this before the tests).
// `npm run neo4j -- start`: run the bundled Neo4j in the foreground, for Cypher by hand.
import { runCli } from "../cli/run-cli.ts";
import { ConfigError, loadConfig, loadDotEnv } from "../config.ts";
import { removeRuntimeFile, writeRuntimeFile } from "../graph/runtime-file.ts";
import { ensureNeo4jInstalled } from "./install.ts";
import { startLocalNeo4j } from "./launcher.ts";

const log = (line: string) => console.log(line);

runCli(async () => {
  const command = process.argv[2];
  if (command === "install") {
    const install = await ensureNeo4jInstalled(log);
    log(`Neo4j ${install.version} is installed in ${install.dir}`);
    return;
  }
  if (command === "start") {
    loadDotEnv();
    const config = loadConfig();
    const local = await startLocalNeo4j({ homeDir: config.dataDir, boltPort: config.boltPort, log });
    // As `npm start` does, so that `npm run seed` with the same NEO4J_DATA_DIR writes to this database.
    writeRuntimeFile(config.dataDir, { uri: local.uri, neo4jPid: local.pid });
    log(`user ${local.user}, password in ${config.dataDir}/credentials.json. Ctrl-C stops it.`);
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    removeRuntimeFile(config.dataDir);
    await local.stop();
    return;
  }
  throw new ConfigError("usage: npm run neo4j -- install | start");
});
