// Limits on the shape of a document, checked while it is parsed and validated (before execution):
// GraphQL Armor's depth, alias, directive and token plugins, re-coded so each refusal has its own
// code and says what was measured; a fragment-count rule; and codes for the other validation errors.

import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { LimitsConfig } from "../../config.ts";
import * as codes from "./codes.ts";

/** An Armor onReject handler: report our error instead of Armor's "Syntax Error: …" throw. */
function rejectAs(code: string, describe: (found: string, limit: string) => string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const [, limit = "?", found = "?"] = /limit of (\d+) exceeded, found (\d+)/.exec(error.message) ?? [];
    context?.reportError(codes.limitError(code, describe(found, limit)));
  };
}

/** Counts every token of a query text (it stays small: the body limit comes first). */
function countTokens(text: string): number | undefined {
  try {
    const lexer = new Lexer(new Source(text));
    let count = 0;
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
    return count;
  } catch {
    return undefined;
  }
}

/** Armor's token-counting parser; a refusal says how many tokens the query has. */
function useMaxTokens(max: number): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        const parser = new MaxTokensParserWLexer(source, { ...options, n: max });
        try {
          return parser.parseDocument();
        } catch (error) {
          if (!(error instanceof GraphQLError) || !error.message.includes("Token limit")) throw error;
          const found = countTokens(typeof source === "string" ? source : source.body);
          throw codes.limitError(
            codes.TOO_MANY_TOKENS,
            `The query has ${found ?? `more than ${max}`} tokens; the limit is ${max} (MAX_QUERY_TOKENS).`,
          );
        }
      });
    },
  };
}

const maxFragments =
  (max: number): ValidationRule =>
  (context) => ({
    Document(node) {
      const found = node.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).length;
      if (found > max) {
        context.reportError(
          codes.limitError(
            codes.TOO_MANY_FRAGMENTS,
            `The query defines ${found} fragments; the limit is ${max} (MAX_QUERY_FRAGMENTS).`,
          ),
        );
      }
    },
  });

/** Gives every validation error a code: a fragment cycle its own, the rest GRAPHQL_VALIDATION_FAILED. */
function useValidationCodes(max: number): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(maxFragments(max));
      return ({ result, setResult }) => {
        if (result.length === 0 || result.every((e) => e.extensions?.code)) return;
        setResult(
          result.map((error) => {
            if (error.extensions?.code) return error;
            const code = /Cannot spread fragment .* within itself/.test(error.message)
              ? codes.FRAGMENT_CYCLE
              : codes.GRAPHQL_VALIDATION_FAILED;
            return new GraphQLError(error.message, {
              ...(error.nodes ? { nodes: error.nodes } : {}),
              extensions: { ...error.extensions, code },
            });
          }),
        );
      };
    },
  };
}

export function shapeLimitPlugins(limits: LimitsConfig): Plugin[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return [
    useMaxTokens(limits.maxTokens),
    maxDepthPlugin({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true, // depth counts fields, not the fragments that hold them
      onReject: [
        rejectAs(
          codes.QUERY_TOO_DEEP,
          (found, limit) => `The query is ${found} levels deep; the limit is ${limit} (MAX_QUERY_DEPTH).`,
        ),
      ],
    }),
    maxAliasesPlugin({
      ...common,
      n: limits.maxAliases,
      onReject: [
        rejectAs(
          codes.TOO_MANY_ALIASES,
          (found, limit) => `The query uses ${found} aliases; the limit is ${limit} (MAX_QUERY_ALIASES).`,
        ),
      ],
    }),
    maxDirectivesPlugin({
      ...common,
      n: limits.maxDirectives,
      onReject: [
        rejectAs(
          codes.TOO_MANY_DIRECTIVES,
          (found, limit) =>
            `The query uses ${found} directives; the limit is ${limit} (MAX_QUERY_DIRECTIVES).`,
        ),
      ],
    }),
    useValidationCodes(limits.maxFragments),
    blockFieldSuggestionsPlugin(), // "Did you mean …?" would list the schema to a prober
  ];
}
