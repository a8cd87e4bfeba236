// The committed SDL matches the code, every part of the schema is described, and the root fields
// are exactly the ones the API promises.
import { readFileSync } from "node:fs";
import {
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../../src/schema/index.ts";
import { printSchemaSdl, SCHEMA_SDL_FILE } from "../../../src/schema/sdl.ts";

describe("schema/schema.graphql", () => {
  it("is what the code prints (run `npm run schema` after changing the schema)", () => {
    expect(readFileSync(SCHEMA_SDL_FILE, "utf8")).toBe(printSchemaSdl());
  });

  it("is sorted", () => {
    const typeNames = [
      ...printSchemaSdl().matchAll(/^(?:type|interface|union|enum|input|scalar) (\w+)/gm),
    ].map((m) => m[1]);
    expect(typeNames).toEqual([...typeNames].sort());
  });
});

const ownTypes = () =>
  Object.values(schema.getTypeMap()).filter(
    (type) => !type.name.startsWith("__") && !["String", "Int", "Float", "Boolean", "ID"].includes(type.name),
  );

describe("descriptions", () => {
  it("every type, field, argument and enum value has one", () => {
    const missing: string[] = [];
    const check = (what: string, description: string | null | undefined) => {
      if (!description || description.trim().length < 3) missing.push(what);
    };
    for (const type of ownTypes()) {
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      if (isInputObjectType(type))
        for (const field of Object.values(type.getFields()))
          check(`${type.name}.${field.name}`, field.description);
    }
    expect(missing).toEqual([]);
  });
});

describe("root fields", () => {
  const query = schema.getQueryType();
  const args = (name: string) =>
    query
      ?.getFields()
      [name]?.args.map((arg) => arg.name)
      .sort();

  it("are exactly the promised ones", () => {
    expect(Object.keys(query?.getFields() ?? {}).sort()).toEqual(
      [
        "actors",
        "articles",
        "countries",
        "country",
        "events",
        "eventHistogram",
        "graph",
        "network",
        "node",
        "nodes",
        "path",
        "relations",
        "search",
        "statements",
      ].sort(),
    );
  });

  it("take the promised arguments", () => {
    expect(args("node")).toEqual(["id"]);
    expect(args("nodes")).toEqual(["ids"]);
    expect(args("actors")).toEqual(["after", "country", "first", "kind", "search"]);
    expect(args("country")).toEqual(["code"]);
    expect(args("statements")).toEqual(["about", "after", "first", "kind", "speaker"]);
    expect(args("events")).toEqual(["after", "first", "from", "to", "type"]);
    expect(args("relations")).toEqual(["actor", "after", "first", "kind"]);
    expect(args("search")).toEqual(["after", "first", "query"]);
    expect(args("graph")).toEqual(["center", "depth", "limit"]);
    expect(args("path")).toEqual(["from", "maxLength", "to"]);
    expect(args("network")).toEqual([
      "actorKinds",
      "center",
      "country",
      "from",
      "kinds",
      "limit",
      "minWeight",
      "to",
    ]);
    expect(args("eventHistogram")).toEqual(["from", "to"]);
  });

  it("every connection has edges, pageInfo and totalCount, and pages by first/after only", () => {
    const connections = ownTypes().filter(
      (
        type,
      ): type is GraphQLNamedType & { getFields: () => Record<string, GraphQLField<unknown, unknown>> } =>
        isObjectType(type) && type.name.endsWith("Connection"),
    );
    expect(connections.length).toBeGreaterThanOrEqual(8);
    for (const connection of connections) {
      expect(Object.keys(connection.getFields()).sort(), connection.name).toEqual([
        "edges",
        "pageInfo",
        "totalCount",
      ]);
    }
    for (const type of ownTypes()) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!getNamedType(field.type).name.endsWith("Connection")) continue;
        const names = field.args.map((arg) => arg.name);
        expect(names, `${type.name}.${field.name}`).toContain("first");
        expect(names, `${type.name}.${field.name}`).toContain("after");
        expect(names, `${type.name}.${field.name}`).not.toContain("last");
      }
    }
  });

  it("Node is implemented by every object with a stored id; Actor by Person, Organization, Country", () => {
    const implementations = (name: string) =>
      schema
        .getPossibleTypes(schema.getType(name) as never)
        .map((type) => type.name)
        .sort();
    expect(implementations("Node")).toEqual(
      [
        "Article",
        "Country",
        "DateClaim",
        "Event",
        "Organization",
        "Person",
        "Relation",
        "Sentence",
        "Statement",
      ].sort(),
    );
    expect(implementations("Actor")).toEqual(["Country", "Organization", "Person"]);
    expect(isUnionType(schema.getType("SearchResult"))).toBe(true);
  });
});
