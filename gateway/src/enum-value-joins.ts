import { type DirectiveNode, Kind, parse, print, visit } from 'graphql';

const JOIN_TYPE = 'join__type';
const JOIN_ENUM_VALUE = 'join__enumValue';

/** The `graph:` argument of a join directive, e.g. DISTRICT. */
function graphOf(directive: DirectiveNode): string | undefined {
  const argument = directive.arguments?.find((candidate) => candidate.name.value === 'graph');
  return argument?.value.kind === Kind.ENUM ? argument.value.value : undefined;
}

function graphsOf(directives: readonly DirectiveNode[] | undefined, name: string): Set<string> {
  const graphs = new Set<string>();
  for (const directive of directives ?? []) {
    const graph = directive.name.value === name ? graphOf(directive) : undefined;
    if (graph) graphs.add(graph);
  }
  return graphs;
}

const sameGraphs = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((graph) => b.has(graph));

/**
 * The supergraph with each enum value's `@join__enumValue` directives left out where they
 * name every subgraph that defines the enum: the join spec reads a value without them as
 * a value of each of those subgraphs, so the subgraphs' schemas, and the plans made from
 * them, are the same. A value that only some subgraphs define keeps its directives.
 *
 * Why: Hive Gateway checks every enum value of an answer for `@inaccessible` by reading the
 * value's directives from the schema's syntax tree and coercing their arguments, per value,
 * without keeping the result. The three joins of a `Qualifier` made that a tenth of the
 * gateway's CPU in the national report; a value with no directives is checked at once.
 */
export function withoutRedundantEnumValueJoins(supergraph: string): string {
  let changed = false;
  const document = visit(parse(supergraph), {
    EnumTypeDefinition(node) {
      const typeGraphs = graphsOf(node.directives, JOIN_TYPE);
      if (typeGraphs.size === 0 || !node.values) return undefined;
      const values = node.values.map((value) => {
        const valueGraphs = graphsOf(value.directives, JOIN_ENUM_VALUE);
        if (valueGraphs.size === 0 || !sameGraphs(valueGraphs, typeGraphs)) return value;
        changed = true;
        const directives = value.directives!.filter(
          (directive) => directive.name.value !== JOIN_ENUM_VALUE,
        );
        return { ...value, directives };
      });
      return { ...node, values };
    },
  });
  return changed ? print(document) : supergraph;
}
