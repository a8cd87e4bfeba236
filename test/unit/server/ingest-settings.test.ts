// INGEST_TOKEN, METRICS and the bearer check.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseIngestToken, parseMetrics } from "../../../src/config.ts";
import { checkBearer } from "../../../src/server/ingest/token.ts";

describe("ingest and metrics settings", () => {
  it("reads METRICS as off, on or a port, and names the variable otherwise", () => {
    expect(parseMetrics(undefined)).toBe("off");
    expect(parseMetrics("ON")).toBe("on");
    expect(parseMetrics("9464")).toEqual({ port: 9464 });
    for (const bad of ["yes", "0", "70000", "-1"])
      expect(() => parseMetrics(bad)).toThrow(/^METRICS must be/);
  });

  it("needs an INGEST_TOKEN of 16 characters or more; unset means ingest is off", () => {
    expect(parseIngestToken(undefined)).toBeUndefined();
    expect(parseIngestToken("  ")).toBeUndefined();
    expect(parseIngestToken("0123456789abcdef")).toBe("0123456789abcdef");
    expect(() => parseIngestToken("secret")).toThrow(ConfigError);
    expect(loadConfig({ INGEST_TOKEN: "0123456789abcdef" }).ingestToken).toBe("0123456789abcdef");
    expect(loadConfig({}).ingestToken).toBeUndefined();
  });

  it("checks the bearer token", () => {
    const token = "0123456789abcdef";
    expect(checkBearer(undefined, `Bearer ${token}`)).toBe("off");
    expect(checkBearer(token, null)).toBe("missing");
    expect(checkBearer(token, "Basic abc")).toBe("missing");
    expect(checkBearer(token, "Bearer 0123456789abcdeX")).toBe("wrong");
    expect(checkBearer(token, "Bearer short")).toBe("wrong");
    expect(checkBearer(token, `bearer ${token}`)).toBe("ok");
  });
});
