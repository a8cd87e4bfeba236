// Relations between actors, merged across articles; the root field `relations`.
import type {
  ActorRecord,
  EventRecord,
  SentenceRecord,
  StatementRecord,
} from "../../graph/queries/records.ts";
import { builder } from "../builder.ts";
import { RelationDirectionEnum, RelationKindEnum } from "../enums.ts";
import { connectionOfIds, DEFAULT_FIRST, pageArgs, pageWindow, toConnection } from "../pagination.ts";
import {
  ActorRef,
  EventConnection,
  NodeRef,
  RelationConnection,
  RelationRef,
  SentenceConnection,
  StatementConnection,
} from "../refs.ts";
import { optionalId } from "../validation.ts";
import { loadRequired } from "./load.ts";

RelationRef.implement({
  description:
    "A relation between two actors (China criticizes Japan), merged over every article that supports it, with the statements, events and sentences that do. Its id is `<sourceId>-[<KIND>]-><targetId>`, e.g. `country:cn-[CRITICIZES]->country:jp`; it is also the id of the matching edge in `graph` and `path`.",
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID("id", { description: "Global id: `<sourceId>-[<KIND>]-><targetId>`." }),
    kind: t.field({
      type: RelationKindEnum,
      description: "What the relation is.",
      resolve: (relation) => relation.kind,
    }),
    direction: t.field({
      type: RelationDirectionEnum,
      description:
        "Seen from the actor this relation was reached through (`Actor.relations`, `relations(actor:)`): OUTGOING when that actor is the source, INCOMING when it is the target. OUTGOING when reached without an actor.",
      resolve: (relation) => relation.direction,
    }),
    source: t.field({
      type: ActorRef,
      description: "The actor the relation goes from (the accuser, the member, …).",
      resolve: (relation, _args, ctx) => loadRequired<ActorRecord>(ctx, "Actor", relation.sourceId),
    }),
    target: t.field({
      type: ActorRef,
      description: "The actor the relation goes to (the accused, the organisation, …).",
      resolve: (relation, _args, ctx) => loadRequired<ActorRecord>(ctx, "Actor", relation.targetId),
    }),
    counterpart: t.field({
      type: ActorRef,
      description: "The other actor: the target for OUTGOING, the source for INCOMING.",
      resolve: (relation, _args, ctx) =>
        loadRequired<ActorRecord>(
          ctx,
          "Actor",
          relation.direction === "OUTGOING" ? relation.targetId : relation.sourceId,
        ),
    }),
    role: t.string({
      nullable: true,
      description: "For AFFILIATED_WITH and SPEAKS_FOR: the position held (`Chief Cabinet Secretary`).",
      resolve: (relation) => relation.roles[0] ?? null,
    }),
    evidenceText: t.exposeStringList("evidenceText", {
      description: "The supporting words from every article, as written.",
    }),
    articleCount: t.int({
      description: "How many articles state this relation.",
      resolve: (relation) => relation.articleIds.length,
    }),
    statements: t.field({
      type: StatementConnection,
      description: "Statements that support the relation.",
      args: pageArgs(),
      resolve: (relation, args, ctx) => connectionOfIds<StatementRecord>(relation.statementIds, args, ctx),
    }),
    events: t.field({
      type: EventConnection,
      description: "Events that support the relation.",
      args: pageArgs(),
      resolve: (relation, args, ctx) => connectionOfIds<EventRecord>(relation.eventIds, args, ctx),
    }),
    sentences: t.field({
      type: SentenceConnection,
      description: "Sentences that support the relation.",
      args: pageArgs(),
      resolve: (relation, args, ctx) => connectionOfIds<SentenceRecord>(relation.sentenceIds, args, ctx),
    }),
  }),
});

builder.queryFields((t) => ({
  relations: t.field({
    type: RelationConnection,
    description:
      "Relations between actors. With `actor`, that actor's relations seen from it (both directions); without, every relation seen from its source. Ordered by kind, then names.",
    args: {
      actor: t.arg.id({ required: false, description: "Only relations of this actor (its id)." }),
      kind: t.arg({ type: RelationKindEnum, required: false, description: "Only relations of this kind." }),
      ...pageArgs(),
    },
    resolve: async (_root, args, ctx, info) => {
      const window = pageWindow(args, DEFAULT_FIRST, info);
      const actor = optionalId("actor", args.actor);
      const kinds = args.kind ? [args.kind] : null;
      const page = actor
        ? await ctx.loaders.relationsOf(actor, { kinds }, window)
        : await ctx.loaders.relations(kinds, window);
      return toConnection(page, window);
    },
  }),
}));
