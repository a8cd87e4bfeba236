// Events: what happened, who took part, where and when (with every date the article gives); the
// root field `events`, ordered by date.

import { PERIOD_END } from "../../graph/queries/events.ts";
import type { ActorRecord, ArticleRecord, EventRecord } from "../../graph/queries/records.ts";
import { builder } from "../builder.ts";
import {
  DatePrecisionEnum,
  EventStatusEnum,
  knownOrNull,
  PLOVER_CATEGORIES,
  PloverCategoryEnum,
} from "../enums.ts";
import { notFound } from "../errors.ts";
import { DEFAULT_FIRST, pageArgs, pageWindow, toConnection } from "../pagination.ts";
import {
  ActorRef,
  ArticleRef,
  DateClaimRef,
  EventConnection,
  EventRef,
  EvidenceRef,
  FuzzyDateRef,
  NodeRef,
  ParticipantRef,
} from "../refs.ts";
import { itemShape } from "../shapes.ts";
import { badInput, fuzzyDate } from "../validation.ts";
import { loadRequired, mapValue, partOf, propOf, withProps } from "./load.ts";

FuzzyDateRef.implement({
  description: "A date known to a day, a month or a year.",
  fields: (t) => ({
    value: t.exposeString("value", {
      description: "ISO date cut to its precision: `2021-07-23`, `2021-09` or `2021`.",
    }),
    precision: t.field({
      type: DatePrecisionEnum,
      description: "Which part of the date is known.",
      resolve: (date) => date.precision,
    }),
  }),
});

ParticipantRef.implement({
  description: "An actor taking part in an event, and its role.",
  fields: (t) => ({
    role: t.exposeString("role", { description: "source, target, participant, organizer, …" }),
    actor: t.field({
      type: ActorRef,
      description: "Who took part.",
      resolve: (participant, _args, ctx) => loadRequired<ActorRecord>(ctx, "Actor", participant.actorId),
    }),
  }),
});

DateClaimRef.implement({
  description:
    "One date an article gives for an event, with the words that give it. An event has several when the article contradicts itself. Its id is `<eventId>/date/<n>`.",
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID("id", { description: "Global id: `<articleId>/event/<n>/date/<m>`." }),
    value: t.exposeString("value", {
      description: "ISO date cut to its precision: `2021-07-23`, `2021-09`, `2021`.",
    }),
    precision: t.field({
      type: DatePrecisionEnum,
      description: "Which part of the date is known.",
      resolve: (claim) => claim.precision,
    }),
    text: t.exposeString("text", {
      description: "The words that give the date: `in September`, `this month`.",
    }),
    start: t.exposeInt("start", { description: "Offset of the first character in the article body." }),
    end: t.exposeInt("end", {
      description: "Offset just past the last character in the article body (exclusive).",
    }),
    event: t.field({
      type: EventRef,
      description: "The event this date is claimed for.",
      resolve: (claim, _args, ctx) => loadRequired<EventRecord>(ctx, "Event", claim.eventId),
    }),
    evidence: t.field({
      type: EvidenceRef,
      description: "The date's words and the sentence they are in.",
      resolve: (claim) => {
        if (!claim.sentenceId) throw notFound("Evidence of date claim", claim.id);
        return { sentenceId: claim.sentenceId, start: claim.start, end: claim.end, text: claim.text };
      },
    }),
  }),
});

