// The one mutation: `ingestArticle` stores an article sent as text, guarded by INGEST_TOKEN. The
// article is parsed and extracted here, then written in one transaction (src/graph/ingest.ts).
import { GraphQLError } from "graphql";
import type { ArticleCounts, IngestResult } from "../../graph/ingest.ts";
import { ArticleInputError } from "../../server/ingest/ingestor.ts";
import { checkBearer, INGEST_OFF_MESSAGE, UNAUTHENTICATED_MESSAGE } from "../../server/ingest/token.ts";
import { builder } from "../builder.ts";
import { BAD_USER_INPUT } from "../validation.ts";

const IngestStatusEnum = builder.enumType("IngestStatus", {
  description: "What an ingest did to the graph.",
  values: {
    CREATED: { value: "created", description: "A new article was stored." },
    UPDATED: { value: "updated", description: "A new version of a stored article replaced the old one." },
    UNCHANGED: {
      value: "unchanged",
      description: "The same article was already stored; nothing was written.",
    },
  } as const,
});

const ArticleCountsRef = builder.objectRef<ArticleCounts>("ArticleCounts").implement({
  description: "How much was extracted from an ingested article.",
  fields: (t) => ({
    sentences: t.exposeInt("sentences", { description: "Sentences of the body." }),
    actors: t.exposeInt("actors", { description: "Distinct people, organisations and countries mentioned." }),
    statements: t.exposeInt("statements", { description: "Quotes and paraphrases." }),
    events: t.exposeInt("events", { description: "Events." }),
    dateClaims: t.exposeInt("dateClaims", { description: "Dates the article gives for its events." }),
    relations: t.exposeInt("relations", { description: "Actor-to-actor relations." }),
  }),
});

const IngestResultRef = builder.objectRef<IngestResult>("IngestResult").implement({
  description: "The outcome of ingestArticle.",
  fields: (t) => ({
    id: t.exposeString("id", {
      description: "The id the article is stored under; query it with `node(id)`.",
    }),
    status: t.field({
      type: IngestStatusEnum,
      resolve: (r) => r.status,
      description: "Created, updated or unchanged.",
    }),
    title: t.exposeString("title", { description: "The article's headline." }),
    counts: t.field({ type: ArticleCountsRef, resolve: (r) => r.counts, description: "What was extracted." }),
    warnings: t.exposeStringList("warnings", { description: "Problems that did not stop the ingest." }),
  }),
});

const coded = (message: string, code: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra } });

builder.mutationType({ description: "Writes. Each needs `Authorization: Bearer <INGEST_TOKEN>`." });

builder.mutationField("ingestArticle", (t) =>
  t.field({
    type: IngestResultRef,
    description:
      "Stores one article, given as the text of an article file (plain layout or Markdown with front matter), in one transaction. Idempotent: the same article again is UNCHANGED; a new version of it is UPDATED. Needs `Authorization: Bearer <INGEST_TOKEN>`; errors: FORBIDDEN (ingest off), UNAUTHENTICATED, BAD_USER_INPUT (with `problem`).",
    args: {
      text: t.arg.string({ required: true, description: "The article file's text, at most 1 MiB of UTF-8." }),
      url: t.arg.string({
        description: "The article's URL: its identity, in place of any in the front matter.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const check = checkBearer(ctx.ingest?.token, ctx.ingest?.authorization ?? null);
      if (check === "off" || !ctx.ingest) throw coded(INGEST_OFF_MESSAGE, "FORBIDDEN");
      if (check !== "ok") throw coded(UNAUTHENTICATED_MESSAGE, "UNAUTHENTICATED");
      try {
        return await ctx.ingest.ingestor.ingest(args.text, args.url);
      } catch (error) {
        if (error instanceof ArticleInputError)
          throw coded(error.message, BAD_USER_INPUT, {
            argument: error.problem === "bad-url" ? "url" : "text",
            problem: error.problem,
          });
        throw error;
      }
    },
  }),
);
