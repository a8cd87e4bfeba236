import { describe, expect, it } from "vitest";
import { jvmArgs, renderNeo4jConf } from "../../../src/neo4j/conf.ts";
import { installPaths, neo4jVersion } from "../../../src/neo4j/install.ts";

const settings = (text: string) =>
  Object.fromEntries(
    text
      .split("\n")
      .filter((line) => line.includes("=") && !line.startsWith("#"))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );

describe("renderNeo4jConf", () => {
  const conf = settings(renderNeo4jConf({ boltPort: 7999, dataDir: "/d", logsDir: "/l" }));

  it("listens on loopback only, Bolt on the given port, with HTTP off", () => {
    expect(conf["server.default_listen_address"]).toBe("127.0.0.1");
    expect(conf["server.bolt.listen_address"]).toBe("127.0.0.1:7999");
    expect(conf["server.http.enabled"]).toBe("false");
    expect(conf["server.https.enabled"]).toBe("false");
  });

  it("keeps authentication on and usage reporting off, with a small page cache", () => {
    expect(conf["dbms.security.auth_enabled"]).toBe("true");
    expect(conf["dbms.usage_report.enabled"]).toBe("false");
    expect(conf["server.memory.pagecache.size"]).toBe("128m");
  });

  it("checks transaction timeouts every 200 ms, not every 2 s", () => {
    expect(conf["db.transaction.monitor.check.interval"]).toBe("200ms");
  });

  it("caps the heap at 512 MB", () => {
    expect(jvmArgs()).toContain("-Xmx512m");
  });
});

describe("install paths", () => {
  it("reads the Neo4j version from the pom and caches under .cache", () => {
    expect(neo4jVersion()).toMatch(/^5\.26\.\d+$/);
    expect(neo4jVersion("<neo4j.version>5.26.1</neo4j.version>")).toBe("5.26.1");
    expect(installPaths("5.26.1").dir).toMatch(/\.cache\/neo4j\/5\.26\.1$/);
  });
});
