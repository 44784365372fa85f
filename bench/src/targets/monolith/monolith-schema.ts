import { Supergraph } from '@apollo/federation-internals';
import {
  defaultFieldResolver,
  getNamedType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type FieldNode,
  type GraphQLNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { type FieldTree, readOwnership, type TypeOwnership } from './supergraph-ownership';

/** One context per subgraph, keyed by subgraph name, built fresh for each request. */
/** Each service's request context under its name, plus the request id the SQL is counted by. */
export type MonolithContext = Record<string, unknown> & { requestId: string };

type Resolver = GraphQLFieldResolver<unknown, MonolithContext, Record<string, unknown>>;
type SubgraphResolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;
type ReferenceResolver = (reference: object, context: unknown, info: GraphQLResolveInfo) => unknown;

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as Promise<unknown> | null)?.then === 'function';

/**
 * A required value cut down to what @requires selects, as a gateway sends it: a subgraph
 * that reads a field it did not require must fail here as it would behind a gateway.
 */
function project(value: unknown, tree: FieldTree | null): unknown {
  if (tree === null || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => project(item, tree));
  const record = value as Record<string, unknown>;
  const projected: Record<string, unknown> = {};
  for (const [name, sub] of tree) projected[name] = project(record[name], sub);
  return projected;
}

function selectionOf(tree: FieldTree): SelectionSetNode {
  return {
    kind: Kind.SELECTION_SET,
    selections: [...tree].map(([name, sub]) => fieldNode(name, sub)),
  };
}

const fieldNode = (name: string, sub: FieldTree | null): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: name },
  ...(sub ? { selectionSet: selectionOf(sub) } : {}),
});

/** Per @requires field set, the field nodes of each field it names. */
const requiredNodes = new WeakMap<FieldTree, Map<string, readonly FieldNode[]>>();

/**
 * What a gateway's request would hand the resolver of a required field: that field with
 * what @requires selects below it (`reported { value lower upper text complete }`), not the
 * field that required it, so a resolver that looks ahead at its selection sees the required
 * one. One array per required field, as execution gives every parent of a field the same.
 */
function requiredInfo(
  info: GraphQLResolveInfo,
  requires: FieldTree,
  name: string,
): GraphQLResolveInfo {
  let byName = requiredNodes.get(requires);
  if (!byName) requiredNodes.set(requires, (byName = new Map()));
  let fieldNodes = byName.get(name);
  if (!fieldNodes) {
    fieldNodes = [fieldNode(name, requires.get(name) ?? null)];
    byName.set(name, fieldNodes);
  }
  return { ...info, fieldName: name, fieldNodes };
}

const then = (value: unknown, next: (resolved: unknown) => unknown): unknown =>
  isPromise(value) ? value.then(next) : next(value);

/**
 * Which subgraph made an object, as a property of the object: a WeakMap from object to
 * subgraph cost 5% of the monolith's CPU in the national report to fill (tens of thousands
 * of entries per request) and more in garbage collection, which walks a WeakMap's entries
 * apart from the rest. A symbol key is left out by JSON and Object.keys; an object that
 * cannot take it (frozen) is remembered in a WeakMap instead.
 */
const ORIGIN = Symbol('subgraph');
const frozenOrigins = new WeakMap<object, string>();

function mark(value: object, service: string): void {
  if (Object.isExtensible(value)) (value as { [ORIGIN]?: string })[ORIGIN] = service;
  else frozenOrigins.set(value, service);
}

const originOf = (value: object): string | undefined =>
  (value as { [ORIGIN]?: string })[ORIGIN] ?? frozenOrigins.get(value);

/**
 * The supergraph's API schema served by one process: every field is resolved by the
 * resolver of the subgraph that owns it, called in place with that subgraph's own context
 * (its EntityManager fork and loaders). Where an object crosses into another subgraph, the
 * owner's reference resolver turns it into that subgraph's entity, with any @requires fields
 * resolved first, as a gateway would do over HTTP. What is left is the price of federation:
 * query planning, subgraph requests, their serialization and entity representations.
 */
