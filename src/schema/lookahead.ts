// Looks ahead into a field's selection set, so a resolver can read what the rest of the query
// will need in the same round trip (or skip what nobody asked for). Every use is an optimisation
// only: resolvers stay correct whatever the look-ahead finds, it just may cost a round trip more.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  getArgumentValues,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * Fields directly in these selection sets (through inline fragments and spreads, whatever their type
 * condition) that `keep` accepts.
 */
function fieldsIn(
  sets: readonly (SelectionSetNode | undefined)[],
  keep: (field: FieldNode) => boolean,
  fragments: Fragments,
) {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (keep(selection)) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return found;
}

/** Fields named `name` directly in these selection sets, through inline fragments and spreads. */
const childFields = (sets: readonly (SelectionSetNode | undefined)[], name: string, fragments: Fragments) =>
  fieldsIn(sets, (field) => field.name.value === name, fragments);

/**
 * The names of every field selected at the end of `path` below `nodes` (on any type a fragment
 * names there): what the items of a list will be asked for.
 */
export function selectedNames(
  nodes: readonly FieldNode[],
  path: readonly string[],
  fragments: Fragments,
): Set<string> {
  const fields = fieldsIn(
    fieldsAt(nodes, path, fragments).map((node) => node.selectionSet),
    () => true,
    fragments,
  );
  return new Set(fields.map((field) => field.name.value));
}

/** Fields at the end of `path` (field names, not aliases) below `nodes`. */
export function fieldsAt(nodes: readonly FieldNode[], path: readonly string[], fragments: Fragments) {
  let current: readonly FieldNode[] = nodes;
  for (const name of path) {
    current = childFields(
      current.map((node) => node.selectionSet),
      name,
      fragments,
    );
  }
  return current;
}

/**
 * Whether a connection's `totalCount` or `pageInfo` (whose `hasNextPage` needs the total) is
 * selected on these field nodes; the list need not be counted otherwise.
 */
export function needsTotal(nodes: readonly FieldNode[], fragments: Fragments): boolean {
  return (
    fieldsAt(nodes, ["totalCount"], fragments).length > 0 ||
    fieldsAt(nodes, ["pageInfo"], fragments).length > 0
  );
}

/**
 * Remembers what was worked out from the selection of one field. Parsed documents are cached by
 * graphql-yoga, so a field node is the same object in every request with the same query, and a
 * list's resolver (run once per parent) walks its selection once per document, not per parent
 * and request. Fields merged from several nodes are worked out each time.
 */
export function perFieldNode<T>(compute: (info: GraphQLResolveInfo) => T): (info: GraphQLResolveInfo) => T {
  const cache = new WeakMap<FieldNode, T>();
  return (info) => {
    const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
    if (!node) return compute(info);
    let value = cache.get(node);
    if (value === undefined) {
      value = compute(info);
      cache.set(node, value);
    }
    return value;
  };
}

/** `needsTotal` for the field being resolved. */
export const infoNeedsTotal = perFieldNode((info) => needsTotal(info.fieldNodes, info.fragments));

/** The field `name` of a type as selected somewhere below a field: its definition and node groups. */
export interface SelectedNodes {
  definition: GraphQLField<unknown, unknown>;
  /** The nodes of each response key (alias), as the executor will merge them. */
  groups: FieldNode[][];
}

/**
 * The nodes of the field `name` of the named type selected at `path` below the resolved field,
 * grouped by response key (alias); undefined when the type has no such field. Depends only on the
 * document, so it is worked out once per field node (see `perFieldNode`) and path.
 */
export function selectedNodes(
  info: GraphQLResolveInfo,
  path: readonly string[],
  typeName: string,
): SelectedNodes | undefined {
  const byPath = selectedNodesByPath(info);
  const key = `${typeName}.${path.join(".")}`;
  let found = byPath.get(key);
  if (found === undefined) {
    found = findSelectedNodes(info, path, typeName) ?? null;
    byPath.set(key, found);
  }
  return found ?? undefined;
}

/** Per field node, the selections found so far by type and path (null: the type has no such field). */
const selectedNodesByPath = perFieldNode(() => new Map<string, SelectedNodes | null>());

function findSelectedNodes(
  info: GraphQLResolveInfo,
  path: readonly string[],
  typeName: string,
): SelectedNodes | undefined {
  const [name] = path.slice(-1);
  const type = info.schema.getType(typeName);
  if (!name || !(isObjectType(type) || isInterfaceType(type))) return undefined;
  const definition = type.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
  if (!definition) return undefined;
  const groups = new Map<string, FieldNode[]>();
  for (const node of fieldsAt(info.fieldNodes, path, info.fragments)) {
    const key = node.alias?.value ?? node.name.value;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  return { definition, groups: [...groups.values()] };
}

/**
 * The field `name` of the named type as it is selected at `path` below the resolved field,
 * grouped by response key (alias) as the executor will: each group's coerced arguments and nodes.
 * Groups whose arguments do not coerce are left out (the field's own resolver reports them).
 */
export function selectedField(
  info: GraphQLResolveInfo,
  path: readonly string[],
  typeName: string,
): { args: Record<string, unknown>; nodes: FieldNode[] }[] {
  const selected = selectedNodes(info, path, typeName);
  if (!selected) return [];
  const result: { args: Record<string, unknown>; nodes: FieldNode[] }[] = [];
  for (const nodes of selected.groups) {
    try {
      const args = getArgumentValues(selected.definition, nodes[0] as FieldNode, info.variableValues);
      result.push({ args, nodes });
    } catch {
      // Invalid arguments: the nested resolver will raise the error.
    }
  }
  return result;
}
