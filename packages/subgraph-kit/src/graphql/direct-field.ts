import { type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** Field resolver methods marked @DirectField, by the prototype of their resolver class. */
const directMethods = new WeakMap<object, Set<string>>();

/**
 * Marks a `@FieldResolver` method to be called directly by GraphQL execution, without
 * type-graphql's per-call wrapper. That wrapper sorts the method's parameter list on every
 * call, makes a new instance of the root's class from a plain root object, makes an
 * instance of an `@Args` class, and validates each argument in an async function, so a
 * field with any argument answers with a promise even when its method does not. In the
 * national report `figure(metric, period)` and `reported` run 2,844 times each.
 *
 * A direct field's method receives its root, arguments and context as GraphQL hands them
 * over: the root as it was resolved (not converted to its class), `@Args` as the plain
 * arguments object, `@Arg(name)` as that argument's value. Mark only methods that read
 * properties of them. Its parameters may be `@Root`, `@Args`, `@Arg`, `@Ctx` and `@Info`;
 * its resolver class must be constructible without arguments and carry no middlewares or
 * roles, and the schema no global middlewares. Building the schema checks this.
 */
export function DirectField(): MethodDecorator {
  return (prototype, methodName) => {
    let names = directMethods.get(prototype);
    if (!names) directMethods.set(prototype, (names = new Set()));
    names.add(String(methodName));
  };
}

type Resolve = GraphQLFieldResolver<unknown, unknown>;
type ParamRead = (
  root: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: unknown,
) => unknown;

/**
 * The direct fields among the given resolver classes, as resolvers by type and field name,
 * for the schema built from them. Each calls one instance of its resolver class per build.
 */
export function directFieldResolvers(
  schema: GraphQLSchema,
  resolverClasses: readonly unknown[],
): Record<string, Record<string, Resolve>> {
  const storage = getMetadataStorage();
  const included = new Set(resolverClasses);
  const instances = new Map<unknown, Record<string, (...params: unknown[]) => unknown>>();
  const result: Record<string, Record<string, Resolve>> = {};
  for (const field of storage.fieldResolvers) {
    if (
      !included.has(field.target) ||
      !directMethods.get(field.target.prototype)?.has(field.methodName)
    ) {
      continue;
    }
    const where = `${field.target.name}.${field.methodName}`;
    if ((field.middlewares?.length ?? 0) > 0 || (field.roles?.length ?? 0) > 0) {
      throw new Error(`@DirectField ${where} has middlewares or roles, which it would skip`);
    }
    const objectClass = field.getObjectType?.();
    const typeName = storage.objectTypes.find((type) => type.target === objectClass)?.name;
    // Read by shape: type-graphql may build with another copy of graphql than this module's.
    const type = typeName ? schema.getType(typeName) : undefined;
    const fields = (
      type as { getFields?: () => Record<string, unknown> } | undefined
    )?.getFields?.();
    if (!fields?.[field.schemaName]) {
      throw new Error(`@DirectField ${where}: no field ${field.schemaName} in the schema built`);
    }
    const reads = [...(field.params ?? [])]
      .sort((a, b) => a.index - b.index)
      .map((param): ParamRead => {
        switch (param.kind) {
          case 'root':
            return (root) => root;
          case 'args':
            return (_root, args) => args;
          case 'arg':
            return (_root, args) => args[param.name];
          case 'context': {
            const property = param.propertyName;
            return property === undefined
              ? (_root, _args, context) => context
              : (_root, _args, context) => (context as Record<string, unknown>)[property];
          }
          case 'info':
            return (_root, _args, _context, info) => info;
          default:
            throw new Error(`@DirectField ${where}: a ${param.kind} parameter is not supported`);
        }
      });
    let instance = instances.get(field.target);
    if (!instance) {
      if (field.target.length > 0) {
        throw new Error(`@DirectField ${where}: its class takes constructor arguments`);
      }
      instance = new (
        field.target as new () => Record<string, (...params: unknown[]) => unknown>
      )();
      instances.set(field.target, instance);
    }
    (result[typeName!] ??= {})[field.schemaName] = callDirectly(
      instance,
      instance[field.methodName]!,
      reads,
    );
  }
  return result;
}

/** The method called with its parameters read from each call; the usual counts unrolled. */
function callDirectly(
  target: object,
  method: (...params: unknown[]) => unknown,
  reads: readonly ParamRead[],
): Resolve {
  const [first, second, third] = reads;
  switch (reads.length) {
    case 1:
      return (root, args, context, info) => method.call(target, first!(root, args, context, info));
    case 2:
      return (root, args, context, info) =>
        method.call(target, first!(root, args, context, info), second!(root, args, context, info));
    case 3:
      return (root, args, context, info) =>
        method.call(
          target,
          first!(root, args, context, info),
          second!(root, args, context, info),
          third!(root, args, context, info),
        );
    default:
      return (root, args, context, info) =>
        method.apply(
          target,
          reads.map((read) => read(root, args, context, info)),
        );
  }
}
