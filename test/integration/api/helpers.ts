// Runs GraphQL operations through the real app (`app.fetch`, in process) on the shared test Neo4j,
// and records each request's executor so tests can count round trips.
import { CypherExecutor } from "../../../src/graph/executor.ts";
import { createApp } from "../../../src/server/yoga.ts";

/** Remembers every per-request executor the app forks, to read its round-trip counter. */
export class RecordingExecutor extends CypherExecutor {
  readonly forks: CypherExecutor[] = [];

  override fork(): CypherExecutor {
    const fork = super.fork();
    this.forks.push(fork);
    return fork;
  }

  /** Round trips of the most recent request. */
  lastRoundTrips(): number {
    return this.forks.at(-1)?.roundTrips ?? 0;
  }
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export type App = ReturnType<typeof createApp>;

/** One item of response data, read by shape in assertions. */
// biome-ignore lint/suspicious/noExplicitAny: response data is checked by the assertions themselves.
export type Row = any;

export function testApp(executor: CypherExecutor, maskErrors = true) {
  const app = createApp({ executor, maskErrors });
  return {
    app,
    // biome-ignore lint/suspicious/noExplicitAny: tests read response data by shape, asserting values.
    async gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      const response = await app.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
  };
}

/** The data of a response that must have no errors. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  if (!response.data) throw new Error("GraphQL response without data");
  return response.data;
}

/** The single error of a response, for error-path tests. */
export function oneError(response: GraphQLResponse) {
  if (response.errors?.length !== 1)
    throw new Error(`expected one error, got ${JSON.stringify(response.errors)}`);
  return response.errors[0] as NonNullable<GraphQLResponse["errors"]>[number];
}
