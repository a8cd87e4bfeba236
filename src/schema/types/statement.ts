// Statements: who said what about whom, with the evidence; the root field `statements`.
import type { AttributionSieve } from "../../extract/types.ts";
import type { ActorRecord, ArticleRecord, StatementRecord } from "../../graph/queries/records.ts";
import { builder } from "../builder.ts";
import { AttributionSieveEnum, StatementKindEnum } from "../enums.ts";
import { DEFAULT_FIRST, pageArgs, pageWindow, toConnection } from "../pagination.ts";
import { ActorRef, ArticleRef, EvidenceRef, NodeRef, StatementConnection, StatementRef } from "../refs.ts";
import { itemShape } from "../shapes.ts";
import { optionalId } from "../validation.ts";
import { loadRequired, mapValue, partOf, propOf, withProps } from "./load.ts";

interface AttributionShape {
  sieve: AttributionSieve;
  confidence: number;
}

const AttributionRef = builder.objectRef<AttributionShape>("Attribution").implement({
  description:
    "Why the statement has its speaker: the attribution rule that decided it, and how sure that rule is.",
  fields: (t) => ({
    sieve: t.field({
      type: AttributionSieveEnum,
      description: "The rule that decided the speaker.",
      resolve: (a) => a.sieve,
    }),
    confidence: t.exposeFloat("confidence", {
      description: "How often this rule picked the right speaker on the development corpus, 0–1.",
    }),
  }),
});

const attributionOf = (statement: StatementRecord): AttributionShape | null =>
  statement.attributionSieve && statement.attributionConfidence !== null
    ? { sieve: statement.attributionSieve, confidence: statement.attributionConfidence }
    : null;

StatementRef.implement({
  description:
    "Something an actor said, as the article reports it: a quote or a paraphrase, with its speaker, subjects and evidence. Its id is `<articleId>/statement/<n>`.",
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID("id", { description: "Global id: `<articleId>/statement/<n>`." }),
    kind: t.field({
      type: StatementKindEnum,
      description: "Quote or paraphrase.",
      resolve: (statement, _args, ctx) => propOf(ctx, statement, "kind"),
    }),
    verb: t.string({
      resolve: (statement, _args, ctx) => propOf(ctx, statement, "verb"),
      description: "Reporting verb as written: `suggested`, `criticized`, `stated`, `according to`.",
    }),
    text: t.string({
      resolve: (statement, _args, ctx) => propOf(ctx, statement, "text"),
      description: "What was said: the quoted words, or the reported clause of a paraphrase.",
    }),
    cameo: t.string({
      resolve: (statement, _args, ctx) => propOf(ctx, statement, "cameo"),
      nullable: true,
      description: "CAMEO code of the speech act: `010` make statement, `111` criticize, `112` accuse, …",
    }),
    start: t.int({
      resolve: (statement, _args, ctx) => propOf(ctx, statement, "start"),
      nullable: true,
      description: "Offset of the first evidence character in the article body.",
    }),
    end: t.int({
      resolve: (statement, _args, ctx) => propOf(ctx, statement, "end"),
      nullable: true,
      description: "Offset just past the first evidence span in the article body (exclusive).",
    }),
    attribution: t.field({
      type: AttributionRef,
      nullable: true,
      description: "How the speaker was chosen (null for statements stored before this was recorded).",
      resolve: (statement, _args, ctx) =>
        mapValue(withProps(ctx, statement, ["attributionSieve", "attributionConfidence"]), attributionOf),
    }),
    speaker: t.field({
      type: ActorRef,
      description: "Who said it.",
      resolve: async (statement, _args, ctx) =>
        loadRequired<ActorRecord>(ctx, "Actor", await partOf(ctx, statement, "speakerId")),
    }),
    about: t.field({
      type: [ActorRef],
      description: "The actors the statement is about (its subjects or targets).",
      // The subjects read with the statements (perhaps only some of their properties), else by id.
      resolve: (statement, _args, ctx) =>
        statement.aboutActors ??
        partOf(ctx, statement, "aboutIds").then((ids) => ctx.loaders.nodesIn<ActorRecord>(ids)),
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Where the article reports it, in text order.",
      resolve: (statement, _args, ctx) => partOf(ctx, statement, "evidence"),
    }),
    article: t.field({
      type: ArticleRef,
      description: "The article that reports it.",
      resolve: async (statement, _args, ctx) =>
        loadRequired<ArticleRecord>(ctx, "Article", await propOf(ctx, statement, "articleId")),
    }),
  }),
});

builder.queryFields((t) => ({
  statements: t.field({
    type: StatementConnection,
    description: "Statements in article order, optionally by speaker, subject and kind.",
    args: {
      speaker: t.arg.id({ required: false, description: "Only statements by this actor (its id)." }),
      about: t.arg.id({ required: false, description: "Only statements about this actor (its id)." }),
      kind: t.arg({
        type: StatementKindEnum,
        required: false,
        description: "Only quotes, or only paraphrases.",
      }),
      ...pageArgs(),
    },
    resolve: async (_root, args, ctx, info) => {
      const window = pageWindow(args, DEFAULT_FIRST, info);
      const filter = {
        speaker: optionalId("speaker", args.speaker),
        about: optionalId("about", args.about),
        kind: args.kind ?? null,
      };
      return toConnection(await ctx.loaders.statements(filter, window, itemShape(info).statement), window);
    },
  }),
}));
