// Docker cannot run here, so the compose file's structure is checked instead.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Service {
  image?: string;
  build?: unknown;
  ports?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync("docker-compose.yml", "utf8")) as { services: Record<string, Service> };

describe("docker-compose.yml", () => {
  const neo4j = compose.services.neo4j;
  const api = compose.services["graph-api"];

  it("runs the official Neo4j 5.26 community image with a health check that runs a query", () => {
    expect(neo4j?.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(neo4j?.healthcheck?.test.join(" ")).toContain("RETURN 1");
  });

  it("publishes ports on loopback only", () => {
    for (const service of [neo4j, api]) {
      for (const port of service?.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
    }
    expect(api?.ports).toContain("127.0.0.1:4000:4000");
  });

  it("starts the service only once Neo4j is healthy, pointed at it", () => {
    expect(api?.build).toBeDefined();
    expect(api?.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(api?.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
  });
});
