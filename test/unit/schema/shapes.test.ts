// The shape a list reads from its items' selection: only the properties the selected fields need,
// and every field of Statement and Event is accounted for (a field the maps did not know would
// read a property the list left out).
import { isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import {
  ACTOR_PROPERTIES,
  EVENT_PROPERTIES,
  STATEMENT_PROPERTIES,
} from "../../../src/graph/queries/records.ts";
import { schema } from "../../../src/schema/index.ts";
import {
  ACTOR_FIELDS,
  EVENT_FIELDS,
  PART_FIELDS,
  STATEMENT_FIELDS,
  shapeOf,
} from "../../../src/schema/shapes.ts";

const fieldsOf = (name: string) => {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return Object.keys(type.getFields());
};

describe("list shapes", () => {
  it("read only the properties of the selected fields", () => {
    const shape = shapeOf(new Set(["id", "text", "label", "date", "about"]));
    expect(shape.statement.properties).toEqual(["text"]);
    expect(shape.statement.about).toBe("actors");
    expect(shape.event.properties).toEqual(["label", "date", "datePrecision"]);
    expect(shapeOf(new Set(["id"])).statement.properties).toEqual([]);
    expect(shapeOf(new Set(["about"]), new Set(["id", "name", "country"])).statement).toMatchObject({
      about: "actors",
      subjectProperties: ["name", "countryId"],
    });
    expect(shapeOf(new Set(["about"])).statement.subjectProperties).toBeUndefined();
  });

  it("cover every field of the actor types that reads a stored property", () => {
    // Fields that need only the actor's id (lists hanging off it) or its __typename.
    const byId = new Set(["id", "kind", "mentions", "articles", "statements", "statementsAbout", "events"]);
    for (const field of ["relations", "affiliations", "members", "actors"]) byId.add(field);
    const known = new Set([...byId, ...Object.keys(ACTOR_FIELDS)]);
    for (const type of ["Person", "Organization", "Country"]) {
      expect(fieldsOf(type).filter((field) => !known.has(field))).toEqual([]);
    }
    const every = new Set(Object.keys(ACTOR_FIELDS));
    expect(new Set(shapeOf(new Set(["about"]), every).statement.subjectProperties)).toEqual(
      new Set(ACTOR_PROPERTIES),
    );
  });

  it("cover every field of Statement and Event, and every stored property", () => {
    for (const [type, fields] of [
      ["Statement", STATEMENT_FIELDS],
      ["Event", EVENT_FIELDS],
    ] as const) {
      const known = new Set(["id", ...PART_FIELDS, ...Object.keys(fields)]);
      expect(fieldsOf(type).filter((field) => !known.has(field))).toEqual([]);
    }
    const every = new Set([...Object.keys(STATEMENT_FIELDS), ...Object.keys(EVENT_FIELDS)]);
    expect(new Set(shapeOf(every).statement.properties)).toEqual(new Set(STATEMENT_PROPERTIES));
    expect(new Set(shapeOf(every).event.properties)).toEqual(new Set(EVENT_PROPERTIES));
  });
});