EventRef.implement({
  description:
    "Something that happened, is planned or is alleged, coded with CAMEO and PLOVER, with its participants, place and date. Its id is `<articleId>/event/<n>`.",
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID("id", { description: "Global id: `<articleId>/event/<n>`." }),
    label: t.string({
      resolve: (event, _args, ctx) => propOf(ctx, event, "label"),
      description: "Short human label, e.g. `Cybersecurity strategy compiled`.",
    }),
    cameo: t.string({
      resolve: (event, _args, ctx) => propOf(ctx, event, "cameo"),
      nullable: true,
      description: "CAMEO event code, e.g. `112`.",
    }),
    cameoLabel: t.string({
      resolve: (event, _args, ctx) => propOf(ctx, event, "cameoLabel"),
      nullable: true,
      description: "CAMEO label of the code, e.g. `Accuse`.",
    }),
    plover: t.field({
      type: PloverCategoryEnum,
      nullable: true,
      description: "PLOVER category; null when the stored code is not one.",
      resolve: (event, _args, ctx) =>
        mapValue(propOf(ctx, event, "plover"), (plover) => knownOrNull(PLOVER_CATEGORIES, plover)),
    }),
    status: t.field({
      type: EventStatusEnum,
      nullable: true,
      description: "Whether it occurred, is planned, alleged or only reported.",
      resolve: (event, _args, ctx) =>
        mapValue(propOf(ctx, event, "status"), (status) =>
          knownOrNull(["occurred", "planned", "alleged", "reported"] as const, status),
        ),
    }),
    date: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description:
        "When it happened, to the precision known. With conflicting claims, the earliest; see `dateClaims`. Null when undated.",
      resolve: (event, _args, ctx) =>
        mapValue(withProps(ctx, event, ["date", "datePrecision"]), ({ date, datePrecision }) =>
          date && datePrecision ? { value: date, precision: datePrecision } : null,
        ),
    }),
    dateConflict: t.boolean({
      resolve: (event, _args, ctx) => propOf(ctx, event, "dateConflict"),
      description: "True when the article gives different dates for this event (see `dateClaims`).",
    }),
    negated: t.boolean({
      resolve: (event, _args, ctx) => propOf(ctx, event, "negated"),
      description: "True when the article reports the event as called off, cancelled or refused.",
    }),
    eventType: t.string({
      resolve: (event, _args, ctx) => propOf(ctx, event, "type"),
      nullable: true,
      description:
        "The extractor's finer event type (`policy-adoption`, `military-exercise`, `diplomatic-protest`, …); null when none.",
    }),
    dateClaims: t.field({
      type: [DateClaimRef],
      description: "Every date the article gives for this event, with its words.",
      resolve: (event, _args, ctx) => partOf(ctx, event, "dateClaims"),
    }),
    place: t.field({
      type: ActorRef,
      nullable: true,
      description: "Where it took place, when that is an actor (usually a country).",
      resolve: async (event, _args, ctx) => {
        const placeId = await partOf(ctx, event, "placeId");
        return placeId ? ((await ctx.loaders.nodes.load(placeId)) as ActorRecord | null) : null;
      },
    }),
    placeName: t.string({
      resolve: (event, _args, ctx) => propOf(ctx, event, "placeName"),
      nullable: true,
      description:
        "Where it took place, as written, when that is not an actor: `Indo-Pacific region`, `Tokyo`.",
    }),
    participants: t.field({
      type: [ParticipantRef],
      description: "Who took part, each with a role.",
      resolve: (event, _args, ctx) => partOf(ctx, event, "participants"),
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Where the article reports it, in text order.",
      resolve: (event, _args, ctx) => partOf(ctx, event, "evidence"),
    }),
    article: t.field({
      type: ArticleRef,
      description: "The article that reports it.",
      resolve: async (event, _args, ctx) =>
        loadRequired<ArticleRecord>(ctx, "Article", await propOf(ctx, event, "articleId")),
    }),
  }),
});

builder.queryFields((t) => ({
  events: t.field({
    type: EventConnection,
    description:
      "Events in date order (undated last), optionally of one PLOVER type and within a date range. An event is in range when its date, at its precision, overlaps [from, to].",
    args: {
      type: t.arg({
        type: PloverCategoryEnum,
        required: false,
        description: "Only events of this PLOVER category.",
      }),
      from: t.arg.string({
        required: false,
        description: "Start of the range: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (inclusive).",
      }),
      to: t.arg.string({
        required: false,
        description: "End of the range: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (inclusive).",
      }),
      ...pageArgs(),
    },
    resolve: async (_root, args, ctx, info) => {
      const window = pageWindow(args, DEFAULT_FIRST, info);
      const from = fuzzyDate("from", args.from);
      const to = fuzzyDate("to", args.to);
      if (from && to && from > `${to}${PERIOD_END}`) {
        throw badInput("from", `must not be after "to" (${from} > ${to}).`);
      }
      const filter = { plover: args.type ?? null, from, to };
      return toConnection(await ctx.loaders.events(filter, window, itemShape(info).event), window);
    },
  }),
}));
