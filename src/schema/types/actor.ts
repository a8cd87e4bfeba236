// Actors: the `Actor` interface, `Person`, `Organization`, `Country`, where they are mentioned, and
// the root fields `actors`, `countries` and `country`.
import type { ActorRecord, SentenceRecord } from "../../graph/queries/records.ts";
import { builder } from "../builder.ts";
import {
  ActorKindEnum,
  AFFILIATION_KINDS,
  MentionKindEnum,
  RelationDirectionEnum,
  RelationKindEnum,
  StatementKindEnum,
} from "../enums.ts";
import { DEFAULT_FIRST, pageArgs, pageOf, pageWindow, toConnection } from "../pagination.ts";
import { actorPrefetch } from "../prefetch.ts";
import {
  ActorConnection,
  ActorEventConnection,
  ActorRef,
  ArticleConnection,
  CountryRef,
  MentionConnection,
  MentionRef,
  NodeRef,
  OrganizationRef,
  PersonRef,
  RelationConnection,
  SentenceRef,
  StatementConnection,
} from "../refs.ts";
import { itemShape } from "../shapes.ts";
import { countryCode, searchText } from "../validation.ts";
import { loadRequired, propOf } from "./load.ts";

ActorRef.implement({
  description:
    "Someone who says or does things in the news: a person, an organisation or a country. Actors are shared by all articles: the same Japan everywhere. The id is its readable stored id (`country:jp`, `person:katsunobu-kato`, `org:jp:self-defense-forces`).",
  interfaces: [NodeRef],
  resolveType: (actor) => actor.__typename,
  fields: (t) => ({
    id: t.exposeID("id", { description: "Global id: the stored readable id, e.g. `country:jp`." }),
    kind: t.field({
      type: ActorKindEnum,
      description: "Person, organisation or country.",
      resolve: (actor) => actor.__typename,
    }),
    name: t.string({
      description: "Canonical name, e.g. `Japan`, `Wang Wenbin`.",
      resolve: (actor, _args, ctx) => propOf(ctx, actor, "name"),
    }),
    aliases: t.stringList({
      resolve: (actor, _args, ctx) => propOf(ctx, actor, "aliases"),
      description: "Other names the articles use for this actor (abbreviations, short names).",
    }),
    wikidataId: t.string({
      nullable: true,
      description: "Wikidata Q-id, when known.",
      resolve: (actor, _args, ctx) => propOf(ctx, actor, "wikidataId"),
    }),
    country: t.field({
      type: CountryRef,
      nullable: true,
      description: "The country this person or organisation belongs to; null for countries and when unknown.",
      resolve: async (actor, _args, ctx) => {
        if (actor.__typename === "Country") return null;
        const countryId = await propOf(ctx, actor, "countryId");
        if (!countryId) return null;
        const country = await ctx.loaders.nodes.load(countryId);
        return country?.__typename === "Country" ? country : null;
      },
    }),
    mentions: t.field({
      type: MentionConnection,
      description: "Every place an article refers to this actor, in article and text order.",
      args: pageArgs(),
      resolve: pageOf((ctx, actor, window) => ctx.loaders.mentionsOf(actor.id, window)),
    }),
    articles: t.field({
      type: ArticleConnection,
      description: "Articles that mention this actor, newest first.",
      args: pageArgs(),
      resolve: pageOf((ctx, actor, window) => ctx.loaders.articlesMentioning(actor.id, window)),
    }),
    statements: t.field({
      type: StatementConnection,
      description: "What this actor said (quotes and paraphrases), in article order.",
      args: {
        ...pageArgs(),
        kind: t.arg({
          type: StatementKindEnum,
          required: false,
          description: "Only quotes, or only paraphrases.",
        }),
      },
      resolve: async (actor, args, ctx, info) => {
        const window = pageWindow(args, DEFAULT_FIRST, info);
        const shape = itemShape(info).statement;
        return toConnection(
          await ctx.loaders.statementsBy(actor.id, args.kind ?? null, window, shape),
          window,
        );
      },
    }),
    statementsAbout: t.field({
      type: StatementConnection,
      description: "Statements made about this actor (it is one of their subjects), in article order.",
      args: pageArgs(),
      resolve: pageOf((ctx, actor, window, info) =>
        ctx.loaders.statementsAbout(actor.id, window, itemShape(info).statement),
      ),
    }),
    events: t.field({
      type: ActorEventConnection,
      description: "Events this actor took part in, by date; each edge gives the actor's role.",
      args: pageArgs(),
      resolve: async (actor, args, ctx, info) => {
        const window = pageWindow(args, DEFAULT_FIRST, info);
        const page = await ctx.loaders.eventsOf(actor.id, window, itemShape(info).event);
        return toConnection(page, window, (item) => item);
      },
    }),
    relations: t.field({
      type: RelationConnection,
      description:
        "Relations between this actor and others (accuses, criticises, cooperates with, …), seen from this actor: `direction` says which end it is. Ordered by kind, then the other actor's name.",
      args: {
        ...pageArgs(),
        kind: t.arg({ type: RelationKindEnum, required: false, description: "Only relations of this kind." }),
        direction: t.arg({
          type: RelationDirectionEnum,
          required: false,
          description: "OUTGOING: this actor is the source; INCOMING: it is the target. Both when omitted.",
        }),
      },
      resolve: async (actor, args, ctx, info) => {
        const window = pageWindow(args, DEFAULT_FIRST, info);
        const filter = { kinds: args.kind ? [args.kind] : null, direction: args.direction ?? null };
        return toConnection(await ctx.loaders.relationsOf(actor.id, filter, window), window);
      },
    }),
    affiliations: t.field({
      type: RelationConnection,
      description:
        "What this actor is part of: outgoing MEMBER_OF, AFFILIATED_WITH, SPEAKS_FOR and PART_OF relations (`counterpart` is the organisation, `role` the position held).",
      args: pageArgs(),
      resolve: async (actor, args, ctx, info) => {
        const window = pageWindow(args, DEFAULT_FIRST, info);
        const filter = { kinds: [...AFFILIATION_KINDS], direction: "OUTGOING" as const };
        return toConnection(await ctx.loaders.relationsOf(actor.id, filter, window), window);
      },
    }),
    members: t.field({
      type: RelationConnection,
      description:
        "Who is part of this actor: incoming MEMBER_OF, AFFILIATED_WITH, SPEAKS_FOR and PART_OF relations (`counterpart` is the member).",
      args: pageArgs(),
      resolve: async (actor, args, ctx, info) => {
        const window = pageWindow(args, DEFAULT_FIRST, info);
        const filter = { kinds: [...AFFILIATION_KINDS], direction: "INCOMING" as const };
        return toConnection(await ctx.loaders.relationsOf(actor.id, filter, window), window);
      },
    }),
  }),
});

