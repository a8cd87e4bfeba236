// Which properties and relationship-backed parts of statements and events a list must read, from
// the GraphQL selection of its items. What nobody selected is left out of the query; a resolver that
// finds it missing anyway (a selection the look-ahead did not see) reads the full record instead.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo } from "graphql";
import type {
  ActorProperty,
  EventProperty,
  RecordShape,
  StatementProperty,
} from "../graph/queries/records.ts";
import { perFieldNode, selectedNames } from "./lookahead.ts";

/** The stored properties each scalar field of Statement reads (`id` is always read). */
export const STATEMENT_FIELDS: Record<string, readonly StatementProperty[]> = {
  kind: ["kind"],
  verb: ["verb"],
  text: ["text"],
  cameo: ["cameo"],
  start: ["start"],
  end: ["end"],
  attribution: ["attributionSieve", "attributionConfidence"],
  article: ["articleId"],
};

/** The stored properties each scalar field of Event reads. */
export const EVENT_FIELDS: Record<string, readonly EventProperty[]> = {
  label: ["label"],
  cameo: ["cameo"],
  cameoLabel: ["cameoLabel"],
  plover: ["plover"],
  status: ["status"],
  date: ["date", "datePrecision"],
  dateConflict: ["dateConflict"],
  negated: ["negated"],
  eventType: ["type"],
  placeName: ["placeName"],
  article: ["articleId"],
};

/**
 * The stored properties each scalar field of the actor types reads (`id` and `kind` need none).
 * Used for the subjects a statement list reads with its statements (`about`).
 */
export const ACTOR_FIELDS: Record<string, readonly ActorProperty[]> = {
  name: ["name"],
  aliases: ["aliases"],
  wikidataId: ["wikidataId"],
  country: ["countryId"],
  title: ["title"],
  orgType: ["orgType"],
  isoCode: ["isoCode"],
};

/** The properties `fields` maps the selected names to, in the order of the map (a stable key). */
function propertiesOf<P extends string>(
  names: ReadonlySet<string>,
  fields: Record<string, readonly P[]>,
): P[] {
  return Object.entries(fields).flatMap(([name, properties]) => (names.has(name) ? properties : []));
}

/** Fields of Statement and Event backed by relationships, read as parts (see `RecordShape`). */
export const PART_FIELDS = ["speaker", "about", "evidence", "place", "participants", "dateClaims"];

/**
 * From the field names selected on the items (any of Statement, Event, or a union of them) and,
 * when known, on their `about` subjects.
 */
export function shapeOf(names: ReadonlySet<string>, subjectNames?: ReadonlySet<string>): RecordShape {
  return {
    statement: {
      properties: propertiesOf(names, STATEMENT_FIELDS),
      speaker: names.has("speaker"),
      // The subjects are always loaded when `about` is selected: read them with the statements.
      about: names.has("about") ? "actors" : false,
      ...(names.has("about") && subjectNames
        ? { subjectProperties: propertiesOf(subjectNames, ACTOR_FIELDS) }
        : {}),
      evidence: names.has("evidence"),
    },
    event: {
      properties: propertiesOf(names, EVENT_FIELDS),
      place: names.has("place"),
      participants: names.has("participants"),
      evidence: names.has("evidence"),
      dateClaims: names.has("dateClaims"),
    },
  };
}

/** The shape of the items of a connection selected by `nodes` (its `edges { node }`). */
export const connectionShape = (
  nodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): RecordShape =>
  shapeOf(
    selectedNames(nodes, ["edges", "node"], fragments),
    selectedNames(nodes, ["edges", "node", "about"], fragments),
  );

/** `connectionShape` of the connection field being resolved (shared: never change it). */
export const itemShape: (info: GraphQLResolveInfo) => RecordShape = perFieldNode((info) =>
  connectionShape(info.fieldNodes, info.fragments),
);
