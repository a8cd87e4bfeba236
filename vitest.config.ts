import { defineConfig } from "vitest/config";

// Two projects: fast pure-function tests, and integration tests that share one real Neo4j
// started by the global setup (or the server named by NEO4J_URI).
// Node resolves `graphql` to its CommonJS build (no "exports" map); Vite would pick index.mjs for
// source files while yoga and Pothos get index.js, and `instanceof GraphQLError` would fail. One copy.
const resolve = { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] };

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["test/unit/**/*.test.ts"] },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
          globalSetup: ["test/support/neo4j-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
