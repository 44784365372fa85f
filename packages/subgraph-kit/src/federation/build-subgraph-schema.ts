import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, Kind, parse } from 'graphql';
import {
  buildSchema,
  type BuildSchemaOptions,
  createResolversMap,
  getMetadataStorage,
} from 'type-graphql';
import { directFieldResolvers } from '../graphql/direct-field';
import { checkReferenceKeys } from './reference-keys';

/** The federation features every level subgraph links. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires"])`;

/** `__resolveReference` functions by entity type name; they receive the subgraph's context. */
export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never) => unknown }
>;

type ReferenceResolver = (reference: never, context: never, info: never) => unknown;

/**
 * Builds a federation 2 subgraph from type-graphql resolvers. type-graphql prints the
 * `@key`/`@shareable`/`@requires` directives given with `@Directive`; @apollo/subgraph then
 * adds `_service` and `_entities`, and the reference resolvers are merged in by type name.
 * Every entity's representation has its key fields checked first (checkReferenceKeys), also
 * for the entities a subgraph only extends, which have no reference resolver of their own.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  refuseWrappedPlainFields(schema);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  // Classes, as every service passes them (type-graphql also accepts glob paths).
  const resolverClasses = (options.resolvers as readonly unknown[]).filter(
    (resolver) => typeof resolver === 'function',
  );
  const direct = directFieldResolvers(schema, resolverClasses);
  // A global middleware runs in type-graphql's per-call wrapper, which direct fields skip.
  if ((options.globalMiddlewares?.length ?? 0) > 0 && Object.keys(direct).length > 0) {
    const names = Object.entries(direct).flatMap(([type, fields]) =>
      Object.keys(fields).map((field) => `${type}.${field}`),
    );
    throw new Error(
      `global middlewares would not run for the @DirectField fields ${names.join(', ')}`,
    );
  }
  for (const [typeName, fields] of Object.entries(direct)) {
    resolvers[typeName] = {
      ...resolvers[typeName],
      ...fields,
    } as GraphQLResolverMap<unknown>[string];
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const entityNames = typeDefs.definitions.flatMap((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
    definition.directives?.some((directive) => directive.name.value === 'key')
      ? [definition.name.value]
      : [],
  );
  for (const typeName of entityNames) {
    const own = referenceResolvers[typeName]?.__resolveReference as ReferenceResolver | undefined;
    resolvers[typeName] = {
      ...resolvers[typeName],
      // Async, so a refused representation errors alone and the others still resolve.
      __resolveReference: async (reference: Record<string, unknown>, context, info) => {
        const checked = checkReferenceKeys(reference);
        return own ? own(checked as never, context as never, info as never) : checked;
      },
    } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}

/**
 * type-graphql gives every plain field of an object type declared without `simpleResolvers`
 * a resolver of its own, which allocates an object and a closure to run the field's
 * middlewares and then reads the property. This project registers no middlewares and no
 * auth checker, so the wrapper does nothing but cost: in the national report it ran for the
 * code and name of each of 2,844 county-level units and the fields of every cell, and
 * kept graphql-jit from reading the properties inline. Every object type of a subgraph
 * declares `simpleResolvers: true`; one that does not is refused here, when it is written.
 */
function refuseWrappedPlainFields(schema: GraphQLSchema): void {
  const wrapped = getMetadataStorage()
    .objectTypes.filter((type) => schema.getType(type.name) && type.simpleResolvers !== true)
    .map((type) => type.name);
  if (wrapped.length > 0) {
    throw new Error(
      `object types without simpleResolvers: true: ${[...new Set(wrapped)].join(', ')} ` +
        '(their plain fields would each run a resolver that only reads the property)',
    );
  }
}