PersonRef.implement({
  description: "A person named in the news, e.g. a minister or a spokesman.",
  interfaces: [NodeRef, ActorRef],
  fields: (t) => ({
    title: t.string({
      nullable: true,
      resolve: (actor, _args, ctx) => propOf(ctx, actor, "title"),
      description: "Role title as the article gives it, e.g. `Chief Cabinet Secretary`.",
    }),
  }),
});

OrganizationRef.implement({
  description: "An organisation: a government, ministry, military, intergovernmental bloc, company, …",
  interfaces: [NodeRef, ActorRef],
  fields: (t) => ({
    orgType: t.string({
      nullable: true,
      resolve: (actor, _args, ctx) => propOf(ctx, actor, "orgType"),
      description: "What kind of organisation: government, ministry, military, intergovernmental, company, …",
    }),
  }),
});

CountryRef.implement({
  description: "A sovereign country.",
  interfaces: [NodeRef, ActorRef],
  fields: (t) => ({
    isoCode: t.string({
      description: "ISO 3166-1 alpha-2 code, upper case (`JP`).",
      resolve: async (country, _args, ctx) => (await propOf(ctx, country, "isoCode")) ?? "",
    }),
    actors: t.field({
      type: ActorConnection,
      description: "People and organisations that belong to this country, by name.",
      args: pageArgs(),
      resolve: pageOf((ctx, country, window) => ctx.loaders.actorsOfCountry(country.id, window)),
    }),
  }),
});

MentionRef.implement({
  description:
    "One place an article refers to an actor: the exact characters, and how (name, alias, pronoun, …).",
  fields: (t) => ({
    kind: t.field({
      type: MentionKindEnum,
      description: "How the actor is referred to here.",
      resolve: (mention) => mention.kind,
    }),
    text: t.exposeString("text", { description: "The words as written, e.g. `Wang`." }),
    start: t.exposeInt("start", { description: "Offset of the first character in the article body." }),
    end: t.exposeInt("end", {
      description: "Offset just past the last character in the article body (exclusive).",
    }),
    actor: t.field({
      type: ActorRef,
      description: "The actor referred to.",
      resolve: (mention, _args, ctx) => loadRequired<ActorRecord>(ctx, "Actor", mention.actorId),
    }),
    sentence: t.field({
      type: SentenceRef,
      description: "The sentence the mention is in.",
      resolve: (mention, _args, ctx) => loadRequired<SentenceRecord>(ctx, "Sentence", mention.sentenceId),
    }),
  }),
});

builder.queryFields((t) => ({
  actors: t.field({
    type: ActorConnection,
    description: "Actors by name, optionally filtered by kind, name and country.",
    args: {
      kind: t.arg({
        type: ActorKindEnum,
        required: false,
        description: "Only people, organisations or countries.",
      }),
      search: t.arg.string({
        required: false,
        description: "Case-insensitive part of the name or of an alias, e.g. `wang`.",
      }),
      country: t.arg.string({
        required: false,
        description: "ISO 3166-1 alpha-2 code: only the people and organisations of that country, e.g. `CN`.",
      }),
      ...pageArgs(),
    },
    resolve: async (_root, args, ctx, info) => {
      const window = pageWindow(args, DEFAULT_FIRST, info);
      const filter = {
        kind: args.kind ?? null,
        search: args.search == null ? null : searchText("search", args.search, { required: false }),
        country: args.country == null ? null : countryCode("country", args.country),
      };
      const prefetch = actorPrefetch(info, ["edges", "node"]);
      return toConnection(await ctx.loaders.actors(filter, window, prefetch), window);
    },
  }),
  countries: t.field({
    type: [CountryRef],
    description: "Every country in the graph, by name. Bounded by ISO 3166, so a plain list.",
    resolve: (_root, _args, ctx) => ctx.loaders.countries(),
  }),
  country: t.field({
    type: CountryRef,
    nullable: true,
    description:
      "A country by its ISO 3166-1 alpha-2 code (any case); null when the graph has no such country.",
    args: { code: t.arg.string({ required: true, description: "ISO 3166-1 alpha-2 code, e.g. `CN`." }) },
    resolve: (_root, args, ctx, info) =>
      ctx.loaders.countryByCode(countryCode("code", args.code), actorPrefetch(info, [])),
  }),
}));
