// Executes with graphql-js's own `execute` instead of Yoga's default (@graphql-tools/executor), which
// writes an object's fields in the order they resolve; graphql-js keeps the query's order, as the
// GraphQL spec asks. Queries only: the schema has no subscriptions or @defer/@stream.
import { execute } from "graphql";
import type { Plugin } from "graphql-yoga";

export function useSpecExecutor(): Plugin {
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute);
    },
  };
}
