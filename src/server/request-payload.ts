import type { Plugin } from "graphql-yoga";

/** What a Yoga plugin's onRequest hook receives: the routes outside GraphQL answer from it. */
export type RequestPayload = Parameters<NonNullable<Plugin["onRequest"]>>[0];
