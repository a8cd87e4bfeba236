// Renders the neo4j.conf of the local server. Pure, so the security-relevant settings are unit-tested.

export interface Neo4jConfOptions {
  boltPort: number;
  dataDir: string;
  logsDir: string;
  pageCache?: string;
  transactionMemory?: string;
}

export function renderNeo4jConf(options: Neo4jConfOptions): string {
  const settings: Record<string, string> = {
    // Loopback only: nothing of the database is reachable from another machine.
    "server.default_listen_address": "127.0.0.1",
    "server.default_advertised_address": "127.0.0.1",
    "server.bolt.enabled": "true",
    "server.bolt.listen_address": `127.0.0.1:${options.boltPort}`,
    "server.bolt.advertised_address": `127.0.0.1:${options.boltPort}`,
    // The service talks Bolt; the HTTP API and Browser stay closed.
    "server.http.enabled": "false",
    "server.https.enabled": "false",
    "dbms.security.auth_enabled": "true",
    "dbms.usage_report.enabled": "false",
    "server.memory.pagecache.size": options.pageCache ?? "128m",
    "dbms.memory.transaction.total.max": options.transactionMemory ?? "256m",
    // Transaction timeouts are enforced by a monitor that wakes every 2 s by default; check often
    // so a query stops close to its NEO4J_QUERY_TIMEOUT_MS.
    "db.transaction.monitor.check.interval": "200ms",
    "server.directories.data": options.dataDir,
    "server.directories.logs": options.logsDir,
    // Keep the transaction logs of a small local graph small.
    "db.tx_log.rotation.retention_policy": "2 files",
    "db.tx_log.rotation.size": "32m",
    "db.tx_log.preallocate": "false",
  };
  const lines = Object.entries(settings).map(([key, value]) => `${key}=${value}`);
  return `# Written by src/neo4j/conf.ts on every start; edit that file instead.\n${lines.join("\n")}\n`;
}

/** JVM flags: the heap cap from the issue, plus the module openings Neo4j 5 needs on Java 17. */
export function jvmArgs(heap = "512m"): string[] {
  return [
    "-Xms128m",
    `-Xmx${heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
  ];
}
