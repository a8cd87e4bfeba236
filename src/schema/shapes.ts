// Which relationship-backed parts of statements and events a list must read, from the GraphQL
// selection of its items. A part nobody selected is left out of the query; a resolver that finds
// a part missing anyway (a selection the look-ahead did not see) reads the full record instead.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo } from "graphql";
import type { RecordShape } from "../graph/queries/records.ts";
import { selectedNames } from "./lookahead.ts";

/** From the field names selected on the items (any of Statement, Event, or a union of them). */
export function shapeOf(names: ReadonlySet<string>): RecordShape {
  return {
    statement: {
      speaker: names.has("speaker"),
      // The subjects are always loaded when `about` is selected: read them with the statements.
      about: names.has("about") ? "actors" : false,
      evidence: names.has("evidence"),
    },
    event: {
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
): RecordShape => shapeOf(selectedNames(nodes, ["edges", "node"], fragments));

/** `connectionShape` of the connection field being resolved. */
export const itemShape = (info: GraphQLResolveInfo): RecordShape =>
  connectionShape(info.fieldNodes, info.fragments);
