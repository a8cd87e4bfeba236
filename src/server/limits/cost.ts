// Estimates, before execution, how many list items a query can return (like GitHub's node limit):
// every item of a connection page (`first`, or the default page size when omitted) or of an object
// list (its bound) counts 1, times the sizes of the lists above it, so nested pages multiply. Single
// objects (a speaker, a connection wrapper, `pageInfo`) do not multiply and count nothing;
// introspection (`__schema`, `__type`) is bounded by the schema and is free. Pure: a schema, a
// document and the request's variables in, a number out.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

export type Arguments = Readonly<Record<string, unknown>>;

/** Per-field bounds the schema cannot express, keyed `Type.field`. */
export interface FieldBound {
  /** How many items the field returns per parent (lists only). */
  items?: (args: Arguments) => number;
  /** The size of every object list inside the returned object (a graph's nodes and edges). */
  listSize?: (args: Arguments) => number;
}

export interface CostRules {
  /** Page size of a connection whose `first` is omitted. */
  defaultFirst: number;
  /** Largest `first` a connection accepts; larger values are refused by the resolver. */
  maxFirst: number;
  /** Items assumed for an object list that has no bound of its own (a sentence's mentions, …). */
  unboundedList: number;
  fields?: Readonly<Record<string, FieldBound>>;
}

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null | undefined;
  variables?: Readonly<Record<string, unknown>> | null | undefined;
  rules: CostRules;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The estimated number of objects the chosen operation can return (0 when there is none). */
export function estimateCost(input: CostInput): number {
  const operation = pickOperation(input.document, input.operationName);
  if (!operation) return 0;
  const root = input.schema.getRootType(operation.operation);
  if (!root) return 0;
  return new CostWalker(input, operation).selectionCost(operation.selectionSet, root, undefined);
}

function pickOperation(document: DocumentNode, name?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (name) return operations.find((o) => o.name?.value === name);
  return operations.length === 1 ? operations[0] : undefined;
}

class CostWalker {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  /** Cost per parent of a fragment at a type and list size: a spread repeated N times is walked once. */
  private readonly memo = new Map<string, number>();
  /** Fragments being expanded on the current path: a cycle counts nothing (validation refuses it). */
  private readonly active = new Set<string>();
  private readonly variables: Record<string, unknown>;

  constructor(
    private readonly input: CostInput,
    operation: OperationDefinitionNode,
  ) {
    for (const definition of input.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
    const defaults: Record<string, unknown> = {};
    for (const definition of operation.variableDefinitions ?? []) {
      if (definition.defaultValue) {
        defaults[definition.variable.name.value] = this.literal(definition.defaultValue, {});
      }
    }
    this.variables = { ...defaults, ...(input.variables ?? {}) };
  }

  /** Objects below one parent of type `type`; `listSize` sizes the lists of a sized parent. */
  selectionCost(set: SelectionSetNode, type: GraphQLNamedType, listSize: number | undefined): number {
    let total = 0;
    for (const selection of set.selections) {
      if (this.skipped(selection.directives)) continue;
      if (selection.kind === Kind.FIELD) {
        total += this.fieldCost(selection, type, listSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? this.input.schema.getType(selection.typeCondition.name.value)
          : type;
        if (condition) total += this.selectionCost(selection.selectionSet, condition, listSize);
      } else {
        total += this.spreadCost(selection.name.value, listSize);
      }
      if (!Number.isFinite(total)) return Number.POSITIVE_INFINITY;
    }
    return total;
  }

  private spreadCost(name: string, listSize: number | undefined): number {
    const fragment = this.fragments.get(name);
    if (!fragment || this.active.has(name)) return 0;
    const type = this.input.schema.getType(fragment.typeCondition.name.value);
    if (!type) return 0;
    const key = `${name}|${listSize ?? ""}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    this.active.add(name);
    const cost = this.selectionCost(fragment.selectionSet, type, listSize);
    this.active.delete(name);
    this.memo.set(key, cost);
    return cost;
  }

  private fieldCost(node: FieldNode, parent: GraphQLNamedType, listSize: number | undefined): number {
    if (node.name.value.startsWith("__") || !node.selectionSet) return 0;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const field = parent.getFields()[node.name.value];
    if (!field) return 0;
    const returned = getNamedType(field.type);
    if (!isCompositeType(returned)) return 0;
    const args = this.argumentValues(node, field);
    const bound = this.input.rules.fields?.[`${parent.name}.${field.name}`];
    const isList = isListType(getNullableType(field.type));
    const items = isList ? (bound?.items?.(args) ?? listSize ?? this.input.rules.unboundedList) : 1;
    const childListSize = bound?.listSize?.(args) ?? this.pageSize(field, returned, args);
    const below = this.selectionCost(node.selectionSet, returned, childListSize);
    return items * ((isList ? 1 : 0) + below);
  }

  /** A connection's page: `first` (clamped to what the resolver accepts) or the default. */
  private pageSize(
    field: GraphQLField<unknown, unknown>,
    returned: GraphQLNamedType,
    args: Arguments,
  ): number | undefined {
    if (!isConnection(returned) || !field.args.some((a) => a.name === "first")) return undefined;
    const first = args.first;
    const { defaultFirst, maxFirst } = this.input.rules;
    return typeof first === "number" && Number.isFinite(first) ? clamp(first, 0, maxFirst) : defaultFirst;
  }

  private argumentValues(node: FieldNode, field: GraphQLField<unknown, unknown>): Arguments {
    const values: Record<string, unknown> = {};
    for (const argument of field.args) {
      if (argument.defaultValue !== undefined) values[argument.name] = argument.defaultValue;
    }
    for (const argument of node.arguments ?? []) {
      values[argument.name.value] = this.literal(argument.value, this.variables);
    }
    return values;
  }

  private literal(value: ValueNode, variables: Record<string, unknown>): unknown {
    switch (value.kind) {
      case Kind.VARIABLE:
        return variables[value.name.value];
      case Kind.INT:
      case Kind.FLOAT:
        return Number(value.value);
      case Kind.STRING:
      case Kind.ENUM:
        return value.value;
      case Kind.BOOLEAN:
        return value.value;
      case Kind.LIST:
        return value.values.map((item) => this.literal(item, variables));
      case Kind.OBJECT:
        return Object.fromEntries(value.fields.map((f) => [f.name.value, this.literal(f.value, variables)]));
      default:
        return null;
    }
  }

  /** `@skip(if: true)` and `@include(if: false)` select nothing. */
  private skipped(directives: FieldNode["directives"]): boolean {
    for (const directive of directives ?? []) {
      const condition = directive.arguments?.find((a) => a.name.value === "if");
      if (!condition) continue;
      const on = this.literal(condition.value, this.variables) === true;
      if ((directive.name.value === "skip" && on) || (directive.name.value === "include" && !on)) return true;
    }
    return false;
  }
}

const isConnection = (type: GraphQLNamedType) => type.name.endsWith("Connection");
