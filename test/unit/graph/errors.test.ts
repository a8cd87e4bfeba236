import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  classifyDatabaseError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  databaseFailure,
} from "../../../src/graph/errors.ts";

const neo4jError = (code: string, message = "m") => new Neo4jError(message, code, "50N42", "error");

describe("databaseFailure", () => {
  it.each([
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timeout"],
    ["Neo.ClientError.Transaction.TransactionTimedOut", "timeout"],
    ["ServiceUnavailable", "unavailable"],
    ["SessionExpired", "unavailable"],
    ["Neo.TransientError.General.DatabaseUnavailable", "unavailable"],
    ["Neo.ClientError.Statement.SyntaxError", undefined],
  ])("classifies %s as %s", (code, failure) => {
    expect(databaseFailure(neo4jError(code))).toBe(failure);
  });

  it("treats the pool's acquisition timeout (no code) as unavailable", () => {
    const error = neo4jError(
      "N/A",
      "Connection acquisition timed out in 2000 ms. Pool status: Active conn count = 100",
    );
    expect(databaseFailure(error)).toBe("unavailable");
  });

  it("finds the failure behind GraphQL's wrapping", () => {
    const wrapped = new GraphQLError("x", { originalError: new DatabaseTimeoutError("slow") });
    expect(databaseFailure(wrapped)).toBe("timeout");
    expect(databaseFailure(new GraphQLError("x", { originalError: new Error("bug") }))).toBeUndefined();
  });
});

describe("classifyDatabaseError", () => {
  it("names the timeout and the setting that changes it", () => {
    const error = classifyDatabaseError(
      neo4jError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"),
      300,
      "NEO4J_QUERY_TIMEOUT_MS",
    );
    expect(error).toBeInstanceOf(DatabaseTimeoutError);
    expect((error as Error).message).toBe(
      "The query ran longer than 300 ms (NEO4J_QUERY_TIMEOUT_MS) and was stopped.",
    );
  });

  it("wraps outages and leaves other errors alone", () => {
    expect(classifyDatabaseError(neo4jError("ServiceUnavailable"), 1, "X")).toBeInstanceOf(
      DatabaseUnavailableError,
    );
    const bug = new Error("bug");
    expect(classifyDatabaseError(bug, 1, "X")).toBe(bug);
  });
});
