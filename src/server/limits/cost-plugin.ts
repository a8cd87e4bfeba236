// Refuses, before execution, an operation whose estimated result (cost.ts) exceeds the limit.
import type { GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { limitError, QUERY_TOO_COSTLY } from "./codes.ts";
import { type CostRules, estimateCost } from "./cost.ts";

const shown = (n: number) => (n >= 1e15 ? n.toExponential(2) : Math.round(n).toLocaleString("en-US"));

export function useCostLimit(maxCost: number, rules: CostRules): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = estimateCost({
        schema: args.schema as GraphQLSchema,
        document: args.document,
        operationName: args.operationName,
        variables: args.variableValues as Record<string, unknown> | null | undefined,
        rules,
      });
      if (cost <= maxCost) return;
      const message = `The query could return up to ${shown(cost)} list items; the limit is ${shown(maxCost)} (MAX_QUERY_COST). Ask for smaller pages (first) or fewer nested lists.`;
      setResultAndStopExecution({ errors: [limitError(QUERY_TOO_COSTLY, message)] });
    },
  };
}
