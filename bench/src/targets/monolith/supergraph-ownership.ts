import {
  type ConstDirectiveNode,
  type DocumentNode,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';

/** A field set as a tree: each field with the subfields selected below it. */
export type FieldTree = Map<string, FieldTree | null>;

export interface FieldOwnership {
  /** The subgraphs that can resolve the field, in supergraph order. */
  graphs: string[];
  /** What @requires names: the owner gets exactly this in the representation. */
  requires: FieldTree;
}

export interface TypeOwnership {
  graphs: string[];
  /** Top-level key fields of the type in each subgraph that declares a resolvable key. */
  keys: Map<string, string[]>;
  fields: Map<string, FieldOwnership>;
}

const stringArgument = (directive: ConstDirectiveNode, name: string): string | undefined => {
  const argument = directive.arguments?.find((a) => a.name.value === name);
  if (!argument) return undefined;
  if (argument.value.kind === Kind.STRING || argument.value.kind === Kind.ENUM) {
    return argument.value.value;
  }
  if (argument.value.kind === Kind.BOOLEAN) return String(argument.value.value);
  return undefined;
};

function toTree(selectionSet: SelectionSetNode | undefined): FieldTree | null {
  if (!selectionSet) return null;
  const tree: FieldTree = new Map();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD)
      tree.set(selection.name.value, toTree(selection.selectionSet));
  }
  return tree;
}

/** A federation field set ("citiesSum { lower upper } code") as a tree. */
export function parseFieldSet(fieldSet: string): FieldTree {
  const operation = parse(`{ ${fieldSet} }`).definitions[0];
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return new Map();
  return toTree(operation.selectionSet) ?? new Map();
}

/** The top-level field names of a federation field set. */
export function topLevelFields(fieldSet: string): string[] {
  return [...parseFieldSet(fieldSet).keys()];
}

/**
 * Reads from the supergraph's join directives which subgraph resolves each field, which
 * keys each subgraph's entities have, and what each @requires field needs: the routing
 * a gateway plans with, for a process that calls the subgraphs' resolvers in place.
 */
export function readOwnership(supergraph: string | DocumentNode): Map<string, TypeOwnership> {
  const document = typeof supergraph === 'string' ? parse(supergraph) : supergraph;
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') {
      continue;
    }
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = directive && stringArgument(directive, 'name');
      if (name) graphNames.set(value.name.value, name);
    }
  }
  const graphOf = (directive: ConstDirectiveNode) => {
    const value = stringArgument(directive, 'graph');
    return value === undefined ? undefined : graphNames.get(value);
  };

  const types = new Map<string, TypeOwnership>();
  const objects = document.definitions.filter(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION,
  );
  for (const object of objects) {
    const graphs: string[] = [];
    const keys = new Map<string, string[]>();
    for (const directive of object.directives ?? []) {
      if (directive.name.value !== 'join__type') continue;
      const graph = graphOf(directive);
      if (!graph) continue;
      if (!graphs.includes(graph)) graphs.push(graph);
      const key = stringArgument(directive, 'key');
      if (key && stringArgument(directive, 'resolvable') !== 'false' && !keys.has(graph)) {
        keys.set(graph, topLevelFields(key));
      }
    }
    const fields = new Map<string, FieldOwnership>();
    for (const field of object.fields ?? []) {
      const joins = (field.directives ?? []).filter((d) => d.name.value === 'join__field');
      const owners = joins.filter((d) => stringArgument(d, 'external') !== 'true' && graphOf(d));
      const requires: FieldTree = new Map();
      for (const owner of owners) {
        const fieldSet = stringArgument(owner, 'requires');
        if (fieldSet) for (const [name, sub] of parseFieldSet(fieldSet)) requires.set(name, sub);
      }
      fields.set(field.name.value, {
        graphs: owners.length > 0 ? owners.map((d) => graphOf(d)!) : graphs,
        requires,
      });
    }
    types.set(object.name.value, { graphs, keys, fields });
  }
  return types;
}