export function buildMonolithSchema(
  supergraphSdl: string,
  subgraphs: Record<string, GraphQLSchema>,
): GraphQLSchema {
  const schema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  const ownership = readOwnership(supergraphSdl);
  const references = new WeakMap<object, Map<string, unknown>>();
  const resolvers = new Map<string, Resolver>();
  const queryType = schema.getQueryType()?.name;

  const tag = (service: string, value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (isPromise(value)) return value.then((resolved) => tag(service, resolved));
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') mark(item, service);
    } else {
      mark(value, service);
    }
    return value;
  };

  const typeOwnership = (typeName: string): TypeOwnership => {
    const owned = ownership.get(typeName);
    if (!owned) throw new Error(`the supergraph has no join information for type ${typeName}`);
    return owned;
  };

  const subgraphField = (
    service: string,
    typeName: string,
    fieldName: string,
  ): SubgraphResolver => {
    const type = subgraphs[service]?.getType(typeName) as GraphQLObjectType | undefined;
    const field = type?.getFields()[fieldName];
    if (!field) throw new Error(`subgraph ${service} has no field ${typeName}.${fieldName}`);
    return (field.resolve ?? defaultFieldResolver) as SubgraphResolver;
  };

  const referenceResolver = (service: string, typeName: string): ReferenceResolver | undefined => {
    const type = subgraphs[service]?.getType(typeName);
    const extensions = type?.extensions as
      { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } } | undefined;
    return extensions?.apollo?.subgraph?.resolveReference;
  };

  /** The parent as `service` knows it: its entity for the parent's key, memoized per object. */
  const reference = (
    typeName: string,
    service: string,
    requires: FieldTree,
    parent: Record<string, unknown>,
    context: MonolithContext,
    info: GraphQLResolveInfo,
  ): unknown => {
    const keyFields = typeOwnership(typeName).keys.get(service);
    if (!keyFields && requires.size === 0) return parent;
    let memo = references.get(parent);
    if (!memo) references.set(parent, (memo = new Map()));
    const memoKey = `${service}|${[...requires.keys()].join(',')}`;
    if (memo.has(memoKey)) return memo.get(memoKey);
    const representation: Record<string, unknown> = { __typename: typeName };
    for (const key of keyFields ?? []) representation[key] = parent[key];
    const names = [...requires.keys()];
    const required = names.map((name) =>
      resolverFor(typeName, name)(parent, {}, context, requiredInfo(info, requires, name)),
    );
    const resolveReference = referenceResolver(service, typeName);
    const entity = Promise.all(required).then(async (values) => {
      names.forEach((name, i) => (representation[name] = project(values[i], requires.get(name)!)));
      const resolved = resolveReference
        ? await resolveReference(representation, context[service], info)
        : representation;
      return tag(service, resolved);
    });
    memo.set(memoKey, entity);
    return entity;
  };

  /** Per list field's nodes, the same nodes with what @requires adds below them. */
  const plannedNodes = new WeakMap<readonly FieldNode[], readonly FieldNode[]>();

  /**
   * A list field's selection as a gateway's query plan would send it to the subgraph: below
   * every field that requires others, the required fields are asked too, so a list that
   * looks ahead to read its children's figures reads what their audits will require
   * (`reported { complete }`) in its own statement, as it does behind a gateway.
   */
  function withRequiredFields(info: GraphQLResolveInfo): GraphQLResolveInfo {
    let fieldNodes = plannedNodes.get(info.fieldNodes);
    if (!fieldNodes) {
      const field = (info.parentType as GraphQLObjectType).getFields()[info.fieldName]!;
      const type = getNamedType(field.type);
      fieldNodes = info.fieldNodes.map((node) =>
        node.selectionSet
          ? { ...node, selectionSet: withRequires(node.selectionSet, type, info) }
          : node,
      );
      plannedNodes.set(info.fieldNodes, fieldNodes);
    }
    return { ...info, fieldNodes };
  }

  function withRequires(
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType,
    info: GraphQLResolveInfo,
  ): SelectionSetNode {
    if (!isObjectType(type) && !isInterfaceType(type)) return selectionSet;
    const selections: SelectionNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = type.getFields()[selection.name.value];
        selections.push(
          field && selection.selectionSet
            ? {
                ...selection,
                selectionSet: withRequires(selection.selectionSet, getNamedType(field.type), info),
              }
            : selection,
        );
        const requires = ownership.get(type.name)?.fields.get(selection.name.value)?.requires;
        for (const [name, tree] of requires ?? []) selections.push(fieldNode(name, tree));
        continue;
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition
        ? schema.getType(fragment.typeCondition.name.value)
        : type;
      selections.push({
        kind: Kind.INLINE_FRAGMENT,
        ...(fragment.typeCondition ? { typeCondition: fragment.typeCondition } : {}),
        selectionSet: withRequires(fragment.selectionSet, condition ?? type, info),
      });
    }
    return { kind: Kind.SELECTION_SET, selections };
  }

  function resolverFor(typeName: string, fieldName: string): Resolver {
    const id = `${typeName}.${fieldName}`;
    const existing = resolvers.get(id);
    if (existing) return existing;
    const owned = typeOwnership(typeName).fields.get(fieldName);
    if (!owned || owned.graphs.length === 0) {
      throw new Error(`the supergraph names no subgraph for ${id}`);
    }
    const bySubgraph = new Map(owned.graphs.map((g) => [g, subgraphField(g, typeName, fieldName)]));
    const home = owned.graphs[0]!;
    const homeResolver = bySubgraph.get(home)!;
    const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName]!;
    const composite = isCompositeType(getNamedType(field.type));
    const finish = composite ? tag : (_service: string, value: unknown) => value;
    const isRoot = typeName === queryType;
    const listOfObjects = composite && isListType(getNullableType(field.type));
    const resolver: Resolver = (parent, args, context, given) => {
      const info = listOfObjects ? withRequiredFields(given) : given;
      if (isRoot) return finish(home, homeResolver({}, args, context[home], info));
      const from = originOf(parent as object);
      const own = from === undefined ? undefined : bySubgraph.get(from);
      if (own && owned.requires.size === 0) {
        return finish(from!, own(parent, args, context[from!], info));
      }
      return then(
        reference(typeName, home, owned.requires, parent as Record<string, unknown>, context, info),
        (entity) =>
          entity === null || entity === undefined
            ? null
            : finish(home, homeResolver(entity, args, context[home], info)),
      );
    };
    resolvers.set(id, resolver);
    return resolver;
  }

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (readsItsOwnProperty(type.name, field.name)) continue;
      field.resolve = resolverFor(type.name, field.name);
    }
  }
  return schema;

  /**
   * A leaf field that every subgraph defining its type owns, reads as a plain property and
   * requires nothing for: whichever subgraph made the parent, its answer is the parent's
   * property, so execution reads it directly (most of a national report's 30,000 fields).
   */
  function readsItsOwnProperty(typeName: string, fieldName: string): boolean {
    const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName]!;
    if (isCompositeType(getNamedType(field.type))) return false;
    const owned = ownership.get(typeName)?.fields.get(fieldName);
    if (!owned || owned.requires.size > 0) return false;
    return Object.entries(subgraphs).every(([service, subgraph]) => {
      const type = subgraph.getType(typeName);
      if (!type) return true;
      if (!isObjectType(type)) return false;
      const own = type.getFields()[fieldName];
      return own !== undefined && own.resolve === undefined && owned.graphs.includes(service);
    });
  }
}
