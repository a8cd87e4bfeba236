// Articles, their sentences, and evidence spans; the root field `articles`.
import type {
  ArticleRecord,
  DateClaimRecord,
  EventRecord,
  RelationRecord,
  SentenceRecord,
  StatementRecord,
} from "../../graph/queries/records.ts";
import { builder } from "../builder.ts";
import { DEFAULT_FIRST, pageArgs, pageOf, pageWindow, toConnection } from "../pagination.ts";
import {
  ActorConnection,
  ArticleConnection,
  ArticleRef,
  DateClaimRef,
  EventConnection,
  EventRef,
  EvidenceRef,
  MentionRef,
  NodeRef,
  RelationRef,
  SentenceConnection,
  SentenceRef,
  StatementConnection,
  StatementRef,
} from "../refs.ts";
import { itemShape } from "../shapes.ts";
import { loadRequired } from "./load.ts";

ArticleRef.implement({
  description:
    "A news article the graph was extracted from. Its id is the stored slug, e.g. `2021-07-09-japan-…`.",
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID("id", {
      description:
        "Global id: the date and the first words of the headline (`2021-07-09-japan-seeks-stronger-cybersecurity`), with `-` and 6 hex characters added only when another article already holds that id. A new version of the same article keeps it.",
    }),
    title: t.exposeString("title", { description: "Headline." }),
    publishedAt: t.exposeString("publishedAt", {
      nullable: true,
      description: "Publication date, ISO `YYYY-MM-DD`.",
    }),
    source: t.exposeString("source", { nullable: true, description: "Publisher, when known." }),
    url: t.exposeString("url", {
      nullable: true,
      description: "Where the article was published, when known.",
    }),
    readingMinutes: t.exposeInt("readingMinutes", {
      nullable: true,
      description: "Reading time in minutes as printed with the article, when present.",
    }),
    sentences: t.field({
      type: SentenceConnection,
      description: "The article body, sentence by sentence, in order.",
      args: pageArgs(),
      resolve: pageOf((ctx, article, window) => ctx.loaders.sentencesOf(article.id, window)),
    }),
    actors: t.field({
      type: ActorConnection,
      description: "Actors the article mentions, by name.",
      args: pageArgs(),
      resolve: pageOf((ctx, article, window) => ctx.loaders.actorsIn(article.id, window)),
    }),
    statements: t.field({
      type: StatementConnection,
      description: "Statements reported in the article, in text order.",
      args: pageArgs(),
      resolve: pageOf((ctx, article, window, info) =>
        ctx.loaders.statementsIn(article.id, window, itemShape(info).statement),
      ),
    }),
    events: t.field({
      type: EventConnection,
      description: "Events reported in the article, by date.",
      args: pageArgs(),
      resolve: pageOf((ctx, article, window, info) =>
        ctx.loaders.eventsIn(article.id, window, itemShape(info).event),
      ),
    }),
  }),
});

SentenceRef.implement({
  description:
    "One sentence of an article: the unit evidence points at. Its id is `<articleId>/sentence/<index>`. Lists what was extracted from it.",
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID("id", { description: "Global id: `<articleId>/sentence/<index>`." }),
    index: t.exposeInt("index", { description: "Position in the article, from 0." }),
    paragraph: t.exposeInt("paragraph", { description: "Paragraph number, from 0." }),
    text: t.exposeString("text", { description: "The sentence as written." }),
    start: t.exposeInt("start", { description: "Offset of its first character in the article body." }),
    end: t.exposeInt("end", {
      description: "Offset just past its last character in the article body (exclusive).",
    }),
    article: t.field({
      type: ArticleRef,
      description: "The article this sentence belongs to.",
      resolve: (sentence, _args, ctx) => loadRequired<ArticleRecord>(ctx, "Article", sentence.articleId),
    }),
    mentions: t.field({
      type: [MentionRef],
      description: "Actors referred to in this sentence, in text order.",
      resolve: async (sentence, _args, ctx) =>
        (await ctx.loaders.sentenceContents.load(sentence.id)).mentions,
    }),
    statements: t.field({
      type: [StatementRef],
      description: "Statements this sentence is evidence for.",
      resolve: async (sentence, _args, ctx) =>
        ctx.loaders.nodesIn<StatementRecord>(
          (await ctx.loaders.sentenceContents.load(sentence.id)).statementIds,
        ),
    }),
    events: t.field({
      type: [EventRef],
      description: "Events this sentence is evidence for.",
      resolve: async (sentence, _args, ctx) =>
        ctx.loaders.nodesIn<EventRecord>((await ctx.loaders.sentenceContents.load(sentence.id)).eventIds),
    }),
    dateClaims: t.field({
      type: [DateClaimRef],
      description: "Dates of events that this sentence gives.",
      resolve: async (sentence, _args, ctx) =>
        ctx.loaders.nodesIn<DateClaimRecord>(
          (await ctx.loaders.sentenceContents.load(sentence.id)).dateClaimIds,
        ),
    }),
    relations: t.field({
      type: [RelationRef],
      description: "Relations between actors that this sentence supports (merged across articles).",
      resolve: async (sentence, _args, ctx) =>
        ctx.loaders.nodesIn<RelationRecord>(
          (await ctx.loaders.sentenceContents.load(sentence.id)).relationIds,
        ),
    }),
  }),
});

EvidenceRef.implement({
  description:
    "Evidence for a fact: the exact characters in a sentence that support it. Offsets point into the article body.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The supporting words, exactly as written." }),
    start: t.exposeInt("start", { description: "Offset of the first character in the article body." }),
    end: t.exposeInt("end", {
      description: "Offset just past the last character in the article body (exclusive).",
    }),
    sentence: t.field({
      type: SentenceRef,
      description: "The sentence the evidence is in (its full text, index and article).",
      resolve: (evidence, _args, ctx) => loadRequired<SentenceRecord>(ctx, "Sentence", evidence.sentenceId),
    }),
    article: t.field({
      type: ArticleRef,
      description: "The article the evidence is in.",
      resolve: async (evidence, _args, ctx) => {
        const sentence = await loadRequired<SentenceRecord>(ctx, "Sentence", evidence.sentenceId);
        return loadRequired<ArticleRecord>(ctx, "Article", sentence.articleId);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  articles: t.field({
    type: ArticleConnection,
    description: "Articles in the graph, newest first.",
    args: pageArgs(),
    resolve: async (_root, args, ctx, info) => {
      const window = pageWindow(args, DEFAULT_FIRST, info);
      return toConnection(await ctx.loaders.articles(window), window);
    },
  }),
}));
